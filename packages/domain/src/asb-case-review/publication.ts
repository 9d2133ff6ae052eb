import { addDays } from 'date-fns/addDays'
import { addMonths } from 'date-fns/addMonths'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { differenceInMonths } from 'date-fns/differenceInMonths'
import { z } from 'zod'
import { IsoDate, toDate, toIsoDate } from '../_lib/iso-date.ts'
import { parseOrThrow } from './internal.ts'

/**
 * The latest day the next ASB Case Review figures may be published: 12 calendar months after
 * the last publication (ASB-10, "at intervals of not more than 12 months"; see
 * docs/rules.md#annual-return). Months follow the corresponding date (T-02): 29 Feb → 28 Feb.
 *
 * @example
 * ```ts
 * nextAsbPublicationDue('2024-07-15') //=> '2025-07-15'
 * nextAsbPublicationDue('2024-02-29') //=> '2025-02-28'
 * ```
 */
export function nextAsbPublicationDue(lastPublishedOn: string): string {
  return toIsoDate(addMonths(toDate(parseOrThrow(IsoDate, lastPublishedOn, 'lastPublishedOn')), 12))
}

/**
 * A gap in publishing the annual figures, with its length in whole calendar months and days.
 *
 * @example
 * ```ts
 * const f: PublicationFinding = { code: 'gap-over-12-months', from: '2023-06-30',
 *   to: '2024-08-01', gap: { months: 13, days: 2 }, message: '…' }
 * ```
 */
export interface PublicationFinding {
  code: 'gap-over-12-months' | 'publication-overdue'
  /** The earlier publication. */
  from: string
  /** The later publication, or `asOf` for an overdue one. */
  to: string
  gap: { months: number; days: number }
  message: string
}

function gapBetween(from: string, to: string): { months: number; days: number } {
  const start = toDate(from)
  const end = toDate(to)
  const months = differenceInMonths(end, start)
  return { months, days: differenceInCalendarDays(end, addMonths(start, months)) }
}

const describeGap = ({ months, days }: { months: number; days: number }): string =>
  `${months} month${months === 1 ? '' : 's'}` +
  (days === 0 ? '' : ` and ${days} day${days === 1 ? '' : 's'}`)

/**
 * Checks that the annual figures were published at intervals of not more than 12 calendar
 * months (ASB-10): one finding per gap between consecutive publications that runs past
 * {@link nextAsbPublicationDue}. With `asOf`, also flags the next publication as overdue.
 * Dates may come in any order; repeats are harmless.
 *
 * @example
 * ```ts
 * checkPublicationCadence(['2023-06-30', '2024-06-30']) //=> []
 * checkPublicationCadence(['2023-06-30', '2024-08-01'])[0]?.gap //=> { months: 13, days: 2 }
 * ```
 */
export function checkPublicationCadence(
  publicationDates: readonly string[],
  options: { asOf?: string } = {}
): PublicationFinding[] {
  const dates = [...parseOrThrow(z.array(IsoDate), publicationDates, 'publication dates')].sort()
  const asOf =
    options.asOf === undefined ? undefined : parseOrThrow(IsoDate, options.asOf, 'asOf', ['asOf'])
  const findings: PublicationFinding[] = []
  dates.forEach((to, i) => {
    const from = dates[i - 1]
    if (from === undefined || to <= nextAsbPublicationDue(from)) return
    const gap = gapBetween(from, to)
    findings.push({
      code: 'gap-over-12-months',
      from,
      to,
      gap,
      message: `The figures published on ${to} came ${describeGap(gap)} after those of ${from}; the interval must not be more than 12 months.`,
    })
  })
  const last = dates.at(-1)
  if (asOf !== undefined && last !== undefined && asOf > nextAsbPublicationDue(last)) {
    const gap = gapBetween(last, asOf)
    findings.push({
      code: 'publication-overdue',
      from: last,
      to: asOf,
      gap,
      message: `No figures have been published since ${last} (${describeGap(gap)} by ${asOf}); they were due by ${nextAsbPublicationDue(last)}.`,
    })
  }
  return findings
}

/**
 * A problem with the periods of successive published returns: days no return counts
 * (`period-gap`) or days two returns both count (`period-overlap`), from `from` to `to`.
 *
 * @example
 * ```ts
 * const f: ReturnPeriodFinding = { code: 'period-gap', from: '2023-04-01', to: '2024-03-31',
 *   message: 'No published return counts 2023-04-01 to 2024-03-31: …' }
 * ```
 */
export interface ReturnPeriodFinding {
  code: 'period-gap' | 'period-overlap'
  from: string
  to: string
  message: string
}

const ReturnPeriod = z
  .object({ period: z.string().optional(), from: IsoDate, to: IsoDate })
  .refine((r) => r.from <= r.to, { error: 'must not be before from', path: ['to'] })

const dayAfter = (iso: string): string => toIsoDate(addDays(toDate(iso), 1))
const dayBefore = (iso: string): string => toIsoDate(addDays(toDate(iso), -1))
const named = (r: { period?: string | undefined; from: string; to: string }): string =>
  r.period === undefined ? `return for ${r.from} to ${r.to}` : `${r.period} return`

/**
 * Checks that successive published returns cover contiguous periods: each return starts the
 * day after the one before it ends, so every day is counted in exactly one return (ASB-10, the
 * four figures published "at intervals of not more than 12 months" describe an unbroken record).
 * A gap between two published periods is a finding, and so is an overlap. Returns may come in
 * any order; the days before the first and after the last are not judged.
 *
 * @throws {TypeError} for a malformed return or one whose period runs backwards, naming it.
 * @example
 * ```ts
 * checkReturnPeriods([{ from: '2023-04-01', to: '2024-03-31' }, { from: '2024-04-01', to: '2025-03-31' }])
 * //=> []
 * checkReturnPeriods([{ from: '2022-04-01', to: '2023-03-31' }, { from: '2024-04-01', to: '2025-03-31' }])[0]?.code
 * //=> 'period-gap'
 * ```
 */
export function checkReturnPeriods(
  returns: readonly { period?: string; from: string; to: string }[]
): ReturnPeriodFinding[] {
  const sorted = [...parseOrThrow(z.array(ReturnPeriod), returns, 'returns', ['returns'])].sort(
    (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)
  )
  const findings: ReturnPeriodFinding[] = []
  // `previous` is the return reaching furthest so far: a short return inside a long one must not
  // hide an overlap with the long one.
  let previous: (typeof sorted)[number] | undefined
  for (const next of sorted) {
    if (previous === undefined) {
      previous = next
      continue
    }
    const between = `the ${named(previous)} ends on ${previous.to} and the ${named(next)} starts on ${next.from}`
    if (next.from > dayAfter(previous.to)) {
      const from = dayAfter(previous.to)
      const to = dayBefore(next.from)
      findings.push({
        code: 'period-gap',
        from,
        to,
        message: `No published return counts ${from} to ${to}: ${between}. Successive returns must cover contiguous periods.`,
      })
    } else if (next.from <= previous.to) {
      const to = next.to < previous.to ? next.to : previous.to
      findings.push({
        code: 'period-overlap',
        from: next.from,
        to,
        message: `Two published returns both count ${next.from} to ${to}: ${between}. A day may be counted in one return only.`,
      })
    }
    if (next.to > previous.to) previous = next
  }
  return findings
}
