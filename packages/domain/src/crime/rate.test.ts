import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compareRates,
  formatRate,
  ratePer1000,
  rateOf,
  roundHalfAwayFromZero,
  roundRate,
} from './rate.ts'

const volume = fc.integer({ min: 0, max: 10_000_000 })
const population = fc.integer({ min: 1, max: 10_000_000 })

describe('rateOf', () => {
  it('keeps volume and population exactly', () => {
    expect(rateOf(1695, 86949)).toEqual({ volume: 1695, population: 86949 })
  })

  it('rejects negative, fractional and non-finite volumes, naming the value', () => {
    expect(() => rateOf(-1, 100)).toThrow('volume must be a whole number ≥ 0, got -1')
    expect(() => rateOf(1.5, 100)).toThrow('got 1.5')
    expect(() => rateOf(Number.NaN, 100)).toThrow(RangeError)
  })

  it('rejects a zero, negative or fractional population', () => {
    expect(() => rateOf(1, 0)).toThrow('population must be a whole number > 0, got 0')
    expect(() => rateOf(1, -5)).toThrow('got -5')
    expect(() => rateOf(1, 2.5)).toThrow('got 2.5')
  })
})

describe('roundRate and formatRate', () => {
  it('gives the plan figures', () => {
    expect(roundRate(rateOf(1695, 86949))).toBe(19.5)
    expect(formatRate(rateOf(1695, 86949))).toBe('19.5')
    expect(formatRate(rateOf(3006, 86002))).toBe('35.0')
    expect(formatRate(rateOf(0, 86949))).toBe('0.0')
  })

  it('rounds an exact half away from zero, where float arithmetic would not', () => {
    // 1 per 20,000 is exactly 0.05 per 1,000; 201 per 200,000 is exactly 1.005 per 1,000.
    expect(roundRate(rateOf(1, 20_000))).toBe(0.1)
    expect(formatRate(rateOf(201, 200_000), 2)).toBe('1.01') // exactly 1.005
    expect(Math.round(1.005 * 100) / 100).toBe(1) // what the naive way gives
    expect(roundRate(rateOf(1, 20_001))).toBe(0) // just under half rounds down
  })

  it('formats with the requested decimals and validates dp', () => {
    expect(formatRate(rateOf(1, 3), 3)).toBe('333.333')
    expect(formatRate(rateOf(1, 2000), 0)).toBe('1') // exactly 0.5
    expect(formatRate(35)).toBe('35.0')
    expect(formatRate(0.05)).toBe('0.1')
    expect(() => formatRate(rateOf(1, 3), 1.5)).toThrow('dp must be an integer from 0 to 15')
    expect(() => roundRate(rateOf(1, 3), -1)).toThrow(RangeError)
  })

  it('agrees with the exact half-up rule on every ratio (property)', () => {
    fc.assert(
      fc.property(volume, population, (v, p) => {
        const n = BigInt(v) * 10_000n
        const d = BigInt(p)
        const expected = (n / d + (2n * (n % d) >= d ? 1n : 0n)).toString().padStart(2, '0')
        expect(formatRate(rateOf(v, p))).toBe(`${expected.slice(0, -1)}.${expected.slice(-1)}`)
        expect(roundRate(rateOf(v, p))).toBe(
          Number(`${expected.slice(0, -1)}.${expected.slice(-1)}`)
        )
      })
    )
  })
})

