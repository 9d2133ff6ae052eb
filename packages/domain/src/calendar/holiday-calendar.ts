import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { englandAndWalesBankHolidays } from './bank-holidays.ts'
import { OutsideCalendarRangeError } from './errors.ts'
import { parseDateArgument } from '../_lib/iso-date.ts'

/**
 * One day off in a {@link HolidayCalendar}, shaped like an event of the GOV.UK feed
 * (`https://www.gov.uk/bank-holidays.json`) without its `bunting` flag.
 *
 * @example
 * ```ts
 * BankHoliday.parse({ date: '2026-12-28', title: 'Boxing Day', notes: 'Substitute day' })
 * //=> { date: '2026-12-28', title: 'Boxing Day', notes: 'Substitute day' }
 * ```
 */
export const BankHoliday = z
  .object({
    date: IsoDate,
    title: z.string().min(1),
    /** The feed's notes, e.g. "Substitute day". */
    notes: z.string().optional(),
  })
  .meta({ id: 'BankHoliday' })
export type BankHoliday = z.infer<typeof BankHoliday>

/**
 * How one year's list was obtained: `retrieved` from the source (e.g. the GOV.UK feed),
 * `proclaimed` (reproduced from the days proclaimed for a year that has been proclaimed, one-off
 * days included, without fetching the feed), or `computed` from the statutory pattern for a year
 * not yet proclaimed, where a proclamation can still add or move a day.
 *
 * @example
 * ```ts
 * CalendarYear.parse({ year: 2027, obtained: 'computed' }).obtained //=> 'computed'
 * ```
 */
export const CalendarYear = z
  .object({
    year: z.number().int(),
    obtained: z.enum(['retrieved', 'proclaimed', 'computed']),
    note: z.string().min(1).optional(),
  })
  .meta({ id: 'CalendarYear' })
export type CalendarYear = z.infer<typeof CalendarYear>

/**
 * A versioned list of days off that are not weekends, with where it came from and the range of
 * dates it is known to be complete for. Working-day functions refuse dates outside
 * `coversFrom..coversTo` (BH-04) because "no holiday listed" there means "unknown", not "none".
 * The version is `source.retrievedAt` for a list taken from its source, or `source.compiledOn`
 * for one compiled by hand; exactly one is given. `years`, when given, says how each year of the
 * range was obtained (see {@link CalendarYear}).
 *
 * @example
 * ```ts
 * HolidayCalendar.parse({
 *   division: 'england-and-wales',
 *   source: { title: 'UK bank holidays', url: 'https://www.gov.uk/bank-holidays.json',
 *     retrievedAt: '2026-01-05' },
 *   coversFrom: '2026-01-01', coversTo: '2026-12-31',
 *   holidays: [{ date: '2026-12-25', title: 'Christmas Day' }],
 * }).coversTo //=> '2026-12-31'
 * ```
 */
