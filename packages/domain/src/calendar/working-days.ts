import { assertCovered, calendarIndex, type CalendarOptions } from './holiday-calendar.ts'
import { assertInteger, dayNumberToIso, isWeekendDay, toDayNumber } from './iso.ts'

type Index = ReturnType<typeof calendarIndex>

// Day numbers rather than Dates, so that loops and comparisons do not depend on the time zone.
function workingOn(day: number, index: Index): boolean {
  const iso = dayNumberToIso(day)
  assertCovered(iso, index)
  return !isWeekendDay(day) && !index.byDate.has(iso)
}

/**
 * Whether `date` is a working day: not a Saturday or Sunday and not in the calendar (T-05,
 * BH-06). The default calendar lists Good Friday, Christmas Day and Boxing Day as well as the
 * bank holidays, which matches the common statutory definition.
 * Throws `OutsideCalendarRangeError` outside the calendar's range and a `RangeError` for a bad date.
 *
 * @example
 * ```ts
 * isWorkingDay('2026-12-24') //=> true
 * isWorkingDay('2026-12-28') //=> false (Boxing Day substitute)
 * isWorkingDay('2026-12-27') //=> false (Sunday)
 * ```
 */
export function isWorkingDay(date: string, options?: CalendarOptions): boolean {
  return workingOn(toDayNumber(date, 'date'), calendarIndex(options))
}

/**
 * The `n`-th working day after `start`, not counting `start` itself (BH-06): "within 10 working
 * days of receipt" ends on `addWorkingDays(receipt, 10)`. A negative `n` counts backwards and
 * `n = 0` returns `start` unchanged (even if it is not a working day). Whether day 1 is the day
 * after receipt is a local rule: pass the adjusted start if your procedure differs.
 * Throws a `RangeError` if `n` is not an integer, and `OutsideCalendarRangeError` if the count
 * starts or runs outside the calendar.
 *
 * @example
 * ```ts
 * addWorkingDays('2025-12-23', 3) //=> '2025-12-30' (skips 25–26 Dec and the weekend)
 * addWorkingDays('2027-01-04', -1) //=> '2026-12-31'
 * addWorkingDays('2026-12-26', 0) //=> '2026-12-26'
 * ```
 */
export function addWorkingDays(start: string, n: number, options?: CalendarOptions): string {
  assertInteger(n, 'n')
  let day = toDayNumber(start, 'start')
  const index = calendarIndex(options)
  assertCovered(start, index)
  const step = Math.sign(n)
  for (let remaining = Math.abs(n); remaining > 0;) {
    day += step
    if (workingOn(day, index)) remaining -= 1
  }
  return dayNumberToIso(day)
}

/**
 * The first working day after `date`.
 *
 * @example
 * ```ts
 * nextWorkingDay('2026-12-24') //=> '2026-12-29'
 * ```
 */
export function nextWorkingDay(date: string, options?: CalendarOptions): string {
  return addWorkingDays(date, 1, options)
}

/**
 * The last working day before `date`.
 *
 * @example
 * ```ts
 * previousWorkingDay('2027-01-04') //=> '2026-12-31'
 * ```
 */
export function previousWorkingDay(date: string, options?: CalendarOptions): string {
  return addWorkingDays(date, -1, options)
}

/**
 * How many working days lie after `from` up to and including `to`: the inverse of
 * {@link addWorkingDays}, so `workingDaysBetween(d, addWorkingDays(d, n)) === n`. When `to` is
 * before `from` the count is negative (working days from `to` up to, not including, `from`).
 * Use it for "how many working days has this case been open" and overdue checks.
 *
 * @example
 * ```ts
 * workingDaysBetween('2025-12-23', '2025-12-30') //=> 3
 * workingDaysBetween('2025-12-30', '2025-12-23') //=> -3
 * workingDaysBetween('2025-12-24', '2025-12-24') //=> 0
 * ```
 */
export function workingDaysBetween(from: string, to: string, options?: CalendarOptions): number {
  const start = toDayNumber(from, 'from')
  const end = toDayNumber(to, 'to')
  const index = calendarIndex(options)
  assertCovered(from, index)
  assertCovered(to, index)
  if (end < start) return -countWorking(end, start - 1, index)
  return countWorking(start + 1, end, index)
}

// Counts working days in first..last inclusive (0 when last is before first).
function countWorking(first: number, last: number, index: Index): number {
  let count = 0
  for (let day = first; day <= last; day += 1) {
    if (workingOn(day, index)) count += 1
  }
  return count
}
