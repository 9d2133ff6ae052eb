import { monthFromKey, monthKeyOf } from '../police-uk/month.ts'

/**
 * The month `delta` months after `month` (before it when negative). Throws a RangeError naming
 * `field` when `month` is not `YYYY-MM`.
 *
 * @example
 * ```ts
 * shiftMonth('2025-02', -3) //=> '2024-11'
 * ```
 */
export function shiftMonth(month: string, delta: number, field = 'month'): string {
  return monthFromKey(monthKeyIn(month, field) + delta)
}

/**
 * @internal The month as a number of months since year 0, or a RangeError naming `field`.
 *
 * @example
 * ```ts
 * monthKeyIn('2024-01', 'month') - monthKeyIn('2023-12', 'month') //=> 1
 * monthKeyIn('2024-13', 'from') // throws RangeError('from: "2024-13" is not a month …')
 * ```
 */
export function monthKeyIn(month: string, field: string): number {
  const key = typeof month === 'string' ? monthKeyOf(month) : -1
  if (key < 0) {
    throw new RangeError(`${field}: ${JSON.stringify(month)} is not a month in the form YYYY-MM`)
  }
  return key
}

/**
 * @internal The `length` months ending with `last`, oldest first.
 *
 * @example
 * ```ts
 * monthsEndingWith('2024-02', 3) //=> ['2023-12', '2024-01', '2024-02']
 * ```
 */
export function monthsEndingWith(last: string, length: number, field = 'month'): string[] {
  const end = monthKeyIn(last, field)
  return Array.from({ length }, (_, i) => monthFromKey(end - length + 1 + i))
}

/**
 * @internal Every month from `from` to `to` inclusive, or a RangeError naming the fields.
 *
 * @example
 * ```ts
 * monthsFromTo('2023-11', '2024-01') //=> ['2023-11', '2023-12', '2024-01']
 * ```
 */
export function monthsFromTo(from: string, to: string): string[] {
  const first = monthKeyIn(from, 'from')
  const last = monthKeyIn(to, 'to')
  if (first > last) throw new RangeError(`from (${from}) must not be after to (${to})`)
  return Array.from({ length: last - first + 1 }, (_, i) => monthFromKey(first + i))
}
