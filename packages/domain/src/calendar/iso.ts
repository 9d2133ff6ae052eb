import { parseDateArgument } from '../_lib/iso-date.ts'
import { dayNumber, isoOfDayNumber } from '../dates/index.ts'

/**
 * @internal Throws a RangeError naming `field` unless `value` is an integer.
 *
 * @example
 * ```ts
 * assertInteger(3, 'days') // returns
 * assertInteger(1.5, 'days') // throws RangeError('days must be an integer, got 1.5')
 * ```
 */
export function assertInteger(value: number, field: string): void {
  if (!Number.isInteger(value)) {
    throw new RangeError(`${field} must be an integer, got ${String(value)}`)
  }
}

/**
 * @internal Validates an ISO date argument and returns its day number (days since 1970-01-01).
 * Day numbers step in whole days in every time zone, unlike local-midnight Dates, which can
 * shift to 01:00 on a daylight-saving change at midnight and then compare unequal.
 *
 * @example
 * ```ts
 * toDayNumber('2024-01-01', 'from') //=> 19723
 * ```
 */
export function toDayNumber(value: string, field: string): number {
  parseDateArgument(value, field)
  return dayNumber(value)
}

/**
 * @internal The ISO `YYYY-MM-DD` date of a day number.
 *
 * @example
 * ```ts
 * dayNumberToIso(19723) //=> '2024-01-01'
 * ```
 */
export function dayNumberToIso(day: number): string {
  return isoOfDayNumber(day)
}

/**
 * @internal Whether a day number is a Saturday or Sunday (1970-01-01 was a Thursday).
 *
 * @example
 * ```ts
 * isWeekendDay(toDayNumber('2024-01-06', 'on')) //=> true (a Saturday)
 * isWeekendDay(toDayNumber('2024-01-08', 'on')) //=> false
 * ```
 */
export function isWeekendDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7
  return weekday === 0 || weekday === 6
}
