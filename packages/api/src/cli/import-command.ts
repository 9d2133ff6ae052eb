import { parseArgs } from 'node:util'
import { systemClock } from '../clock.ts'
import { createImportJob, importJobView } from '../db/repositories/import-jobs.ts'
import { runPoliceUkImport } from '../imports/police-uk-import.ts'
import type { ImportReport } from '../schemas/imports.ts'
import { openDb, requireMigrated } from './database.ts'
import { inputFiles } from './input-files.ts'
import { CliError, type CliIo } from './io.ts'
import { summaryText } from './police-uk.ts'
import { createProgressBar } from './progress.ts'
import { policeUkFileChunks } from './read-police-uk.ts'

const usage = `Usage:
  csp import police-uk FILES… [--json]
`

/**
 * `csp import police-uk FILES… [--json]`: imports street-level files into the database
 * (DATABASE_URL or CSP_DATA_DIR) through the same service as `POST /v1/imports/police-uk`, as
 * ONE import: one job, one transaction, so either every file is stored or none is. Draws a
 * progress bar on a terminal and prints the summary, gaps and rebuilt tables at the end (the
 * job as JSON with --json); exits 1 when the import fails.
 *
 * @example
 * ```sh
 * csp import police-uk 2024-*-derbyshire-street.csv
 * # Rows: 98,213 … Import 0b6f…: succeeded. Tables rebuilt: 2024 (14, complete)
 * ```
 */
export async function importCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const [kind, ...rest] = argv
  if (kind === undefined || kind === '--help' || kind === '-h') {
    io.stdout(usage)
    return
  }
  if (kind !== 'police-uk') throw new CliError(`unknown import "${kind}"; expected police-uk`, 2)
  const { values, positionals } = parseOptions(rest)
  const files = inputFiles(positionals, io.cwd)
  const handle = await openDb(io)
  try {
    await requireMigrated(handle)
    const { db } = handle
    const fileName = files.map((file) => file.name).join(', ')
    const job = await createImportJob(db, {
      kind: 'police-uk',
      fileName,
      createdBy: null,
      at: systemClock.now(),
    })
    const bar = createProgressBar(
      io,
      files.reduce((sum, file) => sum + file.bytes, 0)
    )
    const buffer = new Uint8Array(1 << 18)
    const inputs = files.map((file) => ({
      name: file.name,
      chunks: policeUkFileChunks(file.path, buffer),
    }))
    let progress = { rows: 0, bytes: 0 }
    const outcome = await runPoliceUkImport(inputs, {
      db,
      clock: systemClock,
      job,
      progressIntervalMs: 1000,
      via: 'cli',
      // No requests wait on this process: large statements write faster.
      batchRows: 5000,
      onProgress: (now) => {
        progress = now
        bar.update(now.rows, now.bytes)
      },
    })
    bar.finish(progress.rows, progress.bytes)
    const view = importJobView(outcome.job)
    if (values.json) io.stdout(JSON.stringify(view, null, 2) + '\n')
    else {
      if (outcome.result) io.stdout(summaryText(outcome.result))
      io.stdout(`Import ${view.id}: ${view.status}.${tablesLine(view.report)}\n`)
    }
    if (view.status !== 'succeeded') throw new CliError(view.error ?? `the import ${view.status}`)
  } finally {
    await handle.close()
  }
}

function parseOptions(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    throw new CliError((error as Error).message.split('\n')[0] ?? 'bad arguments', 2)
  }
}

/** ` Tables rebuilt: 2023 (14, incomplete), 2024 (14, complete)`, or nothing. */
function tablesLine(report: ImportReport | null): string {
  const tables = report?.tables ?? []
  if (tables.length === 0) return ''
  const years = new Map<string, { count: number; complete: boolean }>()
  for (const table of tables) {
    const year = years.get(table.period) ?? { count: 0, complete: true }
    years.set(table.period, { count: year.count + 1, complete: year.complete && table.complete })
  }
  const parts = [...years].map(
    ([year, { count, complete }]) => `${year} (${count}, ${complete ? 'complete' : 'incomplete'})`
  )
  return ` Tables rebuilt: ${parts.join(', ')}`
}
