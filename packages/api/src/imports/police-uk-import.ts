import { setTimeout as sleep } from 'node:timers/promises'
import type { PoliceUkAggregate } from '@csp/domain'
import { aggregatePoliceUkStreamsInWorker } from '@csp/police-uk'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Clock } from '../clock.ts'
import type { Db } from '../db/client.ts'
import {
  findImportJob,
  finishImportJob,
  recordImportProgress,
  type ImportJobRow,
} from '../db/repositories/import-jobs.ts'
import { summaryJson } from './police-uk-summary.ts'
import type { ImportReport } from '../schemas/imports.ts'
import {
  makePoliceUkSourcesCurrent,
  prunePoliceUkCounts,
  rebuildPoliceUkTables,
  stagePoliceUkCounts,
  type RebuiltTable,
  type StoredPoliceUkAggregate,
} from './police-uk-store.ts'

/** One file to import: its name (for messages) and its bytes, chunk by chunk. */
export interface PoliceUkInput {
  name: string
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>
}

/** What {@link runPoliceUkImport} needs. */
export interface PoliceUkImportOptions {
  db: Db
  clock: Clock
  /** The job from `createImportJob`, status `running`. */
  job: ImportJobRow
  /** Write progress (and look for a cancellation) at most this often; 0 on every chunk. */
  progressIntervalMs: number
  /** Told rows and bytes as they are read (the command line's progress bar). */
  onProgress?: (progress: { rows: number; bytes: number }) => void
  /** Recorded in the audit entry, e.g. `'cli'`. */
  via?: string
  /** Counts written per statement (see `stagePoliceUkCounts`; default 250). */
  batchRows?: number
  /**
   * The share of its thread the counts' statements may take (default 1, all of it): after
   * each statement the import waits, so that a server answering requests on the same thread
   * (PGlite runs there) and hashing passwords beside it keeps the rest.
   */
  threadShare?: number
}

/** How an import ended: the final job, the aggregate if the files were read, and why it failed. */
export interface PoliceUkImportOutcome {
  job: ImportJobRow
  result?: PoliceUkAggregate
  /** The error that stopped reading (a broken upload, a body over the limit …). */
  cause?: unknown
}

// Imports take turns with each other only: a sign-in or a case-review write never waits for one.
const importTurn = { serialize: 'police-uk-import' } as const

// The LSOAs and grid rows are placed in (the bundled boundaries, Derbyshire's and Derby's),
// which each reader thread imports by name.
const partnershipGeography = {
  module: '@csp/domain/boundaries',
  exportName: 'derbyshirePoliceUkGeography',
} as const

/** Thrown into the reader when the job is no longer running: cancelled, or given up as stale. */
class ImportStopped extends Error {}

/**
 * Reads police.uk street-level files into one aggregate, writing progress to the job as it
 * goes; then writes its counts in short statements under the job's id, invisible to readers
 * (see `stagePoliceUkCounts`), and makes them count in ONE short transaction: the job's months
 * now stand on this import, the crime tables they affect are rebuilt from all current counts,
 * the job succeeds and is audited. A file with errors (wrong header, malformed rows, unknown
 * crime types), a read that breaks, or a cancellation leaves the data as it was: only the job
 * records what happened, and counts written for it are deleted afterwards.
 *
 * @example
 * ```ts
 * const job = await createImportJob(db, { kind: 'police-uk', fileName, createdBy, at: clock.now() })
 * const { job: done } = await runPoliceUkImport([{ name: fileName, chunks: request.body }],
 *   { db, clock, job, progressIntervalMs: 1000 })
 * done.status //=> 'succeeded'
 * ```
 */
