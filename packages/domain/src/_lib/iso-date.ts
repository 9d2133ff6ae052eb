import { z } from 'zod'

/**
 * The first and last days a date at a boundary may be: 1 January 1900 and 31 December 2100.
 * Nothing the toolkit records or publishes falls outside them, and a bound keeps date
 * arithmetic (a window of periods, a day after the last) in four-digit years that sort as
 * strings and that PostgreSQL stores.
 *
 * @example
 * ```ts
 * isoDateRange //=> { min: '1900-01-01', max: '2100-12-31' }
 * ```
 */
export const isoDateRange = Object.freeze({ min: '1900-01-01', max: '2100-12-31' } as const)

// Any real day in a four-digit year: for arithmetic inside the library, which may step past
// the bounds of IsoDate (the day after 2100-12-31) without it being an input.
const CalendarDate = z.iso.date()

/**
 * A calendar date at a boundary of the library: ISO `YYYY-MM-DD`, a real day, from
 * 1900-01-01 to 2100-12-31 ({@link isoDateRange}).
 *
 * @example
 * ```ts
 * IsoDate.parse('2024-02-29') //=> '2024-02-29'
 * IsoDate.safeParse('2023-02-29').success //=> false
 * IsoDate.safeParse('9999-12-31').success //=> false
 * ```
 */
export const IsoDate = z.iso
  .date()
  .refine((day) => day >= isoDateRange.min && day <= isoDateRange.max, {
    error: `must be a date from ${isoDateRange.min} to ${isoDateRange.max}`,
  })
  .meta({
    id: 'IsoDate',
    description: `ISO date YYYY-MM-DD, from ${isoDateRange.min} to ${isoDateRange.max}`,
  })
export type IsoDate = z.infer<typeof IsoDate>

/**
 * Parses an ISO `YYYY-MM-DD` string to a local-midnight `Date` for date-fns arithmetic.
 * Throws a `RangeError` naming the value when it is not a real calendar date.
 *
 * @example
 * ```ts
 * toDate('2024-02-29') //=> Date at local midnight, 29 February 2024
 * toDate('2023-02-29') // throws RangeError
 * ```
 */
export function toDate(iso: string): Date {
  if (!CalendarDate.safeParse(iso).success) {
    throw new RangeError(`"${iso}" is not a date in the form YYYY-MM-DD`)
  }
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  // Local midnight: date-fns works in local time, and local midnight never crosses a date line.
  return new Date(year, month - 1, day)
}

/**
 * Formats a `Date` as ISO `YYYY-MM-DD` in local time (the inverse of {@link toDate}).
 *
 * @example
 * ```ts
 * toIsoDate(new Date(2024, 1, 29)) //=> '2024-02-29'
 * ```
 */
export function toIsoDate(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, '0')
  const month = String(date.getMonth() + 1).padStart(2, '0')
  const day = String(date.getDate()).padStart(2, '0')
  return `${year}-${month}-${day}`
}

/**
 * Parses an ISO date argument to local midnight, naming the argument when it is bad, so a
 * caller sees `issuedOn: "2024-13-01" is not …` rather than a bare value.
 *
 * @example
 * ```ts
 * parseDateArgument('2024-04-01', 'issuedOn') //=> Date at local midnight, 1 April 2024
 * parseDateArgument('2024-13-01', 'issuedOn') // throws RangeError('issuedOn: "2024-13-01" is not …')
 * ```
 */
export function parseDateArgument(value: string, field: string): Date {
  if (typeof value !== 'string' || !CalendarDate.safeParse(value).success) {
    throw new RangeError(`${field}: ${JSON.stringify(value)} is not a date in the form YYYY-MM-DD`)
  }
  return toDate(value)
}
