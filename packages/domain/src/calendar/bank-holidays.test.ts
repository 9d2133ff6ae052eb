import { describe, expect, it } from 'vitest'
import { englandAndWalesBankHolidays as ew } from './bank-holidays.ts'
import { HolidayCalendar } from './holiday-calendar.ts'

// An independent computation of the regular pattern (BH-02), in UTC day arithmetic so it shares
// nothing with the library code. The hand-written table must equal it plus the one-off moves.
const pad = (n: number) => String(n).padStart(2, '0')
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d))
const iso = (date: Date) =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
const shift = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000)

/** Easter Sunday by Gauss's algorithm for the Gregorian calendar, with its two exceptions. */
function gaussEaster(y: number): Date {
  const [a, b, c, k] = [y % 19, y % 4, y % 7, Math.floor(y / 100)]
  const p = Math.floor((13 + 8 * k) / 25)
  const q = Math.floor(k / 4)
  const M = (15 - p + k - q) % 30
  const N = (4 + k - q) % 7
  const d = (19 * a + M) % 30
  const e = (2 * b + 4 * c + 6 * d + N) % 7
  if (d === 29 && e === 6) return utc(y, 4, 19)
  if (d === 28 && e === 6 && (11 * M + 11) % 30 < 19) return utc(y, 4, 18)
  return utc(y, 3, 22 + d + e)
}

const firstMonday = (y: number, m: number) => {
  const first = utc(y, m, 1)
  return shift(first, (8 - first.getUTCDay()) % 7)
}
const lastMonday = (y: number, m: number) => {
  const last = utc(y, m + 1, 0)
  return shift(last, -((last.getUTCDay() + 6) % 7))
}

type Row = { date: string; title: string; notes?: string }
const sub = (date: Date, title: string): Row => ({
  date: iso(date),
  title,
  notes: 'Substitute day',
})

function regularYear(y: number): Row[] {
  const newYear = utc(y, 1, 1)
  const easter = gaussEaster(y)
  const xmas = utc(y, 12, 25)
  const rows: Row[] = [
    newYear.getUTCDay() % 6 === 0
      ? sub(shift(newYear, newYear.getUTCDay() === 6 ? 2 : 1), 'New Year’s Day')
      : { date: iso(newYear), title: 'New Year’s Day' },
    { date: iso(shift(easter, -2)), title: 'Good Friday' },
    { date: iso(shift(easter, 1)), title: 'Easter Monday' },
    { date: iso(firstMonday(y, 5)), title: 'Early May bank holiday' },
    { date: iso(lastMonday(y, 5)), title: 'Spring bank holiday' },
    { date: iso(lastMonday(y, 8)), title: 'Summer bank holiday' },
  ]
  // A day that falls on a weekday keeps its date; weekend ones take, in order, the next weekdays
  // still free (BFDA Sch 1; e.g. 2022: Boxing Day Mon 26, Christmas Day substitute Tue 27).
  const days = [
    { date: xmas, title: 'Christmas Day' },
    { date: shift(xmas, 1), title: 'Boxing Day' },
  ]
  const isWeekend = (date: Date) => date.getUTCDay() % 6 === 0
  const taken = new Set(days.filter((d) => !isWeekend(d.date)).map((d) => iso(d.date)))
  for (const { date, title } of days) {
    if (!isWeekend(date)) {
      rows.push({ date: iso(date), title })
      continue
    }
    let day = date
    while (isWeekend(day) || taken.has(iso(day))) day = shift(day, 1)
    taken.add(iso(day))
    rows.push(sub(day, title))
  }
  return rows
}

