import type { z } from 'zod'
import { PoliceUkMonth } from '../police-uk/month.ts'
import { monthKeyIn, shiftMonth } from './months.ts'
import { SeriesPoint } from './series.ts'

/**
 * A rolling sum: the total of the `months` months from `from` to `month`. `count` is `null`
 * and `complete` false when any of those months is missing or has a gap, or the window starts
 * before the series does: a part-year is never shown as a rolling year.
 *
 * @example
 * ```ts
 * RollingPoint.parse({ month: '2024-12', from: '2024-01', count: 1695, complete: true })
 * ```
 */
export const RollingPoint = SeriesPoint.extend({ from: PoliceUkMonth }).meta({
  id: 'RollingPoint',
  description: 'A rolling sum of the months from `from` to `month`',
})
export type RollingPoint = z.infer<typeof RollingPoint>

/**
 * Rolling sums of a monthly series (by default rolling 12 months): one point per point of the
 * series. To have a rolling year from the first month you show, ask {@link monthlySeries} for
 * 11 months more. Throws a RangeError when the points are not consecutive months in order, or
 * `months` is not a whole number from 1 to 120.
 *
 * @example
 * ```ts
 * rollingSums([
 *   { month: '2024-01', count: 5, complete: true },
 *   { month: '2024-02', count: 7, complete: true },
 *   { month: '2024-03', count: null, complete: false },
 *   { month: '2024-04', count: 4, complete: true },
 * ], 2)
 * //=> [{ month: '2024-01', from: '2023-12', count: null, complete: false },
 * //    { month: '2024-02', from: '2024-01', count: 12, complete: true },
 * //    { month: '2024-03', from: '2024-02', count: null, complete: false },
 * //    { month: '2024-04', from: '2024-03', count: null, complete: false }]
 * ```
 */
export function rollingSums(points: readonly SeriesPoint[], months = 12): RollingPoint[] {
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw new RangeError(`months must be a whole number from 1 to 120, got ${String(months)}`)
  }
  points.forEach((point, i) => {
    const key = monthKeyIn(point.month, `points[${i}].month`)
    const previous = points[i - 1]
    if (previous !== undefined && key !== monthKeyIn(previous.month, 'month') + 1) {
      throw new RangeError(
        `points[${i}].month: ${point.month} does not follow ${previous.month}; a series has one point per month, in order`
      )
    }
  })
  return points.map((point, i): RollingPoint => {
    const from = shiftMonth(point.month, 1 - months)
    const window = points.slice(Math.max(0, i + 1 - months), i + 1)
    const whole = window.length === months && window.every((p) => p.complete && p.count !== null)
    const count = whole ? window.reduce((sum, p) => sum + (p.count ?? 0), 0) : null
    return { month: point.month, from, count, complete: whole }
  })
}