export async function runPoliceUkImport(
  inputs: Iterable<PoliceUkInput>,
  options: PoliceUkImportOptions
): Promise<PoliceUkImportOutcome> {
  const { db, clock, job } = options
  const progress = { rows: 0, bytes: 0 }
  let lastWrite = performance.now()
  const checkpoint = async () => {
    lastWrite = performance.now()
    const running = await recordImportProgress(db, job.id, { ...progress, at: clock.now() })
    if (!running) throw new ImportStopped()
  }
  async function* tracked(chunks: PoliceUkInput['chunks']) {
    for await (const chunk of chunks) {
      const size = chunk.byteLength
      yield chunk
      progress.bytes += size
      options.onProgress?.(progress)
      if (performance.now() - lastWrite >= options.progressIntervalMs) await checkpoint()
    }
  }
  let result: StoredPoliceUkAggregate
  try {
    // Parsed on a worker thread (one for the whole import), off the thread that answers requests.
    const aggregator = await aggregatePoliceUkStreamsInWorker(
      [...inputs].map((input) => ({ name: input.name, chunks: tracked(input.chunks) })),
      {
        geography: partnershipGeography,
        progressEvery: 1_000,
        onProgress: ({ rows }) => {
          progress.rows = rows
          options.onProgress?.(progress)
        },
      }
    )
    result = aggregator.result()
    progress.rows = result.rows
  } catch (error) {
    if (error instanceof ImportStopped) return { job: await currentJob(db, job.id) }
    const message = `The file could not be read to the end: ${messageOf(error)}`
    return { job: await fail(options, progress, null, message), cause: error }
  }
  const [first] = result.errors
  if (first) {
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : ''
    const message = `${first.file} line ${first.line}: ${first.message}${more}`
    return { job: await fail(options, progress, reportOf(result, []), message), result }
  }
  const share = options.threadShare ?? 1
  const pace = pacer(share)
  try {
    await stagePoliceUkCounts(db, result, job.id, {
      batchRows: options.batchRows,
      between: async () => {
        await pace()
        if (performance.now() - lastWrite >= options.progressIntervalMs) await checkpoint()
      },
    })
    return { job: await commit(options, progress, result), result }
  } catch (error) {
    if (error instanceof ImportStopped) return { job: await currentJob(db, job.id), result }
    await fail(options, progress, reportOf(result, []), `Saving failed: ${messageOf(error)}`)
    throw error
  } finally {
    // Counts of imports this one replaced (or its own, had it failed) go, in short batches.
    await prunePoliceUkCounts(db, { between: pacer(share) }).catch(() => undefined)
  }
}

/**
 * A wait to run after each statement, long enough that the statements take `share` of the
 * thread: the time since the pacer was made or last waited (the statement's) times
 * (1 − share) / share. No wait at a share of 1.
 */
function pacer(share: number) {
  let statementStarted = performance.now()
  return async () => {
    const statementMs = performance.now() - statementStarted
    if (share < 1) await sleep((statementMs * (1 - share)) / share)
    statementStarted = performance.now()
  }
}

function reportOf(result: PoliceUkAggregate, tables: RebuiltTable[]): ImportReport {
  const { counts: _counts, ...summary } = summaryJson(result)
  return { ...summary, tables }
}

async function commit(
  options: PoliceUkImportOptions,
  progress: { rows: number; bytes: number },
  result: StoredPoliceUkAggregate
): Promise<ImportJobRow> {
  const { job, clock } = options
  const at = clock.now()
  return auditedTransaction(
    options.db,
    async (tx) => {
      // Locked, so a cancellation either lands before (and this rolls back) or waits and finds
      // the job finished.
      const locked = await findImportJob(tx, job.id, { forUpdate: true })
      if (locked?.status !== 'running') throw new ImportStopped()
      await makePoliceUkSourcesCurrent(tx, result, job.id)
      const tables = await rebuildPoliceUkTables(tx, result.months, at)
      const report = reportOf(result, tables)
      const done = await finishImportJob(tx, job.id, {
        status: 'succeeded',
        at,
        ...progress,
        report,
      })
      if (!done) throw new ImportStopped()
      await appendAudit(tx, {
        at,
        actorId: job.createdBy,
        action: 'import.succeed',
        subject: { type: 'import', id: job.id },
        details: auditDetails(options, progress, { months: result.months, tables: tables.length }),
      })
      return done
    },
    importTurn
  )
}

async function fail(
  options: PoliceUkImportOptions,
  progress: { rows: number; bytes: number },
  report: ImportReport | null,
  error: string
): Promise<ImportJobRow> {
  const { job, clock } = options
  const at = clock.now()
  return auditedTransaction(
    options.db,
    async (tx) => {
      const done = await finishImportJob(tx, job.id, {
        status: 'failed',
        at,
        ...progress,
        report,
        error,
      })
      if (!done) return currentJob(tx, job.id)
      await appendAudit(tx, {
        at,
        actorId: job.createdBy,
        action: 'import.fail',
        subject: { type: 'import', id: job.id },
        details: auditDetails(options, progress, { error }),
      })
      return done
    },
    importTurn
  )
}

function auditDetails(
  options: PoliceUkImportOptions,
  progress: { rows: number; bytes: number },
  extra: Record<string, unknown>
) {
  const via = options.via ? { via: options.via } : {}
  return { kind: 'police-uk', file: options.job.fileName, ...progress, ...extra, ...via }
}

async function currentJob(db: Db, id: string): Promise<ImportJobRow> {
  const job = await findImportJob(db, id)
  if (!job) throw new Error(`import job ${id} has disappeared`)
  return job
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0] || 'unknown error'
}
