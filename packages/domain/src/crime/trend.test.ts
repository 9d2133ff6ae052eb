import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { trendDirection, trendPercent } from './trend.ts'

describe('trendPercent', () => {
  it('gives the change to 1 d.p.', () => {
    expect(trendPercent(1695, 1821)).toBe(-6.9)
    expect(trendPercent(3, 2)).toBe(50)
    expect(trendPercent(2, 2)).toBe(0)
    expect(trendPercent(0, 7)).toBe(-100)
  })

  it('rounds an exact half away from zero, up and down', () => {
    expect(trendPercent(2001, 2000)).toBe(0.1) // +0.05%
    expect(trendPercent(1999, 2000)).toBe(-0.1) // −0.05%
    expect(trendPercent(20_003, 20_000)).toBe(0) // +0.015% rounds to 0.0
  })

  it('is null, never a fall, when there is nothing to compare with', () => {
    expect(trendPercent(5, 0)).toBeNull()
    expect(trendPercent(5, null)).toBeNull()
    expect(trendPercent(5, undefined)).toBeNull()
    expect(trendPercent(null, 5)).toBeNull()
    expect(trendPercent(0, 0)).toBeNull()
  })

  it('rejects negative and fractional counts', () => {
    expect(() => trendPercent(-1, 5)).toThrow('current must be a whole number ≥ 0, got -1')
    expect(() => trendPercent(5, 2.5)).toThrow('previous must be a whole number ≥ 0, got 2.5')
  })

  it('has the sign of the change and is within 0.05 of the true value (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.integer({ min: 1, max: 1_000_000 }),
        (current, previous) => {
          const trend = trendPercent(current, previous)
          const exact = ((current - previous) * 100) / previous
          expect(trend).not.toBeNull()
          expect(Math.abs((trend ?? 0) - exact)).toBeLessThanOrEqual(0.05 + 1e-9)
          if (current > previous) expect(trend).toBeGreaterThanOrEqual(0)
          if (current < previous) expect(trend).toBeLessThanOrEqual(0)
          expect(Math.round((trend ?? 0) * 10) / 10).toBe(trend)
        }
      )
    )
  })
})

describe('trendDirection', () => {
  it('reads the sign, with 0 neither way and a gap unknown', () => {
    expect(trendDirection(-6.9)).toBe('decrease')
    expect(trendDirection(46.4)).toBe('increase')
    expect(trendDirection(0)).toBe('unchanged')
    expect(trendDirection(null)).toBe('unknown')
    expect(trendDirection(undefined)).toBe('unknown')
    expect(trendDirection(Number.NaN)).toBe('unknown')
  })
})
