import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { englandAndWalesBankHolidays } from './bank-holidays.ts'
import { OutsideCalendarRangeError } from './errors.ts'
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from './working-days.ts'

const DAY = 86_400_000
const isoFromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10)
// Dates a year inside the calendar, so ±200 working days never leave 2018–2030.
const date = fc
  .integer({ min: Date.UTC(2019, 0, 1) / DAY, max: Date.UTC(2029, 11, 31) / DAY })
  .map((day) => isoFromUtc(day * DAY))
const steps = fc.integer({ min: -200, max: 200 })
const listed = new Set(englandAndWalesBankHolidays.holidays.map((h) => h.date))

describe('isWorkingDay', () => {
  it('is true on an ordinary weekday and false at weekends', () => {
    expect(isWorkingDay('2026-03-11')).toBe(true) // Wednesday
    expect(isWorkingDay('2026-03-14')).toBe(false) // Saturday
    expect(isWorkingDay('2026-03-15')).toBe(false) // Sunday
  })

  it('excludes Good Friday, Easter Monday and the May and August Mondays', () => {
    for (const d of ['2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25']) {
      expect(isWorkingDay(d), d).toBe(false)
    }
    expect(isWorkingDay('2025-04-17')).toBe(true)
    expect(isWorkingDay('2025-04-22')).toBe(true)
  })

  it('follows the one-off moves of 2020, 2022 and 2023', () => {
    expect(isWorkingDay('2020-05-04')).toBe(true)
    expect(isWorkingDay('2020-05-08')).toBe(false)
    expect(isWorkingDay('2022-05-30')).toBe(true)
    expect(isWorkingDay('2022-06-02')).toBe(false)
    expect(isWorkingDay('2022-06-03')).toBe(false)
    expect(isWorkingDay('2022-09-19')).toBe(false)
    expect(isWorkingDay('2023-05-01')).toBe(false)
    expect(isWorkingDay('2023-05-08')).toBe(false)
  })

  it('excludes substitute days after weekend Christmas and New Year', () => {
    for (const d of ['2022-01-03', '2023-01-02', '2026-12-28', '2027-12-27', '2027-12-28']) {
      expect(isWorkingDay(d), d).toBe(false)
    }
    expect(isWorkingDay('2027-12-29')).toBe(true)
    expect(isWorkingDay('2026-12-29')).toBe(true)
  })

  it('is false exactly on weekends and listed days (property)', () => {
    fc.assert(
      fc.property(date, (d) => {
        const weekday = new Date(`${d}T00:00Z`).getUTCDay()
        expect(isWorkingDay(d)).toBe(weekday !== 0 && weekday !== 6 && !listed.has(d))
      })
    )
  })

  it('rejects bad dates and dates outside the calendar', () => {
    expect(() => isWorkingDay('2026-02-29')).toThrow('date: "2026-02-29" is not a date')
    expect(() => isWorkingDay('26/12/2026')).toThrow(RangeError)
    expect(() => isWorkingDay('2031-01-01')).toThrow(OutsideCalendarRangeError)
    expect(() => isWorkingDay('2017-12-29')).toThrow(/covers 2018-01-01 to 2030-12-31/)
  })
})

