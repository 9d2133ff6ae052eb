import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IsoDate, toDate, toIsoDate } from './iso-date.ts'

describe('iso dates', () => {
  it('round-trips every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }),
        (date) => {
          const iso = toIsoDate(date)
          expect(toIsoDate(toDate(iso))).toBe(iso)
        }
      )
    )
  })

  it('rejects impossible and malformed dates with the value in the message', () => {
    expect(() => toDate('2023-02-29')).toThrow('"2023-02-29" is not a date')
    expect(() => toDate('29/02/2024')).toThrow(RangeError)
  })
})

describe('IsoDate', () => {
  it('takes days from 1900-01-01 to 2100-12-31 only', () => {
    for (const day of ['1900-01-01', '2024-02-29', '2100-12-31']) {
      expect(IsoDate.safeParse(day).success).toBe(true)
    }
    for (const day of ['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31']) {
      expect(IsoDate.safeParse(day).error?.issues[0]?.message).toBe(
        'must be a date from 1900-01-01 to 2100-12-31'
      )
    }
  })

  it('leaves arithmetic inside the library free to step past the bounds', () => {
    expect(toIsoDate(toDate('2101-01-01'))).toBe('2101-01-01')
  })
})
