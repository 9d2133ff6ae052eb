import { addDays } from 'date-fns/addDays'
import { addMonths } from 'date-fns/addMonths'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toDate, toIsoDate } from '../_lib/iso-date.ts'
import { endOfPeriodBeginningWith, isWithinPeriodBeginningWith } from './period.ts'

const DAY = 86_400_000
// Any day 1900–2199: periods need no holiday calendar, so no range limit applies.
const date = fc
  .integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2199, 11, 31) / DAY })
  .map((day) => new Date(day * DAY).toISOString().slice(0, 10))
const months = fc.integer({ min: 1, max: 120 })

describe('endOfPeriodBeginningWith', () => {
  it.each([
    ['2024-01-15', 1, '2024-02-14'],
    ['2024-01-01', 1, '2024-01-31'],
    ['2024-12-15', 1, '2025-01-14'],
    ['2024-12-01', 1, '2024-12-31'],
    ['2023-12-31', 1, '2024-01-30'],
    ['2024-02-28', 1, '2024-03-27'],
    ['2024-01-15', 6, '2024-07-14'],
    ['2025-06-01', 12, '2026-05-31'],
    ['2028-01-29', 1, '2028-02-28'],
    ['2024-02-29', 48, '2028-02-28'],
  ])('T-02/T-03: %s + %i month(s) ends the day before the corresponding date: %s', (s, m, end) => {
    expect(endOfPeriodBeginningWith(s, m)).toBe(end)
  })

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2020-01-30', 1, '2020-02-29'],
    ['2027-01-29', 1, '2027-02-28'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-10-31', 4, '2025-02-28'],
  ])('T-04 [UNCONFIRMED]: %s + %i month(s) with no corresponding day ends %s', (s, m, end) => {
    expect(endOfPeriodBeginningWith(s, m)).toBe(end)
  })

  it('rejects a bad start or a months value that is not a positive integer', () => {
    expect(() => endOfPeriodBeginningWith('2024-02-30', 1)).toThrow('start: "2024-02-30"')
    expect(() => endOfPeriodBeginningWith('2024-01-15', 0)).toThrow(
      'months must be a positive integer, got 0'
    )
    expect(() => endOfPeriodBeginningWith('2024-01-15', -1)).toThrow('got -1')
    expect(() => endOfPeriodBeginningWith('2024-01-15', 1.5)).toThrow('got 1.5')
  })

  it('needs no holiday calendar, so works outside 2018–2030', () => {
    expect(endOfPeriodBeginningWith('1999-12-31', 2)).toBe('2000-02-29')
    expect(endOfPeriodBeginningWith('2100-01-31', 1)).toBe('2100-02-28')
  })

  it('does not depend on the time zone (São Paulo 2018: clocks went forward at midnight)', () => {
    const saved = process.env.TZ
    process.env.TZ = 'America/Sao_Paulo'
    try {
      expect(endOfPeriodBeginningWith('2018-10-05', 1)).toBe('2018-11-04')
      expect(endOfPeriodBeginningWith('2018-11-04', 1)).toBe('2018-12-03')
      expect(endOfPeriodBeginningWith('2018-10-31', 1)).toBe('2018-11-30')
    } finally {
      process.env.TZ = saved
    }
  })

  it('ends on or after start and no later than the date m months on (property)', () => {
    fc.assert(
      fc.property(date, months, (d, m) => {
        const end = endOfPeriodBeginningWith(d, m)
        const limit = toIsoDate(addDays(addMonths(toDate(d), m), 1))
        expect(end >= d && end < limit).toBe(true)
      })
    )
  })

  it('ends the day before the corresponding date whenever that date exists (property)', () => {
    fc.assert(
      fc.property(date, months, (d, m) => {
        const corresponding = addMonths(toDate(d), m)
        fc.pre(corresponding.getDate() === toDate(d).getDate())
        expect(endOfPeriodBeginningWith(d, m)).toBe(toIsoDate(addDays(corresponding, -1)))
      })
    )
  })

  it('grows strictly with the number of months (property)', () => {
    fc.assert(
      fc.property(date, months, months, (d, a, b) => {
        fc.pre(a !== b)
        const [short, long] = a < b ? [a, b] : [b, a]
        expect(endOfPeriodBeginningWith(d, short) < endOfPeriodBeginningWith(d, long)).toBe(true)
      })
    )
  })

  it('lies in the target month or the month before it (property)', () => {
    fc.assert(
      fc.property(date, months, (d, m) => {
        const target = addMonths(toDate(d), m)
        const end = toDate(endOfPeriodBeginningWith(d, m))
        const monthsApart =
          (target.getFullYear() - end.getFullYear()) * 12 + target.getMonth() - end.getMonth()
        expect([0, 1]).toContain(monthsApart)
      })
    )
  })
})

describe('isWithinPeriodBeginningWith', () => {
  it('includes the start day and the last day, and nothing either side', () => {
    expect(isWithinPeriodBeginningWith('2024-01-15', 1, '2024-01-15')).toBe(true)
    expect(isWithinPeriodBeginningWith('2024-01-15', 1, '2024-02-14')).toBe(true)
    expect(isWithinPeriodBeginningWith('2024-01-15', 1, '2024-02-15')).toBe(false)
    expect(isWithinPeriodBeginningWith('2024-01-15', 1, '2024-01-14')).toBe(false)
    expect(isWithinPeriodBeginningWith('2024-01-31', 1, '2024-02-29')).toBe(true)
    expect(isWithinPeriodBeginningWith('2024-01-31', 1, '2024-03-01')).toBe(false)
  })

  it('rejects a bad date, naming it', () => {
    expect(() => isWithinPeriodBeginningWith('2024-01-15', 1, '15/02/2024')).toThrow(
      'date: "15/02/2024" is not a date'
    )
  })

  it('agrees with endOfPeriodBeginningWith (property)', () => {
    fc.assert(
      fc.property(date, months, date, (start, m, d) => {
        const end = endOfPeriodBeginningWith(start, m)
        expect(isWithinPeriodBeginningWith(start, m, d)).toBe(d >= start && d <= end)
        expect(isWithinPeriodBeginningWith(start, m, end)).toBe(true)
        expect(isWithinPeriodBeginningWith(start, m, toIsoDate(addDays(toDate(end), 1)))).toBe(
          false
        )
      })
    )
  })
})