describe('addWorkingDays', () => {
  it('excludes the start day and skips Christmas/New Year runs', () => {
    expect(addWorkingDays('2025-12-19', 10)).toBe('2026-01-07')
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-29')
    expect(addWorkingDays('2027-12-24', 1)).toBe('2027-12-29')
    expect(addWorkingDays('2027-12-31', 1)).toBe('2028-01-04')
    expect(addWorkingDays('2021-12-31', 1)).toBe('2022-01-04')
    expect(addWorkingDays('2022-12-23', 1)).toBe('2022-12-28')
  })

  it('skips Easter and the one-off days, and crosses 29 February', () => {
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22')
    expect(addWorkingDays('2020-05-07', 1)).toBe('2020-05-11')
    expect(addWorkingDays('2022-05-31', 3)).toBe('2022-06-07')
    expect(addWorkingDays('2022-09-16', 1)).toBe('2022-09-20')
    expect(addWorkingDays('2023-05-05', 1)).toBe('2023-05-09')
    expect(addWorkingDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addWorkingDays('2028-02-28', 2)).toBe('2028-03-01')
  })

  it('counts backwards for negative n and returns start for n = 0', () => {
    expect(addWorkingDays('2025-04-22', -1)).toBe('2025-04-17')
    expect(addWorkingDays('2028-01-04', -1)).toBe('2027-12-31')
    expect(addWorkingDays('2026-12-26', 0)).toBe('2026-12-26')
  })

  it('starts counting from a non-working start day', () => {
    expect(addWorkingDays('2026-12-26', 1)).toBe('2026-12-29')
    expect(addWorkingDays('2026-12-27', -1)).toBe('2026-12-24')
  })

  it('rejects a non-integer n, naming it', () => {
    expect(() => addWorkingDays('2026-01-05', 1.5)).toThrow('n must be an integer, got 1.5')
    expect(() => addWorkingDays('2026-01-05', Number.NaN)).toThrow('got NaN')
    expect(() => addWorkingDays('2026-01-05', Infinity)).toThrow('got Infinity')
  })

  it('rejects a bad start and fails loudly when the count leaves the calendar', () => {
    expect(() => addWorkingDays('2026-1-5', 1)).toThrow('start: "2026-1-5" is not a date')
    expect(() => addWorkingDays('2031-01-06', 0)).toThrow(OutsideCalendarRangeError)
    expect(() => addWorkingDays('2030-12-30', 5)).toThrow(
      expect.objectContaining({ date: '2031-01-01', coversTo: '2030-12-31' })
    )
    expect(() => addWorkingDays('2018-01-03', -3)).toThrow(
      expect.objectContaining({ date: '2017-12-31', coversFrom: '2018-01-01' })
    )
  })

  it('always lands on a working day for n ≠ 0 (property)', () => {
    fc.assert(
      fc.property(date, steps, (d, n) => {
        fc.pre(n !== 0)
        expect(isWorkingDay(addWorkingDays(d, n))).toBe(true)
      })
    )
  })

  it('moves strictly in the direction of n and skips only non-working days (property)', () => {
    fc.assert(
      fc.property(date, (d) => {
        const next = nextWorkingDay(d)
        const previous = previousWorkingDay(d)
        expect(previous < d && d < next).toBe(true)
        for (let t = Date.parse(`${d}T00:00Z`) + DAY; isoFromUtc(t) < next; t += DAY) {
          expect(isWorkingDay(isoFromUtc(t))).toBe(false)
        }
      })
    )
  })

  it('returns to a working start when stepped back by -n (property)', () => {
    fc.assert(
      fc.property(date, steps, (d, n) => {
        fc.pre(isWorkingDay(d))
        expect(addWorkingDays(addWorkingDays(d, n), -n)).toBe(d)
      })
    )
  })

  it('composes: n then m working days equals n + m for n, m ≥ 0 (property)', () => {
    const forward = fc.nat({ max: 100 })
    fc.assert(
      fc.property(date, forward, forward, (d, n, m) => {
        expect(addWorkingDays(addWorkingDays(d, n), m)).toBe(addWorkingDays(d, n + m))
      })
    )
  })
})

describe('workingDaysBetween', () => {
  it('counts working days after from up to and including to', () => {
    expect(workingDaysBetween('2025-12-19', '2026-01-07')).toBe(10)
    expect(workingDaysBetween('2025-12-24', '2025-12-24')).toBe(0)
    expect(workingDaysBetween('2025-12-24', '2025-12-26')).toBe(0)
    expect(workingDaysBetween('2024-01-01', '2024-12-31')).toBe(254)
    expect(workingDaysBetween('2025-01-01', '2025-12-31')).toBe(253)
  })

  it('is negative when to is before from', () => {
    expect(workingDaysBetween('2025-12-30', '2025-12-23')).toBe(-3)
    expect(workingDaysBetween('2026-01-07', '2025-12-19')).toBe(-10)
  })

  it('rejects bad or uncovered dates, naming the argument', () => {
    expect(() => workingDaysBetween('x', '2026-01-01')).toThrow('from: "x" is not a date')
    expect(() => workingDaysBetween('2026-01-01', '2026-00-01')).toThrow('to: "2026-00-01"')
    expect(() => workingDaysBetween('2030-12-01', '2031-01-31')).toThrow(OutsideCalendarRangeError)
  })

  it('does not depend on the time zone (São Paulo 2018: clocks went forward at midnight)', () => {
    const saved = process.env.TZ
    process.env.TZ = 'America/Sao_Paulo'
    try {
      expect(new Date(2018, 10, 4).getHours()).toBe(1) // local midnight did not exist
      expect(workingDaysBetween('2018-11-01', '2018-11-09')).toBe(6)
      expect(workingDaysBetween('2018-11-09', '2018-11-01')).toBe(-6)
      expect(addWorkingDays('2018-11-09', -6)).toBe('2018-11-01')
      expect(isWorkingDay('2018-11-05')).toBe(true)
    } finally {
      process.env.TZ = saved
    }
  })

  it('inverts addWorkingDays for every start and n (property)', () => {
    fc.assert(
      fc.property(date, steps, (d, n) => {
        expect(workingDaysBetween(d, addWorkingDays(d, n))).toBe(n)
      })
    )
  })

  it('adds up over consecutive spans (property)', () => {
    fc.assert(
      fc.property(fc.array(date, { minLength: 3, maxLength: 3 }), (dates) => {
        const [a, b, c] = dates.sort() as [string, string, string]
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c))
      }),
      { numRuns: 30 }
    )
  })
})
