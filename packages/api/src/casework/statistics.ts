import { CaseReviewState, IsoDate } from '@csp/domain'
import { z } from 'zod'
import type { Db } from '../db/client.ts'
import { listCaseReviews } from '../db/repositories/case-reviews.ts'
import type { CaseReviewSettings } from '../schemas/case-review-settings.ts'
import { caseReviewSummary } from './case-review-state.ts'

/** Counts over every case review: by state, by threshold outcome, and overdue ones. */
export const CaseReviewStatistics = z
  .object({
    asOf: IsoDate,
    total: z.number().int(),
    byState: z.record(CaseReviewState, z.number().int()),
    thresholdMet: z.number().int(),
    thresholdNotMet: z.number().int(),
    overdue: z.number().int().meta({ description: 'Open cases with a missed agency deadline.' }),
  })
  .meta({ id: 'CaseReviewStatistics' })
export type CaseReviewStatistics = z.infer<typeof CaseReviewStatistics>

/**
 * Aggregates for everyone signed in (analysts and viewers see nothing else of case reviews):
 * no id, no date, no body, only counts.
 *
 * @example
 * ```ts
 * (await caseReviewStatistics(db, settings, '2025-06-01')).byState.received //=> 2
 * ```
 */
export async function caseReviewStatistics(
  db: Db,
  settings: Pick<CaseReviewSettings, 'timescales'>,
  today: string
): Promise<CaseReviewStatistics> {
  const byState = Object.fromEntries(CaseReviewState.options.map((s) => [s, 0])) as Record<
    CaseReviewState,
    number
  >
  const stats = { asOf: today, total: 0, byState, thresholdMet: 0, thresholdNotMet: 0, overdue: 0 }
  for (const loaded of await listCaseReviews(db)) {
    const summary = caseReviewSummary(loaded, settings.timescales, today)
    stats.total += 1
    byState[summary.state] += 1
    if (summary.thresholdOutcome === 'met') stats.thresholdMet += 1
    if (summary.thresholdOutcome === 'not-met') stats.thresholdNotMet += 1
    if (summary.isOverdue) stats.overdue += 1
  }
  return stats
}
