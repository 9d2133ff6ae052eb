// The command line under test: a fake CliIo and a database the commands find through the
// environment (DATABASE_URL on PostgreSQL, CSP_DATA_DIR on PGlite), as in production.
import { EventEmitter } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type { CliIo } from '../cli/io.ts'
import { runCli } from '../cli/run-cli.ts'
import { createScratchDatabase, type TestDatabase } from './databases.ts'

/** A CliIo that records output; `stdin` is what standard input will hold. */
export function fakeIo(env: Record<string, string>, stdin?: string) {
  const out: string[] = []
  const err: string[] = []
  const signals = new EventEmitter()
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    interactive: false,
    cwd: tmpdir(),
    now: () => 0,
    env,
    signals: signals as unknown as CliIo['signals'],
    ...(stdin === undefined ? {} : { readStdin: async () => stdin }),
  }
  return { io, signals, stdout: () => out.join(''), stderr: () => err.join('') }
}

/**
 * An empty database for the commands of one `describe` block; returns the environment that
 * names it (filled in `beforeAll`) and a runner.
 *
 * @example
 * ```ts
 * const cli = useCliDatabase(target)
 * const { code, stdout } = await cli.run(['migrate'])
 * ```
 */
export function useCliDatabase(target: TestDatabase) {
  const env: Record<string, string> = {}
  let cleanup = async () => {}
  beforeAll(async () => {
    if (target.name === 'postgres' && target.url) {
      const scratch = await createScratchDatabase(target.url)
      env['DATABASE_URL'] = scratch.url
      cleanup = scratch.drop
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'csp-cli-'))
      env['CSP_DATA_DIR'] = dir
      cleanup = async () => rmSync(dir, { recursive: true, force: true })
    }
  })
  afterAll(() => cleanup())
  return {
    env,
    async run(argv: string[], options: { env?: Record<string, string>; stdin?: string } = {}) {
      const io = fakeIo({ ...env, ...options.env }, options.stdin)
      const code = await runCli(argv, io.io)
      return { code, stdout: io.stdout(), stderr: io.stderr() }
    },
  }
}
