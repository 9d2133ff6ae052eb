import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { parseOrThrow } from './internal.ts'
import type { CaseReview } from './lifecycle.ts'

/**
 * What the annual return needs to know about one application: when it arrived, the threshold
 * decision and the review, if any.
 *
 * @example
 * ```ts
 * AnnualReturnRecord.parse({ id: 'A1', receivedOn: '2024-05-01',
 *   thresholdDecision: { outcome: 'not-met', decidedOn: '2024-05-20' } }).id //=> 'A1'
 * ```
 */
export const AnnualReturnRecord = z
  .object({
    id: z.string().min(1),
    receivedOn: IsoDate,
    thresholdDecision: z
      .object({ outcome: z.enum(['met', 'not-met']), decidedOn: IsoDate })
      .optional(),
    review: z
      .object({ completedOn: IsoDate, recommendations: z.array(z.string()).default([]) })
      .optional(),
  })
  .meta({ id: 'AnnualReturnRecord' })
export type AnnualReturnRecord = z.infer<typeof AnnualReturnRecord>

/**
 * The four figures the relevant bodies must publish at intervals of not more than 12 months
 * (s104(10) [M]+, ASB-10, docs/rules.md#annual-return). Nothing else is statutory.
 *
 * @example
 * ```ts
 * AnnualReturn.parse({ applications: 2, thresholdNotMet: 1, reviewsCarriedOut: 1,
 *   reviewsWithRecommendations: 1 }).applications //=> 2
 * ```
 */
export const AnnualReturn = z
  .object({
    applications: z.number(),
    thresholdNotMet: z.number(),
    reviewsCarriedOut: z.number(),
    reviewsWithRecommendations: z.number(),
  })
  .meta({ id: 'AnnualReturn' })
export type AnnualReturn = z.infer<typeof AnnualReturn>

/**
 * What each of the four figures counts, in the order s104(10) lists them, in words for a
 * published table or file. A "not met" figure counts decisions, not applications: a decision
 * may fall in the period after the application.
 *
 * @example
 * ```ts
 * Object.keys(annualReturnFigureNames)
 * //=> ['applications', 'thresholdNotMet', 'reviewsCarriedOut', 'reviewsWithRecommendations']
 * annualReturnFigureNames.thresholdNotMet
 * //=> 'Decisions that the threshold for a review was not met'
 * ```
 */
export const annualReturnFigureNames: Readonly<Record<keyof AnnualReturn, string>> = Object.freeze({
  applications: 'Applications for an ASB Case Review',
  thresholdNotMet: 'Decisions that the threshold for a review was not met',
  reviewsCarriedOut: 'ASB Case Reviews carried out',
  reviewsWithRecommendations: 'ASB Case Reviews that resulted in recommendations',
})

const Period = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((p) => p.from <= p.to, { error: 'from must not be after to', path: ['to'] })

/**
 * Counts the four figures for the period `from`..`to` (both inclusive; often a financial year,
 * which is `LOCAL`). Each event counts in the period it happened in: an application by
 * `receivedOn`, a "not met" decision by `decidedOn`, a review and a review with recommendations
 * by `completedOn`. A review after a "not met" decision still counts (docs/rules.md#annual-return).
 *
 * @throws {TypeError} for invalid records or period, naming the field path.
 * @throws {RangeError} for a record whose dates run backwards, naming the record.
 * @example
 * ```ts
 * annualReturn(records, { from: '2024-04-01', to: '2025-03-31' })
 * //=> { applications: 2, thresholdNotMet: 1, reviewsCarriedOut: 1, reviewsWithRecommendations: 1 }
 * ```
 */
export function annualReturn(
  records: readonly z.input<typeof AnnualReturnRecord>[],
  period: { from: string; to: string }
): AnnualReturn {
  const { from, to } = parseOrThrow(Period, period, 'period', ['period'])
  const rows = parseOrThrow(z.array(AnnualReturnRecord), records, 'annual return records', [
    'records',
  ])
  const inPeriod = (date: string | undefined): boolean =>
    date !== undefined && date >= from && date <= to
  const figures = {
    applications: 0,
    thresholdNotMet: 0,
    reviewsCarriedOut: 0,
    reviewsWithRecommendations: 0,
  }
  for (const row of rows) {
    assertDatesInOrder(row)
    if (inPeriod(row.receivedOn)) figures.applications += 1
    const decision = row.thresholdDecision
    if (decision?.outcome === 'not-met' && inPeriod(decision.decidedOn))
      figures.thresholdNotMet += 1
    if (row.review && inPeriod(row.review.completedOn)) {
      figures.reviewsCarriedOut += 1
      if (row.review.recommendations.length > 0) figures.reviewsWithRecommendations += 1
    }
  }
  return figures
}

function assertDatesInOrder(row: AnnualReturnRecord): void {
  const decided = row.thresholdDecision?.decidedOn
  const completed = row.review?.completedOn
  if (decided !== undefined && decided < row.receivedOn) {
    throw new RangeError(
      `Record ${row.id}: decidedOn ${decided} is before receivedOn ${row.receivedOn}`
    )
  }
  const floor = decided ?? row.receivedOn
  if (completed !== undefined && completed < floor) {
    const what = decided === undefined ? 'receivedOn' : 'decidedOn'
    throw new RangeError(
      `Record ${row.id}: review completedOn ${completed} is before ${what} ${floor}`
    )
  }
}

