import { parseDateArgument } from '../_lib/iso-date.ts'
import { dayNumber, isoOfDayNumber } from '../dates/index.ts'

/** @internal Throws a RangeError naming `field` unless `value` is an integer. */
export function assertInteger(value: number, field: string): void {
  if (!Number.isInteger(value)) {
    throw new RangeError(`${field} must be an integer, got ${String(value)}`)
  }
}

/**
 * @internal Validates an ISO date argument and returns its day number (days since 1970-01-01).
 * Day numbers step in whole days in every time zone, unlike local-midnight Dates, which can
 * shift to 01:00 on a daylight-saving change at midnight and then compare unequal.
 */
export function toDayNumber(value: string, field: string): number {
  parseDateArgument(value, field)
  return dayNumber(value)
}

/** @internal The ISO `YYYY-MM-DD` date of a day number. */
export function dayNumberToIso(day: number): string {
  return isoOfDayNumber(day)
}

/** @internal Whether a day number is a Saturday or Sunday (1970-01-01 was a Thursday). */
export function isWeekendDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7
  return weekday === 0 || weekday === 6
}
