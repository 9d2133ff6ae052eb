import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { englandAndWalesBankHolidays } from './bank-holidays.ts'
import { type BankHoliday, HolidayCalendar } from './holiday-calendar.ts'

/**
 * GOV.UK's `https://www.gov.uk/bank-holidays.json` (BH-01): for each division, its events with
 * `notes` ("" or e.g. "Substitute day") and a `bunting` flag.
 *
 * @example
 * ```ts
 * GovUkBankHolidays.parse({ 'england-and-wales': { division: 'england-and-wales', events: [
 *   { title: 'Christmas Day', date: '2026-12-25', notes: '', bunting: true }] } })
 * ```
 */
export const GovUkBankHolidays = z
  .record(
    z.string(),
    z.object({
      division: z.string(),
      events: z.array(
        z.object({
          title: z.string().min(1),
          date: IsoDate,
          notes: z.string(),
          bunting: z.boolean(),
        })
      ),
    })
  )
  .meta({ id: 'GovUkBankHolidays' })
export type GovUkBankHolidays = z.infer<typeof GovUkBankHolidays>

/**
 * What {@link compareWithGovUkFeed} found, over the days both lists cover (`compared`, from the
 * first of January of the feed's first year to the end of its last, within the calendar's
 * range): days in the feed but not the calendar (`missing`), in the calendar but not the feed
 * (`extra`), and days in both whose title or notes differ (`changed`). `same` when all are empty.
 *
 * @example
 * ```ts
 * const c: FeedComparison = { division: 'england-and-wales', compared: null, feedYears: [],
 *   missing: [], extra: [], changed: [], same: true }
 * ```
 */
export interface FeedComparison {
  division: string
  compared: { from: string; to: string } | null
  feedYears: number[]
  missing: BankHoliday[]
  extra: BankHoliday[]
  changed: { date: string; bundled: BankHoliday; feed: BankHoliday }[]
  same: boolean
}

/**
 * Compares a holiday calendar (default: the bundled {@link englandAndWalesBankHolidays}) with
 * GOV.UK's feed given as parsed JSON, so a maintainer can see what to change before refreshing
 * the bundled list. Only the years the feed lists are compared (it publishes a rolling window),
 * within the calendar's range. Pure: the caller reads the file.
 *
 * @throws {TypeError} for a feed that is not in the GOV.UK format (naming the field, e.g.
 *   `england-and-wales.events[0].date`) or lacks the calendar's division.
 * @example
 * ```ts
 * compareWithGovUkFeed(JSON.parse(text)).same //=> true when the bundled list agrees
 * ```
 */
export function compareWithGovUkFeed(
  feed: unknown,
  calendar: HolidayCalendar = englandAndWalesBankHolidays
): FeedComparison {
  const parsed = GovUkBankHolidays.safeParse(feed)
  if (!parsed.success) {
    throw new TypeError(
      `Not a GOV.UK bank-holidays.json file: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`
    )
  }
  const { division } = HolidayCalendar.parse(calendar)
  const events = parsed.data[division]?.events
  if (events === undefined) {
    throw new TypeError(`The feed has no "${division}" division`)
  }
  const feedDays: BankHoliday[] = events.map(({ date, title, notes }) =>
    notes === '' ? { date, title } : { date, title, notes }
  )
  const feedYears = [...new Set(feedDays.map((d) => Number(d.date.slice(0, 4))))].sort()
  const first = feedYears[0]
  const last = feedYears.at(-1)
  const from = first === undefined ? null : `${first}-01-01`
  const to = last === undefined ? null : `${last}-12-31`
  const compared =
    from === null || to === null || from > calendar.coversTo || to < calendar.coversFrom
      ? null
      : {
          from: from < calendar.coversFrom ? calendar.coversFrom : from,
          to: to > calendar.coversTo ? calendar.coversTo : to,
        }
  const inside = (day: BankHoliday) =>
    compared !== null && day.date >= compared.from && day.date <= compared.to
  const bundled = new Map(calendar.holidays.filter(inside).map((h) => [h.date, h]))
  const published = new Map(feedDays.filter(inside).map((h) => [h.date, h]))
  const missing = [...published.values()].filter((h) => !bundled.has(h.date))
  const extra = [...bundled.values()].filter((h) => !published.has(h.date))
  const changed = [...published.values()].flatMap((f) => {
    const b = bundled.get(f.date)
    if (b === undefined || (b.title === f.title && (b.notes ?? '') === (f.notes ?? ''))) return []
    return [{ date: f.date, bundled: { ...b }, feed: f }]
  })
  const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date)
  return {
    division,
    compared,
    feedYears,
    missing: missing.sort(byDate),
    extra: extra.map((h) => ({ ...h })).sort(byDate),
    changed: changed.sort(byDate),
    same: missing.length === 0 && extra.length === 0 && changed.length === 0,
  }
}
