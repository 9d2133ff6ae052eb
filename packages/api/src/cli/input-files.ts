import { statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { CliError } from './io.ts'

export interface InputFile {
  path: string
  name: string
  bytes: number
}

/** Resolves file arguments and checks each is a readable file, before any work starts. */
export function inputFiles(args: readonly string[], cwd: string): InputFile[] {
  if (args.length === 0) throw new CliError('no files given', 2)
  return args.map((arg) => {
    const path = resolve(cwd, arg)
    let stats
    try {
      stats = statSync(path)
    } catch {
      throw new CliError(`cannot read ${arg}: no such file`)
    }
    if (!stats.isFile()) throw new CliError(`cannot read ${arg}: not a file`)
    return { path, name: basename(path), bytes: stats.size }
  })
}