function expectedTable(): Row[] {
  const rows = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]
    .flatMap(regularYear)
    .filter((row) => row.date !== '2020-05-04' && row.date !== '2022-05-30')
  rows.push(
    { date: '2020-05-08', title: 'Early May bank holiday (VE day)' },
    { date: '2022-06-02', title: 'Spring bank holiday' },
    { date: '2022-06-03', title: 'Platinum Jubilee bank holiday' },
    { date: '2022-09-19', title: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
    { date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III' }
  )
  return rows.sort((x, y) => x.date.localeCompare(y.date))
}

const datesIn = (year: number) =>
  ew.holidays.map((h) => h.date).filter((date) => date.startsWith(`${year}-`))

describe('englandAndWalesBankHolidays', () => {
  it('is a valid HolidayCalendar for england-and-wales from the GOV.UK feed', () => {
    expect(HolidayCalendar.parse(ew)).toEqual(ew)
    expect(ew.division).toBe('england-and-wales')
    expect(ew.source.url).toBe('https://www.gov.uk/bank-holidays.json')
    expect([ew.coversFrom, ew.coversTo]).toEqual(['2018-01-01', '2030-12-31'])
  })

  it('Gauss Easter matches known Easter Sundays 2018–2030', () => {
    const known = ['2018-04-01', '2019-04-21', '2020-04-12', '2021-04-04', '2022-04-17']
    known.push('2023-04-09', '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28')
    known.push('2028-04-16', '2029-04-01', '2030-04-21')
    expect(known.map((d) => iso(gaussEaster(Number(d.slice(0, 4)))))).toEqual(known)
    // The algorithm's exceptions: 1981 (d = 29, e = 6) and 1954 (d = 28, e = 6).
    expect([iso(gaussEaster(1981)), iso(gaussEaster(1954))]).toEqual(['1981-04-19', '1954-04-18'])
  })

  it('equals the computed regular pattern plus the one-off days, in date order', () => {
    expect(ew.holidays).toEqual(expectedTable())
  })

  it('lists only weekdays, with no duplicates (weekend holidays appear as substitutes)', () => {
    const dates = ew.holidays.map((h) => h.date)
    expect(new Set(dates).size).toBe(dates.length)
    for (const date of dates) expect([0, 6]).not.toContain(new Date(`${date}T00:00Z`).getUTCDay())
  })

  it('matches the BH-05 vectors for 2025, 2026 and 2027', () => {
    expect(datesIn(2025)).toEqual(
      ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'].map(
        (d) => `2025-${d}`
      )
    )
    expect(datesIn(2026)).toEqual(
      ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'].map(
        (d) => `2026-${d}`
      )
    )
    expect(datesIn(2027)).toEqual(
      ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'].map(
        (d) => `2027-${d}`
      )
    )
  })

  it('has eight days a year except the one-off years 2020 (moved), 2022 (+2) and 2023 (+1)', () => {
    const counts = Array.from({ length: 13 }, (_, i) => datesIn(2018 + i).length)
    expect(counts).toEqual([8, 8, 8, 8, 10, 9, 8, 8, 8, 8, 8, 8, 8])
    expect(datesIn(2020)).toContain('2020-05-08')
    expect(datesIn(2020)).not.toContain('2020-05-04')
    expect(datesIn(2022)).toEqual(
      expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19'])
    )
    expect(datesIn(2022)).not.toContain('2022-05-30')
    expect(datesIn(2023)).toEqual(expect.arrayContaining(['2023-05-01', '2023-05-08']))
  })

  it('marks substitute days as the feed does', () => {
    const subs = ew.holidays.filter((h) => h.notes === 'Substitute day').map((h) => h.date)
    expect(subs).toEqual([
      '2020-12-28',
      '2021-12-27',
      '2021-12-28',
      '2022-01-03',
      '2022-12-27',
      '2023-01-02',
      '2026-12-28',
      '2027-12-27',
      '2027-12-28',
      '2028-01-03',
    ])
  })

  it('cannot be modified by a caller', () => {
    expect(Object.isFrozen(ew) && Object.isFrozen(ew.holidays)).toBe(true)
    expect(() => (ew.holidays as Row[]).push({ date: '2030-12-30', title: 'x' })).toThrow(TypeError)
  })
})
