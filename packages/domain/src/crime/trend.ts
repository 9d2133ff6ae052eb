import { z } from 'zod'
import { decimalToNumber, roundRatioScaled } from './decimal.ts'

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${String(value)}`)
  }
}

/**
 * The percentage change from `previous` to `current`, rounded to 1 d.p. half away from zero
 * and computed exactly from the integers. `null` when either figure is missing or `previous`
 * is 0: a gap in the data must never be shown as a fall (or an infinite rise).
 *
 * @example
 * ```ts
 * trendPercent(1695, 1821) //=> -6.9
 * trendPercent(3, 2) //=> 50
 * trendPercent(5, 0) //=> null
 * trendPercent(5, undefined) //=> null
 * ```
 */
export function trendPercent(
  current: number | null | undefined,
  previous: number | null | undefined
): number | null {
  if (current == null || previous == null) return null
  checkCount('current', current)
  checkCount('previous', previous)
  if (previous === 0) return null
  const change = BigInt(current - previous) * 100n
  return decimalToNumber(roundRatioScaled(change, BigInt(previous), 1))
}

/**
 * Which way a trend went. `'unchanged'` for exactly 0, `'unknown'` when there is no trend.
 *
 * @example
 * ```ts
 * TrendDirection.parse('decrease') //=> 'decrease'
 * ```
 */
export const TrendDirection = z.enum(['increase', 'decrease', 'unchanged', 'unknown'])
export type TrendDirection = z.infer<typeof TrendDirection>

/**
 * Reads the direction of a printed trend: a missing trend is `'unknown'`, never a fall.
 *
 * @example
 * ```ts
 * trendDirection(-6.9) //=> 'decrease'
 * trendDirection(0) //=> 'unchanged'
 * trendDirection(null) //=> 'unknown'
 * ```
 */
export function trendDirection(trend: number | null | undefined): TrendDirection {
  if (trend == null || Number.isNaN(trend)) return 'unknown'
  return trend > 0 ? 'increase' : trend < 0 ? 'decrease' : 'unchanged'
}
