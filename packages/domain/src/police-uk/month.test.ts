import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  monthFromKey,
  monthKeyAt,
  monthKeyOf,
  PoliceUkMonth,
  policeUkMonthsBetween,
} from './month.ts'
import { utf8Bytes } from './utf8.ts'

describe('monthKeyAt', () => {
  it('reads YYYY-MM in place', () => {
    expect(monthKeyAt(utf8Bytes('x,2024-12,y'), 2, 9)).toBe(2024 * 12 + 11)
    expect(monthKeyAt(utf8Bytes('2024-01'), 0, 7)).toBe(2024 * 12)
    expect(monthKeyAt(utf8Bytes('2024-01'), 0, 6)).toBe(-1)
  })

  it('rejects anything but a real YYYY-MM', () => {
    for (const bad of [
      '2024-13',
      '2024-00',
      '2024-1',
      '2024/12',
      '24-12-1',
      '2024-1a',
      '',
      'x024-12',
      '2024-012',
      '２０２４-12',
    ]) {
      expect(monthKeyOf(bad), bad).toBe(-1)
    }
  })

  it('agrees with the PoliceUkMonth schema and round-trips (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 7, maxLength: 7 }), (value) => {
        expect(monthKeyOf(value) >= 0).toBe(PoliceUkMonth.safeParse(value).success)
      })
    )
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 * 12 + 11 }), (key) => {
        const month = monthFromKey(key)
        expect(PoliceUkMonth.parse(month)).toBe(month)
        expect(monthKeyAt(utf8Bytes(`,${month},`), 1, 8)).toBe(key)
      })
    )
  })
})

describe('policeUkMonthsBetween', () => {
  it('lists every month inclusive, across a year end', () => {
    expect(policeUkMonthsBetween('2024-11', '2025-02')).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ])
    expect(policeUkMonthsBetween('2024-05', '2024-05')).toEqual(['2024-05'])
  })

  it('throws a RangeError naming the bad value', () => {
    expect(() => policeUkMonthsBetween('2024-13', '2025-01')).toThrow(/"2024-13" is not a month/)
    expect(() => policeUkMonthsBetween('2024-01', 'soon')).toThrow(/"soon"/)
    expect(() => policeUkMonthsBetween('2025-01', '2024-01')).toThrow(RangeError)
  })
})
