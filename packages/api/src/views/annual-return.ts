import { formatDateRange } from '@csp/domain/format'
import {
  annualReturn,
  type AnnualReturn,
  type AnnualReturnRecord,
  checkAnnualReturn,
  IsoDate,
  SuppressedAnnualReturn,
  suppressAnnualReturn,
} from '@csp/domain'
import { z } from 'zod'
import { orNull } from '../schemas/or-null.ts'
import { PublishedAsbCaseReviewReturn } from '../schemas/annual-returns.ts'
import { splitRangesAt, uncoveredRanges, type DateRange } from './date-ranges.ts'

const Finding = z.object({ code: z.string(), message: z.string() })
const Range = z.object({ from: IsoDate, to: IsoDate })

/**
 * The four figures of a return; in a public answer a figure is null when small-number
 * suppression hides it (see `suppression`).
 */
export const AnnualReturnFigures = SuppressedAnnualReturn.shape.figures.meta({
  id: 'AnnualReturnFigures',
})

/** The part of a return counted from the toolkit's case-review records (domain `annualReturn`). */
export const RecordedAnnualReturn = z
  .object({
    recordsKeptSince: IsoDate,
    periods: z.array(Range).meta({ description: 'The days counted from records.' }),
    figures: AnnualReturnFigures,
    findings: z.array(Finding),
  })
  .meta({ id: 'RecordedAnnualReturn' })

/** How a public answer hides small counts (domain `suppressAnnualReturn`). */
export const AnnualReturnSuppression = z
  .object({
    threshold: z.number().int().positive(),
    rule: z.string(),
    suppressed: SuppressedAnnualReturn.shape.suppressed,
  })
  .meta({ id: 'AnnualReturnSuppression' })

/**
 * The ASB Case Review annual return for a window. Published returns lying wholly inside the
 * window (`returns`) count for their periods; the other days, from the day records are kept,
 * are counted from case-review records (`recorded`). `figures` adds the two (they never cover
 * the same day) and is `null` when neither covers any day. `basis` says which were used.
 * `suppression` is set on a public answer that counted records: small counts are hidden.
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
    figures: orNull(AnnualReturnFigures),
    returns: z.array(PublishedAsbCaseReviewReturn),
    recorded: orNull(RecordedAnnualReturn),
    suppression: orNull(AnnualReturnSuppression),
    public: z.boolean().meta({
      description:
        'Whether this window is answered without a sign-in (the period of a published return, or a whole financial year that has ended), as in public: a link to it works for anyone.',
    }),
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

const span = formatDateRange
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

/** Options for {@link annualReturnView}. */
export interface AnnualReturnViewOptions {
  /**
   * For public output: figures counted from records are suppressed below this threshold
   * (domain `suppressAnnualReturn`), and no note counts records. Unset: exact figures.
   */
  suppressBelow?: number | undefined
  /** Whether the window is one anyone may ask for (default: whether `suppressBelow` is set). */
  isPublic?: boolean
}

/**
 * Builds the return for `from`–`to` (inclusive). A published return that only partly overlaps
 * the window is left out with a note: its figures cannot be split by date. Records count only
 * on days no counted published return covers, so nothing is counted twice. For public output
 * (`suppressBelow`), small counted figures are hidden, and with them the findings (their
 * messages quote the figures) and the note counting records inside published periods.
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
  kept: CaseReviewRecords = { since: null, records: [] },
  options: AnnualReturnViewOptions = {}
): AnnualReturnView {
  const threshold = options.suppressBelow
  const isPublic = options.isPublic ?? threshold !== undefined
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
    return { ...base, recorded: null, suppression: null, public: isPublic, findings: [], notes }
  }
  let publishedFigures = zero()
  for (const r of inside) publishedFigures = add(publishedFigures, r)
  let figures = publishedFigures
  if (recorded) {
    figures = add(figures, recorded.figures)
    notes.push(`Counted from case-review records: ${spans(after)}.`)
    const overlapping = kept.records.filter((r) =>
      inside.some((p) => r.receivedOn >= p.from && r.receivedOn <= p.to)
    ).length
    if (overlapping > 0 && threshold === undefined) {
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
  const basis: AnnualReturnView['basis'] =
    inside.length === 0
      ? 'case-review-records'
      : recorded
        ? 'published-returns-and-case-review-records'
        : 'published-returns'
  const findings = checkAnnualReturn(figures)
  const view = { from, to, basis, returns: [...inside], public: isPublic, notes }
  if (threshold === undefined || !recorded) {
    return { ...view, figures, recorded, suppression: null, findings }
  }
  const shown = suppressAnnualReturn(recorded.figures, {
    threshold,
    published: publishedFigures,
  })
  const hidden = shown.suppressed.length > 0
  const counted = suppressAnnualReturn(recorded.figures, { threshold }).figures
  return {
    ...view,
    figures: shown.figures,
    recorded: { ...recorded, figures: counted, findings: hidden ? [] : recorded.findings },
    suppression: { threshold, rule: shown.rule, suppressed: shown.suppressed },
    findings: hidden ? [] : findings,
    notes: hidden ? [...notes, shown.rule] : notes,
  }
}

function countRecords(
  kept: CaseReviewRecords,
  periods: DateRange[]
): Omit<z.infer<typeof RecordedAnnualReturn>, 'figures'> & { figures: AnnualReturn } {
  let figures = zero()
  for (const period of periods) figures = add(figures, annualReturn(kept.records, period))
  const recordsKeptSince = kept.since as string
  return { recordsKeptSince, periods, figures, findings: checkAnnualReturn(figures) }
}
