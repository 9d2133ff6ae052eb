import { annualReturnRecordOf } from '@csp/domain'
import type { Db } from '../db/client.ts'
import { listCaseReviews } from '../db/repositories/case-reviews.ts'
import type { CaseReviewRecords } from '../views/annual-return.ts'
import { replayCaseReview } from './case-review-state.ts'

/**
 * Every case review as an annual-return record (domain `annualReturnRecordOf` on the replayed
 * review, so an overridden decision counts as decided), and the day records are kept from:
 * the configured `recordsKeptSince`, else the earliest application on record, else none.
 *
 * @example
 * ```ts
 * const kept = await caseReviewRecords(db, settings.recordsKeptSince)
 * annualReturn(kept.records, { from: '2025-04-01', to: '2026-03-31' })
 * ```
 */
export async function caseReviewRecords(
  db: Db,
  recordsKeptSince: string | null
): Promise<CaseReviewRecords> {
  const records = (await listCaseReviews(db)).map((loaded) =>
    annualReturnRecordOf(replayCaseReview(loaded))
  )
  const earliest = records.map((r) => r.receivedOn).sort()[0]
  return { since: recordsKeptSince ?? earliest ?? null, records }
}