describe('compareRates', () => {
  it('tells apart rates that print the same', () => {
    expect(formatRate(rateOf(1404, 85273))).toBe(formatRate(rateOf(1434, 86949)))
    expect(compareRates(rateOf(1404, 85273), rateOf(1434, 86949))).toBe(-1)
    expect(compareRates(rateOf(1434, 86949), rateOf(1404, 85273))).toBe(1)
  })

  it('stays exact beyond 2^53 products', () => {
    const a = rateOf(9_007_199_254_740_991, 9_007_199_254_740_990)
    const b = rateOf(9_007_199_254_740_990, 9_007_199_254_740_989)
    expect(compareRates(a, b)).toBe(-1)
  })

  it('is unchanged when volume and population are scaled by k (property)', () => {
    fc.assert(
      fc.property(volume, population, fc.integer({ min: 1, max: 1000 }), (v, p, k) => {
        const base = rateOf(v, p)
        const scaled = rateOf(v * k, p * k)
        expect(compareRates(base, scaled)).toBe(0)
        expect(formatRate(scaled)).toBe(formatRate(base))
      })
    )
  })

  it('doubles when the volume doubles (property)', () => {
    fc.assert(
      fc.property(volume, population, (v, p) => {
        expect(ratePer1000(rateOf(2 * v, p))).toBe(2 * ratePer1000(rateOf(v, p)))
        // 2v / p equals v / (p / 2) exactly: compare against the rate over half the people.
        expect(compareRates(rateOf(2 * v, 2 * p), rateOf(v, p))).toBe(0)
        expect(compareRates(rateOf(4 * v, 2 * p), rateOf(v, p))).toBe(v === 0 ? 0 : 1)
      })
    )
  })

  it('is a total order consistent with cross-multiplication (property)', () => {
    fc.assert(
      fc.property(volume, population, volume, population, (v1, p1, v2, p2) => {
        const c = compareRates(rateOf(v1, p1), rateOf(v2, p2))
        expect(c).toBe(-compareRates(rateOf(v2, p2), rateOf(v1, p1)) || 0)
        expect(c).toBe(Math.sign(v1 * p2 - v2 * p1) || 0)
      })
    )
  })
})

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero on both sides', () => {
    expect(roundHalfAwayFromZero(0.05)).toBe(0.1)
    expect(roundHalfAwayFromZero(-0.05)).toBe(-0.1)
    expect(roundHalfAwayFromZero(0.15)).toBe(0.2)
    expect(Math.round(-0.05 * 10) / 10).toBe(-0) // Math.round takes halves towards +∞
    expect((1.005).toFixed(2)).toBe('1.00') // and toFixed sees the binary value
    expect(roundHalfAwayFromZero(2.45)).toBe(2.5)
    expect(roundHalfAwayFromZero(-2.45)).toBe(-2.5)
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01)
    expect(roundHalfAwayFromZero(-0.04)).toBe(0)
    expect(Object.is(roundHalfAwayFromZero(-0.04), -0)).toBe(false)
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3)
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3)
  })

  it('reads exponent notation', () => {
    expect(roundHalfAwayFromZero(1e-7)).toBe(0)
    expect(roundHalfAwayFromZero(5e-2)).toBe(0.1)
    expect(roundHalfAwayFromZero(1e21)).toBe(1e21)
  })

  it('rejects non-finite values and bad dp', () => {
    expect(() => roundHalfAwayFromZero(Number.POSITIVE_INFINITY)).toThrow('finite')
    expect(() => roundHalfAwayFromZero(Number.NaN)).toThrow(RangeError)
    expect(() => roundHalfAwayFromZero(1, 16)).toThrow('dp must be an integer from 0 to 15')
  })

  it('is symmetric and rounds every k + 0.05 tenth up in magnitude (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (k) => {
        const half = Number(`${(k / 10).toFixed(1)}5`) // k/10 + 0.05 as written
        const value = k < 0 ? -Math.abs(half) : half
        const rounded = roundHalfAwayFromZero(value)
        expect(roundHalfAwayFromZero(-value)).toBe(-rounded || 0)
        expect(Math.abs(rounded)).toBeGreaterThan(Math.abs(value))
        expect(Math.abs(Math.abs(rounded) - Math.abs(value))).toBeCloseTo(0.05, 10)
      })
    )
  })

  it('never moves a value by more than half a unit (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        expect(Math.abs(roundHalfAwayFromZero(x) - x)).toBeLessThanOrEqual(0.05 + 1e-6)
        expect(roundHalfAwayFromZero(-x)).toBe(-roundHalfAwayFromZero(x) || 0)
      })
    )
  })
})
