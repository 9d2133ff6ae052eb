import { AnnualReturn, checkAnnualReturn, IsoDate, PlanAsbCaseReviewReturn } from '@csp/domain'
import { z } from 'zod'
import { orNull } from '../http/nullable-refs.ts'

/**
 * The ASB Case Review annual return for a window. `figures` sums the published returns that lie
 * wholly inside the window (`returns`); it is `null` when none does. `basis` says where the
 * figures come from: today only published returns; case-review records will add a second basis.
 */
export const AnnualReturnView = z
  .object({
    from: IsoDate,
    to: IsoDate,
    basis: z.enum(['published-returns']),
    figures: orNull(AnnualReturn),
    returns: z.array(PlanAsbCaseReviewReturn),
    findings: z.array(z.object({ code: z.string(), message: z.string() })),
    notes: z.array(z.string()),
  })
  .meta({ id: 'AnnualReturnView' })
export type AnnualReturnView = z.infer<typeof AnnualReturnView>

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const longDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`))
const span = (from: string, to: string) => `${longDate(from)} to ${longDate(to)}`

/**
 * Builds the return for `from`–`to` (inclusive) from published returns. A return that only
 * partly overlaps the window is left out with a note: its figures cannot be split by date.
 *
 * @example
 * ```ts
 * annualReturnView([southDerbyshireAsbCaseReviewReturn], '2024-04-01', '2025-03-31').figures
 * //=> { applications: 2, thresholdNotMet: 1, reviewsCarriedOut: 1, reviewsWithRecommendations: 1 }
 * ```
 */
export function annualReturnView(
  published: readonly PlanAsbCaseReviewReturn[],
  from: string,
  to: string
): AnnualReturnView {
  const inside = published.filter((r) => r.from >= from && r.to <= to)
  const partly = published.filter((r) => !inside.includes(r) && r.from <= to && r.to >= from)
  const notes = partly.map(
    (r) =>
      `The ${r.period} return (${span(r.from, r.to)}) only partly overlaps ${span(from, to)}; it is not counted, because its figures cannot be split by date.`
  )
  if (inside.length === 0) {
    notes.push(`No published ASB Case Review return falls within ${span(from, to)}.`)
    return { from, to, basis: 'published-returns', figures: null, returns: [], findings: [], notes }
  }
  const figures = {
    applications: 0,
    thresholdNotMet: 0,
    reviewsCarriedOut: 0,
    reviewsWithRecommendations: 0,
  }
  for (const r of inside) {
    figures.applications += r.applications
    figures.thresholdNotMet += r.thresholdNotMet
    figures.reviewsCarriedOut += r.reviewsCarriedOut
    figures.reviewsWithRecommendations += r.reviewsWithRecommendations
  }
  const covered = inside.reduce((days, r) => days + daysIn(r.from, r.to), 0)
  if (covered < daysIn(from, to)) {
    notes.push(
      `The counted returns (${inside.map((r) => r.period).join(', ')}) do not cover every day of ${span(from, to)}.`
    )
  }
  return {
    from,
    to,
    basis: 'published-returns',
    figures,
    returns: [...inside],
    findings: checkAnnualReturn(figures),
    notes,
  }
}

function daysIn(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1
}
