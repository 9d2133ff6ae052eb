import type { HolidayCalendar } from './holiday-calendar.ts'

/**
 * Thrown when a working-day calculation reaches a date the calendar does not cover (BH-04):
 * guessing "no holiday" there could silently give a wrong deadline.
 *
 * @example
 * ```ts
 * try { isWorkingDay('2031-01-02') } catch (e) { (e as OutsideCalendarRangeError).coversTo }
 * //=> '2030-12-31'
 * ```
 */
export class OutsideCalendarRangeError extends RangeError {
  override readonly name = 'OutsideCalendarRangeError'
  readonly date: string
  readonly division: string
  readonly coversFrom: string
  readonly coversTo: string

  constructor(
    date: string,
    calendar: Pick<HolidayCalendar, 'division' | 'coversFrom' | 'coversTo'>
  ) {
    super(
      `${date} is outside the ${calendar.division} holiday calendar, which covers ` +
        `${calendar.coversFrom} to ${calendar.coversTo}; supply a calendar that covers it`
    )
    this.date = date
    this.division = calendar.division
    this.coversFrom = calendar.coversFrom
    this.coversTo = calendar.coversTo
  }
}
