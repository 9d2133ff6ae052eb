import { dayNumber, isoOfDayNumber } from '@csp/domain/dates'

/** An inclusive range of ISO dates. */
export interface DateRange {
  from: string
  to: string
}

// Day numbers are the domain's one date model (@csp/domain/dates).
const toDay = dayNumber
const fromDay = isoOfDayNumber

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
