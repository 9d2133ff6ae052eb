// The domain's one date model: an ISO `YYYY-MM-DD` string at every boundary, and a day number
// (whole days since 1970-01-01, UTC) for arithmetic. Day numbers step in whole days in every
// time zone, unlike local-midnight Dates, which can shift on a daylight-saving change.

const MS_PER_DAY = 86_400_000
const isoShape = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Whether `value` is a real calendar day written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29') //=> true
 * isIsoDate('2023-02-29') //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = isoShape.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  date.setUTCFullYear(year)
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * The day number of an ISO date (days since 1970-01-01). Throws a `RangeError` naming the
 * value when it is not a real day.
 *
 * @example
 * ```ts
 * dayNumber('1970-01-02') //=> 1
 * ```
 */
export function dayNumber(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`"${String(iso)}" is not a date in the form YYYY-MM-DD`)
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY
}

/**
 * The ISO date of a day number (the inverse of {@link dayNumber}).
 *
 * @example
 * ```ts
 * isoOfDayNumber(1) //=> '1970-01-02'
 * ```
 */
export function isoOfDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/**
 * The day `days` after `iso` (before it when negative).
 *
 * @example
 * ```ts
 * addDays('2025-06-01', 90) //=> '2025-08-30'
 * addDays('2024-03-01', -1) //=> '2024-02-29'
 * ```
 */
export function addDays(iso: string, days: number): string {
  return isoOfDayNumber(dayNumber(iso) + days)
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
  dayNumber(iso)
  const year = Number(iso.slice(0, 4)) + years
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const monthDay = iso.slice(5) === '02-29' && !leap ? '02-28' : iso.slice(5)
  return `${String(year).padStart(4, '0')}-${monthDay}`
}

/**
 * The number of days from `from` to `to`, both ends included.
 *
 * @example
 * ```ts
 * daysIn('2024-04-01', '2025-03-31') //=> 365
 * ```
 */
export function daysIn(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1
}
