/** An inclusive range of ISO dates. */
export interface DateRange {
  from: string
  to: string
}

const dayMs = 86_400_000
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayMs
const fromDay = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10)

/**
 * The days of `window` not in any of `covered`, as ranges in order.
 *
 * @example
 * ```ts
 * uncoveredRanges({ from: '2023-04-01', to: '2025-03-31' }, [{ from: '2024-04-01', to: '2025-03-31' }])
 * //=> [{ from: '2023-04-01', to: '2024-03-31' }]
 * ```
 */
export function uncoveredRanges(window: DateRange, covered: readonly DateRange[]): DateRange[] {
  const gaps: DateRange[] = []
  let next = toDay(window.from)
  const end = toDay(window.to)
  for (const range of [...covered].sort((a, b) => a.from.localeCompare(b.from))) {
    const start = toDay(range.from)
    if (start > next) gaps.push({ from: fromDay(next), to: fromDay(Math.min(start - 1, end)) })
    next = Math.max(next, toDay(range.to) + 1)
    if (next > end) return gaps
  }
  if (next <= end) gaps.push({ from: fromDay(next), to: fromDay(end) })
  return gaps
}

/**
 * Splits `ranges` at `since`: the parts before it and the parts from it on.
 *
 * @example
 * ```ts
 * splitRangesAt([{ from: '2023-04-01', to: '2024-03-31' }], '2024-01-01')
 * //=> { before: [{ from: '2023-04-01', to: '2023-12-31' }], after: [{ from: '2024-01-01', to: '2024-03-31' }] }
 * ```
 */
export function splitRangesAt(ranges: readonly DateRange[], since: string) {
  const before: DateRange[] = []
  const after: DateRange[] = []
  for (const r of ranges) {
    if (r.to < since) before.push(r)
    else if (r.from >= since) after.push(r)
    else {
      before.push({ from: r.from, to: fromDay(toDay(since) - 1) })
      after.push({ from: since, to: r.to })
    }
  }
  return { before, after }
}

/**
 * The day `days` after `iso` (before it when negative).
 *
 * @example
 * ```ts
 * addDays('2025-06-01', 90) //=> '2025-08-30'
 * ```
 */
export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days)
}

/**
 * The same day `years` later; 29 February becomes 28 February in a common year (the
 * corresponding-date rule).
 *
 * @example
 * ```ts
 * addYears('2024-02-29', 3) //=> '2027-02-28'
 * ```
 */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const monthDay = iso.slice(5) === '02-29' && !leap ? '02-28' : iso.slice(5)
  return `${String(year).padStart(4, '0')}-${monthDay}`
}
