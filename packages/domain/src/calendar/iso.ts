import { IsoDate, toDate } from '../_lib/iso-date.ts'

/**
 * @internal Parses an ISO date argument to local midnight, naming the argument when it is bad.
 */
export function parseCalendarDate(value: string, field: string): Date {
  if (typeof value !== 'string' || !IsoDate.safeParse(value).success) {
    throw new RangeError(`${field}: ${JSON.stringify(value)} is not a date in the form YYYY-MM-DD`)
  }
  return toDate(value)
}

/** @internal Throws a RangeError naming `field` unless `value` is an integer. */
export function assertInteger(value: number, field: string): void {
  if (!Number.isInteger(value)) {
    throw new RangeError(`${field} must be an integer, got ${String(value)}`)
  }
}
