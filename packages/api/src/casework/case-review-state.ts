import {
  allowedEvents,
  deadlinesFor,
  openCaseReview,
  OutsideCalendarRangeError,
  overdue,
  transition,
  type CaseReview,
  type CaseReviewTimescales,
} from '@csp/domain'
import type { LoadedCaseReview } from '../db/repositories/case-reviews.ts'
import type { CaseReviewSummary } from '../schemas/case-review-views.ts'

/**
 * The domain's case review for stored rows: opened on the day received, then every stored event
 * replayed through the state machine, so the state always follows from the record.
 *
 * @example
 * ```ts
 * replayCaseReview(await findCaseReview(db, id)).state //=> 'applicant-informed'
 * ```
 */
export function replayCaseReview({ row, events }: Pick<LoadedCaseReview, 'row' | 'events'>) {
  let review: CaseReview = openCaseReview({ id: row.id, receivedOn: row.receivedOn })
  for (const stored of events) review = transition(review, stored.event)
  return review
}

/**
 * The deadlines of `review` under `timescales` and those overdue on `today` (E&W bank holidays).
 * A date outside the holiday calendar gives no deadlines and a note instead of a guess.
 *
 * @example
 * ```ts
 * caseReviewDeadlines(review, defaultTimescales, '2025-12-30').overdue.map((d) => d.key)
 * //=> ['acknowledge']
 * ```
 */
export function caseReviewDeadlines(
  review: CaseReview,
  timescales: CaseReviewTimescales,
  today: string
): Pick<CaseReviewSummary, 'deadlines' | 'overdue' | 'isOverdue' | 'deadlinesNote'> {
  try {
    const late = overdue(review, timescales, today)
    return {
      deadlines: deadlinesFor(review, timescales),
      overdue: late,
      isOverdue: late.length > 0,
      deadlinesNote: null,
    }
  } catch (error) {
    if (!(error instanceof OutsideCalendarRangeError)) throw error
    return { deadlines: [], overdue: [], isOverdue: false, deadlinesNote: error.message }
  }
}

/**
 * The non-personal view of a case review as of `today`.
 *
 * @example
 * ```ts
 * caseReviewSummary(loaded, settings.timescales, '2025-06-01').allowedEvents
 * //=> ['acknowledge', 'decide-threshold', 'withdraw']
 * ```
 */
export function caseReviewSummary(
  loaded: LoadedCaseReview,
  timescales: CaseReviewTimescales,
  today: string
): CaseReviewSummary {
  const { row, bodies } = loaded
  const review = replayCaseReview(loaded)
  return {
    id: row.id,
    receivedOn: row.receivedOn,
    applicantType: row.applicantType,
    state: review.state,
    thresholdOutcome: review.thresholdDecision?.outcome ?? null,
    relevantBodies: bodies,
    allowedEvents: allowedEvents(review),
    asOf: today,
    ...caseReviewDeadlines(review, timescales, today),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
