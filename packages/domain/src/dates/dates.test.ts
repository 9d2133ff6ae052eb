import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  addDays,
  addYears,
  dayNumber,
  daysIn,
  financialYearOf,
  financialYearStarting,
  isIsoDate,
  isoOfDayNumber,
} from './index.ts'

describe('day numbers', () => {
  test('round-trip every real day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 50_000 }), (day) => {
        expect(dayNumber(isoOfDayNumber(day))).toBe(day)
      })
    )
  })

  test('refuse what is not a real day, naming it', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(isIsoDate('2023-2-1')).toBe(false)
    expect(() => addDays('2023-13-01', 1)).toThrow(RangeError)
    expect(() => addDays('2023-13-01', 1)).toThrow('"2023-13-01"')
  })

  test('step across months, leap days and years', () => {
    expect(addDays('2025-06-01', 90)).toBe('2025-08-30')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28')
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29')
    expect(daysIn('2024-04-01', '2025-03-31')).toBe(365)
  })
})

describe('financial years', () => {
  test('run from 1 April to 31 March and are labelled 2024-25', () => {
    expect(financialYearStarting(2024)).toEqual({
      label: '2024-25',
      from: '2024-04-01',
      to: '2025-03-31',
    })
    expect(financialYearStarting(1999).label).toBe('1999-00')
    expect(financialYearOf('2025-03-31').label).toBe('2024-25')
    expect(financialYearOf('2025-04-01').label).toBe('2025-26')
  })

  test('every day lies in the year financialYearOf names', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 50_000 }), (day) => {
        const iso = isoOfDayNumber(day)
        const year = financialYearOf(iso)
        expect(year.from <= iso && iso <= year.to).toBe(true)
      })
    )
  })
})
