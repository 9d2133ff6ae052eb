import { addMonths } from 'date-fns/addMonths'
import { subDays } from 'date-fns/subDays'
import { toIsoDate } from '../_lib/iso-date.ts'
import { parseDateArgument } from '../_lib/iso-date.ts'

/**
 * The last day of "the period of `months` month(s) beginning with `start`" (T-01…T-04).
 * Months are calendar months (T-01). The period includes `start` (T-03), so it normally ends the
 * day before the corresponding date `months` later (T-02): 15 Jan + 1 month ends on 14 Feb.
 *
 * [UNCONFIRMED] T-04 edge: when the target month has no corresponding day (31 Jan → February),
 * the period ends on the LAST day of the target month (28/29 Feb), not the day before it. This is
 * a design choice for consistency with T-02/T-03; the case law for this edge has not been
 * verified (docs/rules.md#dates-and-periods; open question 7 in docs/rules.md#open-questions).
 *
 * Needs no holiday calendar, so it works for any date. Throws a `RangeError` for a bad `start`
 * or if `months` is not a positive integer.
 *
 * @example
 * ```ts
 * endOfPeriodBeginningWith('2024-01-15', 1) //=> '2024-02-14'
 * endOfPeriodBeginningWith('2024-01-31', 1) //=> '2024-02-29' (T-04, unconfirmed edge)
 * endOfPeriodBeginningWith('2024-12-01', 1) //=> '2024-12-31'
 * ```
 */
export function endOfPeriodBeginningWith(start: string, months: number): string {
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(`months must be a positive integer, got ${String(months)}`)
  }
  const from = parseDateArgument(start, 'start')
  // date-fns clamps a missing day to the month's last day, which is exactly the T-04 end.
  const corresponding = addMonths(from, months)
  const clamped = corresponding.getDate() !== from.getDate()
  return toIsoDate(clamped ? corresponding : subDays(corresponding, 1))
}

/**
 * Whether `date` falls within the period of `months` month(s) beginning with `start`, i.e.
 * `start <= date <= endOfPeriodBeginningWith(start, months)`. For example a complaint qualifies
 * for an ASB case review only if the application is within six months beginning with the date
 * the complaint was made (ASB-11): `isWithinPeriodBeginningWith(complaintDate, 6, applied)`.
 *
 * @example
 * ```ts
 * isWithinPeriodBeginningWith('2024-01-15', 1, '2024-02-14') //=> true
 * isWithinPeriodBeginningWith('2024-01-15', 1, '2024-02-15') //=> false
 * isWithinPeriodBeginningWith('2024-01-15', 1, '2024-01-14') //=> false
 * ```
 */
export function isWithinPeriodBeginningWith(start: string, months: number, date: string): boolean {
  parseDateArgument(date, 'date')
  const end = endOfPeriodBeginningWith(start, months)
  return date >= start && date <= end
}
