import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toDate, toIsoDate } from './iso-date.ts'

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
