import {
  annualReturn,
  AnnualReturn,
  type AnnualReturnRecord,
  checkAnnualReturn,
  IsoDate,
} from '@csp/domain'
import { z } from 'zod'
import { orNull } from '../http/nullable-refs.ts'
import { PublishedAsbCaseReviewReturn } from '../schemas/annual-returns.ts'
import { splitRangesAt, uncoveredRanges, type DateRange } from './date-ranges.ts'

const Finding = z.object({ code: z.string(), message: z.string() })
const Range = z.object({ from: IsoDate, to: IsoDate })

/** The part of a return counted from the toolkit's case-review records (domain `annualReturn`). */
export const RecordedAnnualReturn = z
  .object({
    recordsKeptSince: IsoDate,
    periods: z.array(Range).meta({ description: 'The days counted from records.' }),
    figures: AnnualReturn,
    findings: z.array(Finding),
  })
  .meta({ id: 'RecordedAnnualReturn' })

/**
 * The ASB Case Review annual return for a window. Published returns lying wholly inside the
 * window (`returns`) count for their periods; the other days, from the day records are kept,
 * are counted from case-review records (`recorded`). `figures` adds the two (they never cover
 * the same day) and is `null` when neither covers any day. `basis` says which were used.
 */
export const AnnualReturnView = z
  .object({
    from: IsoDate,
    to: IsoDate,
    basis: z.enum([
      'published-returns',
      'case-review-records',
      'published-returns-and-case-review-records',
    ]),
    figures: orNull(AnnualReturn),
    returns: z.array(PublishedAsbCaseReviewReturn),
    recorded: orNull(RecordedAnnualReturn),
    findings: z.array(Finding),
    notes: z.array(z.string()),
  })
  .meta({ id: 'AnnualReturnView' })
export type AnnualReturnView = z.infer<typeof AnnualReturnView>

/** The toolkit's records for a return, and the first day from which every application is kept. */
export interface CaseReviewRecords {
  since: string | null
  records: readonly AnnualReturnRecord[]
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const longDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`))
const span = (from: string, to: string) => `${longDate(from)} to ${longDate(to)}`
const spans = (ranges: readonly DateRange[]) => ranges.map((r) => span(r.from, r.to)).join('; ')
const zero = (): AnnualReturn => ({
  applications: 0,
  thresholdNotMet: 0,
  reviewsCarriedOut: 0,
  reviewsWithRecommendations: 0,
})
const add = (a: AnnualReturn, b: AnnualReturn): AnnualReturn => ({
  applications: a.applications + b.applications,
  thresholdNotMet: a.thresholdNotMet + b.thresholdNotMet,
  reviewsCarriedOut: a.reviewsCarriedOut + b.reviewsCarriedOut,
  reviewsWithRecommendations: a.reviewsWithRecommendations + b.reviewsWithRecommendations,
})

/**
 * Builds the return for `from`–`to` (inclusive). A published return that only partly overlaps
 * the window is left out with a note: its figures cannot be split by date. Records count only
 * on days no counted published return covers, so nothing is counted twice.
 *
 * @example
 * ```ts
 * const seeded = { ...southDerbyshireAsbCaseReviewReturn, publishedOn: null }
 * annualReturnView([seeded], '2024-04-01', '2025-03-31').figures
 * //=> { applications: 2, thresholdNotMet: 1, reviewsCarriedOut: 1, reviewsWithRecommendations: 1 }
 * ```
 */
export function annualReturnView(
  published: readonly PublishedAsbCaseReviewReturn[],
  from: string,
  to: string,
  kept: CaseReviewRecords = { since: null, records: [] }
): AnnualReturnView {
  const inside = published.filter((r) => r.from >= from && r.to <= to)
  const partly = published.filter((r) => !inside.includes(r) && r.from <= to && r.to >= from)
  const notes = partly.map(
    (r) =>
      `The ${r.period} return (${span(r.from, r.to)}) only partly overlaps ${span(from, to)}; it is not counted, because its figures cannot be split by date.`
  )
  const gaps = uncoveredRanges({ from, to }, inside)
  const { before, after } = kept.since
    ? splitRangesAt(gaps, kept.since)
    : { before: gaps, after: [] }
  const recorded = kept.since && after.length > 0 ? countRecords(kept, after) : null
  if (inside.length === 0 && !recorded) {
    notes.push(`No published ASB Case Review return falls within ${span(from, to)}.`)
    const base = { from, to, basis: 'published-returns' as const, figures: null, returns: [] }
    return { ...base, recorded: null, findings: [], notes }
  }
  let figures = zero()
  for (const r of inside) figures = add(figures, r)
  if (recorded) {
    figures = add(figures, recorded.figures)
    notes.push(`Counted from case-review records: ${spans(after)}.`)
    const overlapping = kept.records.filter((r) =>
      inside.some((p) => r.receivedOn >= p.from && r.receivedOn <= p.to)
    ).length
    if (overlapping > 0) {
      notes.push(
        `${overlapping} case-review record(s) fall within a published return's period; the published figures are used for it.`
      )
    }
  }
  if (before.length > 0) {
    const counted = inside.map((r) => r.period).join(', ')
    notes.push(
      recorded || inside.length === 0
        ? `Neither a published return nor the case-review records cover ${spans(before)}.`
        : `The counted returns (${counted}) do not cover every day of ${span(from, to)}.`
    )
  }
  const basis =
    inside.length === 0
      ? 'case-review-records'
      : recorded
        ? 'published-returns-and-case-review-records'
        : 'published-returns'
  const findings = checkAnnualReturn(figures)
  return { from, to, basis, figures, returns: [...inside], recorded, findings, notes }
}

function countRecords(kept: CaseReviewRecords, periods: DateRange[]) {
  let figures = zero()
  for (const period of periods) figures = add(figures, annualReturn(kept.records, period))
  const recordsKeptSince = kept.since as string
  return { recordsKeptSince, periods, figures, findings: checkAnnualReturn(figures) }
}