export const HolidayCalendar = z
  .object({
    /** E.g. the feed's division key `england-and-wales`, or a local name for a custom calendar. */
    division: z.string().min(1),
    source: z
      .object({
        title: z.string().min(1),
        url: z.url(),
        /** When the list was taken from the source: the calendar's version. */
        retrievedAt: IsoDate.optional(),
        /** When the list was compiled by hand rather than retrieved: the calendar's version. */
        compiledOn: IsoDate.optional(),
        /** How the list was made, if not a plain copy of the source. */
        note: z.string().optional(),
      })
      .refine((s) => (s.retrievedAt === undefined) !== (s.compiledOn === undefined), {
        error: 'give exactly one of retrievedAt (taken from the source) and compiledOn (compiled)',
        path: ['retrievedAt'],
      }),
    coversFrom: IsoDate,
    coversTo: IsoDate,
    holidays: z.array(BankHoliday),
    years: z.array(CalendarYear).optional(),
  })
  .superRefine((calendar, ctx) => {
    if (calendar.coversFrom > calendar.coversTo) {
      ctx.addIssue({
        code: 'custom',
        path: ['coversTo'],
        message: `coversTo ${calendar.coversTo} is before coversFrom ${calendar.coversFrom}`,
      })
    }
    const seen = new Set<string>()
    calendar.holidays.forEach(({ date }, index) => {
      if (date < calendar.coversFrom || date > calendar.coversTo) {
        ctx.addIssue({
          code: 'custom',
          path: ['holidays', index, 'date'],
          message: `${date} is outside ${calendar.coversFrom}..${calendar.coversTo}`,
        })
      }
      if (seen.has(date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['holidays', index, 'date'],
          message: `${date} is listed twice`,
        })
      }
      seen.add(date)
    })
    if (calendar.years !== undefined) {
      const first = Number(calendar.coversFrom.slice(0, 4))
      const last = Number(calendar.coversTo.slice(0, 4))
      const wanted = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i)
      const given = calendar.years.map((y) => y.year)
      if (given.join() !== wanted.join()) {
        ctx.addIssue({
          code: 'custom',
          path: ['years'],
          message: `years must list each year from ${first} to ${last} once, in order`,
        })
      }
    }
  })
  .meta({ id: 'HolidayCalendar' })
export type HolidayCalendar = z.infer<typeof HolidayCalendar>

/**
 * Options shared by every calendar function. `calendar` defaults to
 * {@link englandAndWalesBankHolidays}; pass your own for another division or a local list.
 *
 * @example
 * ```ts
 * const options: CalendarOptions = { calendar: englandAndWalesBankHolidays }
 * addWorkingDays('2026-12-24', 1, options) //=> '2026-12-29'
 * ```
 */
export interface CalendarOptions {
  calendar?: HolidayCalendar
}

interface CalendarIndex {
  readonly calendar: HolidayCalendar
  readonly byDate: ReadonlyMap<string, BankHoliday>
}

// Calendars are treated as immutable: each is validated and indexed once, on first use.
const indexes = new WeakMap<HolidayCalendar, CalendarIndex>()

/**
 * @internal Validates (once) and indexes the calendar in `options`, defaulting to E&W.
 *
 * @example
 * ```ts
 * calendarIndex(undefined).byDate.get('2025-12-25')?.title //=> 'Christmas Day'
 * ```
 */
export function calendarIndex(options: CalendarOptions | undefined): CalendarIndex {
  const given = options?.calendar ?? englandAndWalesBankHolidays
  const cached = indexes.get(given)
  if (cached) return cached
  const result = HolidayCalendar.safeParse(given)
  if (!result.success) {
    throw new TypeError(`calendar is not a valid HolidayCalendar: ${z.prettifyError(result.error)}`)
  }
  const calendar = result.data
  const index = { calendar, byDate: new Map(calendar.holidays.map((h) => [h.date, h])) }
  indexes.set(given, index)
  return index
}

/**
 * @internal Throws {@link OutsideCalendarRangeError} unless `iso` is inside the calendar.
 *
 * @example
 * ```ts
 * assertCovered('2025-06-02', calendarIndex(undefined)) // returns
 * assertCovered('1900-01-01', calendarIndex(undefined)) // throws OutsideCalendarRangeError
 * ```
 */
export function assertCovered(iso: string, { calendar }: CalendarIndex): void {
  if (iso < calendar.coversFrom || iso > calendar.coversTo) {
    throw new OutsideCalendarRangeError(iso, calendar)
  }
}

/**
 * The holiday on `date`, or `undefined` if there is none. Throws for a date outside the calendar.
 *
 * @example
 * ```ts
 * findHoliday('2027-12-28')
 * //=> { date: '2027-12-28', title: 'Boxing Day', notes: 'Substitute day' }
 * findHoliday('2027-12-29') //=> undefined
 * ```
 */
export function findHoliday(date: string, options?: CalendarOptions): BankHoliday | undefined {
  parseDateArgument(date, 'date')
  const index = calendarIndex(options)
  assertCovered(date, index)
  return index.byDate.get(date)
}