/**
 * The annual-return record of a case review kept with {@link transition}: the review counts as
 * carried out on the day it was held.
 *
 * @example
 * ```ts
 * annualReturnRecordOf(review)
 * //=> { id: 'R1', receivedOn: '2024-05-01', thresholdDecision: { outcome: 'met', decidedOn: '2024-05-10' },
 * //     review: { completedOn: '2024-06-03', recommendations: ['Joint visit'] } }
 * ```
 */
export function annualReturnRecordOf(review: CaseReview): AnnualReturnRecord {
  const { id, receivedOn, thresholdDecision: d, reviewHeldOn, recommendations } = review
  return {
    id,
    receivedOn,
    ...(d ? { thresholdDecision: { outcome: d.outcome, decidedOn: d.decidedOn } } : {}),
    ...(reviewHeldOn ? { review: { completedOn: reviewHeldOn, recommendations } } : {}),
  }
}

/**
 * A problem with an annual return. An `error` means the figures cannot be right as they stand;
 * `advice` points at figures that are lawful but worth a second look.
 *
 * @example
 * ```ts
 * const f: AnnualReturnFinding = { code: 'recommendations-exceed-reviews', severity: 'error',
 *   message: 'More reviews resulted in recommendations (2) than were carried out (1).' }
 * ```
 */
export interface AnnualReturnFinding {
  code:
    | 'not-a-count'
    | 'not-met-exceeds-applications'
    | 'reviews-exceed-met-decisions'
    | 'recommendations-exceed-reviews'
  severity: 'error' | 'advice'
  message: string
}

const fields = [
  'applications',
  'thresholdNotMet',
  'reviewsCarriedOut',
  'reviewsWithRecommendations',
] as const

/**
 * Flags returns that cannot be right (errors): a figure that is not a whole number of zero or
 * more; more "not met" decisions than applications (only possible for an application received
 * in an earlier period, so the message asks for a check); more reviews with recommendations than
 * reviews. It does not require reviews to equal applications − not met: applications may be
 * withdrawn or pending (ASB-10). More reviews than applications not refused is lawful (a review
 * held after an upheld escalation of a "not met" decision, Sch 4 para 3, or an application from
 * an earlier period), so it is `advice`, returned only with `{ advice: true }`.
 *
 * @example
 * ```ts
 * checkAnnualReturn({ applications: 2, thresholdNotMet: 1, reviewsCarriedOut: 1,
 *   reviewsWithRecommendations: 1 }) //=> []
 * checkAnnualReturn({ applications: 1, thresholdNotMet: 0, reviewsCarriedOut: 1,
 *   reviewsWithRecommendations: 2 })[0].code //=> 'recommendations-exceed-reviews'
 * checkAnnualReturn({ applications: 1, thresholdNotMet: 1, reviewsCarriedOut: 1,
 *   reviewsWithRecommendations: 0 }, { advice: true })[0].severity //=> 'advice'
 * ```
 */
export function checkAnnualReturn(
  figures: AnnualReturn,
  options: { advice?: boolean } = {}
): AnnualReturnFinding[] {
  const findings: AnnualReturnFinding[] = []
  for (const field of fields) {
    const value = figures[field]
    if (!Number.isInteger(value) || value < 0) {
      findings.push({
        code: 'not-a-count',
        severity: 'error',
        message: `${field} is ${String(value)}; it must be a whole number, zero or more.`,
      })
    }
  }
  if (findings.length > 0) return findings
  const { applications, thresholdNotMet, reviewsCarriedOut, reviewsWithRecommendations } = figures
  const earlier = 'an application received in an earlier period'
  const notRefused = applications - thresholdNotMet
  if (thresholdNotMet > applications) {
    findings.push({
      code: 'not-met-exceeds-applications',
      severity: 'error',
      message: `More applications did not meet the threshold (${thresholdNotMet}) than were received (${applications}). Check the figures: this is only possible for ${earlier}.`,
    })
  } else if (reviewsCarriedOut > notRefused && options.advice === true) {
    // Not checked after the finding above: notRefused would be negative and repeat it.
    findings.push({
      code: 'reviews-exceed-met-decisions',
      severity: 'advice',
      message: `More reviews were carried out (${reviewsCarriedOut}) than applications were not refused (${notRefused} = ${applications} applications − ${thresholdNotMet} not met). That is right when a review was held after an upheld escalation of a "not met" decision or for ${earlier}; otherwise check the figures.`,
    })
  }
  if (reviewsWithRecommendations > reviewsCarriedOut) {
    findings.push({
      code: 'recommendations-exceed-reviews',
      severity: 'error',
      message: `More reviews resulted in recommendations (${reviewsWithRecommendations}) than were carried out (${reviewsCarriedOut}).`,
    })
  }
  return findings
}
