import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { ImportJob, ImportJobSummary, ImportReport } from '../../schemas/imports.ts'
import type { Db } from '../client.ts'
import { importJobs, type ImportKind } from '../schema/imports.ts'

/** A stored import job. */
export type ImportJobRow = typeof importJobs.$inferSelect

/** Statuses a job can still leave: it is reading, or about to. */
export const unfinishedStatuses = ['queued', 'running'] as const

/**
 * Creates a job that is reading from now on (`running`, started at `at`).
 *
 * @example
 * ```ts
 * const job = await createImportJob(db, { kind: 'police-uk', fileName: 'dec.csv', createdBy: user.id, at })
 * ```
 */
export async function createImportJob(
  db: Db,
  input: { kind: ImportKind; fileName: string; createdBy: string | null; at: Date }
): Promise<ImportJobRow> {
  const [row] = await db
    .insert(importJobs)
    .values({
      kind: input.kind,
      status: 'running',
      fileName: input.fileName,
      createdBy: input.createdBy,
      createdAt: input.at,
      startedAt: input.at,
      progressUpdatedAt: input.at,
    })
    .returning()
  if (!row) throw new Error('inserting an import job returned nothing')
  return row
}

/**
 * One job, or `undefined`; `forUpdate` locks its row until the transaction ends.
 *
 * @example
 * ```ts
 * const job = await findImportJob(db, id)
 * ```
 */
export async function findImportJob(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {}
): Promise<ImportJobRow | undefined> {
  const query = db.select().from(importJobs).where(eq(importJobs.id, id))
  const [row] = await (options.forUpdate ? query.for('update') : query)
  return row
}

/**
 * The most recent jobs, newest first.
 *
 * @example
 * ```ts
 * (await listImportJobs(db, 20)).map((job) => job.status) //=> ['running', 'succeeded', …]
 * ```
 */
export function listImportJobs(db: Db, limit: number): Promise<ImportJobRow[]> {
  return db
    .select()
    .from(importJobs)
    .orderBy(desc(importJobs.createdAt), desc(importJobs.id))
    .limit(limit)
}

/**
 * Writes a running job's progress; returns false when the job is no longer running (it was
 * cancelled, or given up as stale), which tells the reader to stop.
 *
 * @example
 * ```ts
 * if (!(await recordImportProgress(db, id, { rows, bytes, at }))) throw new ImportStopped()
 * ```
 */
export async function recordImportProgress(
  db: Db,
  id: string,
  progress: { rows: number; bytes: number; at: Date }
): Promise<boolean> {
  const updated = await db
    .update(importJobs)
    .set({ rows: progress.rows, bytes: progress.bytes, progressUpdatedAt: progress.at })
    .where(and(eq(importJobs.id, id), eq(importJobs.status, 'running')))
    .returning({ id: importJobs.id })
  return updated.length > 0
}

/**
 * Moves an unfinished job to a final status with what is known; returns the updated row, or
 * `undefined` when the job had already finished (so the caller must not audit it again).
 *
 * @example
 * ```ts
 * await finishImportJob(tx, id, { status: 'failed', at, error: 'line 7: …', report })
 * ```
 */
export async function finishImportJob(
  db: Db,
  id: string,
  final: {
    status: 'succeeded' | 'failed' | 'cancelled'
    at: Date
    rows?: number
    bytes?: number
    report?: ImportReport | null
    error?: string | null
  }
): Promise<ImportJobRow | undefined> {
  const [row] = await db
    .update(importJobs)
    .set({
      status: final.status,
      finishedAt: final.at,
      progressUpdatedAt: final.at,
      ...(final.rows === undefined ? {} : { rows: final.rows }),
      ...(final.bytes === undefined ? {} : { bytes: final.bytes }),
      ...(final.report === undefined ? {} : { report: final.report }),
      ...(final.error === undefined ? {} : { error: final.error }),
    })
    .where(and(eq(importJobs.id, id), inArray(importJobs.status, [...unfinishedStatuses])))
    .returning()
  return row
}

/**
 * A job as the API shows it; the list leaves the report out.
 *
 * @example
 * ```ts
 * importJobView(row).links.self //=> '/v1/imports/0b6f…'
 * ```
 */
export function importJobView(row: ImportJobRow): ImportJob {
  return { ...importJobSummaryView(row), report: (row.report as ImportReport | null) ?? null }
}

/** {@link importJobView} without the report, for lists. */
export function importJobSummaryView(row: ImportJobRow): ImportJobSummary {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    file: row.fileName,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    progress: {
      rows: row.rows,
      bytes: row.bytes,
      updatedAt: row.progressUpdatedAt?.toISOString() ?? null,
    },
    error: row.error,
    links: { self: `/v1/imports/${row.id}` },
  }
}

/** Where a page of import jobs starts: when the last one was created, and its id. */
export type ImportJobKey = readonly [createdAt: string, id: string]

/**
 * A page of jobs, newest first: the `limit` after `after` (the previous page's last), and the
 * key of the last one when more follow. For `GET /v1/imports?limit=&cursor=` (see
 * src/http/pagination.ts).
 *
 * @example
 * ```ts
 * const { items, last } = await listImportJobsPage(db, { limit: 20 })
 * ```
 */
export async function listImportJobsPage(
  db: Db,
  page: { limit: number; after?: ImportJobKey | undefined }
): Promise<{ items: ImportJobRow[]; last: ImportJobKey | undefined }> {
  const { after } = page
  const rows = await db
    .select()
    .from(importJobs)
    .where(
      after &&
        sql`(${importJobs.createdAt}, ${importJobs.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
    )
    .orderBy(desc(importJobs.createdAt), desc(importJobs.id))
    .limit(page.limit + 1)
  const items = rows.slice(0, page.limit)
  const lastRow = items.at(-1)
  const more = rows.length > page.limit && lastRow !== undefined
  return { items, last: more ? [lastRow.createdAt.toISOString(), lastRow.id] : undefined }
}
