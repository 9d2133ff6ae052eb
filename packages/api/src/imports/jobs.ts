import { and, inArray, lt } from 'drizzle-orm'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Db } from '../db/client.ts'
import {
  findImportJob,
  finishImportJob,
  unfinishedStatuses,
  type ImportJobRow,
} from '../db/repositories/import-jobs.ts'
import { importJobs } from '../db/schema/imports.ts'

/** Who acts, and when. `id` is null for the command line. */
export interface ImportActor {
  id: string | null
  at: Date
}

/**
 * Cancels an unfinished job and audits it. The reader, on whichever instance it runs, sees the
 * status at its next progress write and stops; its final transaction checks the status under a
 * row lock, so nothing is saved. Returns the job, `'not-found'`, or the job as it is when it has
 * already finished (the caller answers 409).
 *
 * @example
 * ```ts
 * const result = await cancelImportJob(db, id, { id: user.id, at: clock.now() })
 * ```
 */
export function cancelImportJob(
  db: Db,
  id: string,
  actor: ImportActor
): Promise<{ cancelled: ImportJobRow } | { finished: ImportJobRow } | 'not-found'> {
  return auditedTransaction(db, async (tx) => {
    const job = await findImportJob(tx, id, { forUpdate: true })
    if (!job) return 'not-found'
    const done = await finishImportJob(tx, id, {
      status: 'cancelled',
      at: actor.at,
      error: 'Cancelled before it finished; nothing was saved.',
    })
    if (!done) return { finished: job }
    await appendAudit(tx, {
      at: actor.at,
      actorId: actor.id,
      action: 'import.cancel',
      subject: { type: 'import', id },
      details: { kind: job.kind, file: job.fileName, rows: job.rows, bytes: job.bytes },
    })
    return { cancelled: done }
  })
}

/**
 * Fails jobs that have reported no progress for `staleAfterMs`: their reader died with its
 * instance (a crash, a deploy), so they would otherwise say `running` for ever. A reader that
 * is merely slow finds its job failed at its next progress write and stops.
 *
 * @example
 * ```ts
 * await failStaleImportJobs(db, clock.now(), 10 * 60_000)
 * ```
 */
export async function failStaleImportJobs(db: Db, now: Date, staleAfterMs: number) {
  const before = new Date(now.getTime() - staleAfterMs)
  const stale = and(
    inArray(importJobs.status, [...unfinishedStatuses]),
    lt(importJobs.progressUpdatedAt, before)
  )
  // A cheap look first: the audit lock is taken only when there is something to fail.
  const [any] = await db.select({ id: importJobs.id }).from(importJobs).where(stale).limit(1)
  if (!any) return
  await auditedTransaction(db, async (tx) => {
    const jobs = await tx.select().from(importJobs).where(stale).for('update')
    for (const job of jobs) {
      const since = job.progressUpdatedAt?.toISOString() ?? job.createdAt.toISOString()
      const error = `The import stopped without finishing (no progress since ${since}); nothing was saved.`
      await finishImportJob(tx, job.id, { status: 'failed', at: now, error })
      await appendAudit(tx, {
        at: now,
        actorId: null,
        action: 'import.fail',
        subject: { type: 'import', id: job.id },
        details: { kind: job.kind, file: job.fileName, error, reason: 'stale' },
      })
    }
  })
}
