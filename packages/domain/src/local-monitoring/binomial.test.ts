import { describe, expect, it } from 'vitest'
import { binomialTails, changeZ, exactConditionalP, logBinomialProbability } from './binomial.ts'
import { exactTwoSidedP } from './test-exact-binomial.ts'

// Reference values from SciPy 1.x (`2 * min(binom.cdf(C, n, p), binom.sf(C - 1, n, p))`), an
// independent implementation, and docs/local-monitoring.md#worked-example (40 → 62).
describe('exactConditionalP', () => {
  it('gives the reference p for 40 → 62, either way round', () => {
    expect(exactConditionalP(62, 40)).toBeCloseTo(0.037066767438560584, 14)
    expect(exactConditionalP(40, 62)).toBeCloseTo(0.037066767438560584, 14)
  })

  it('tests against a k-period baseline with success probability 1 / (1 + k)', () => {
    expect(exactConditionalP(30, 60, 3)).toBeCloseTo(0.09456777108088982, 13)
    expect(exactConditionalP(5, 45, 3)).toBeCloseTo(0.014092450642366937, 13)
    expect(exactConditionalP(12, 30, 3)).toBeCloseTo(0.7025920330089626, 13)
    expect(exactConditionalP(0, 30, 3)).toBeCloseTo(0.0003571641803400297, 16)
  })

  it('stays exact for counts in the tens of thousands and beyond', () => {
    const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1)
    expect(relative(exactConditionalP(10200, 9800), 0.004780889455902781)).toBeLessThan(1e-10)
    expect(relative(exactConditionalP(9800, 10200), 0.004780889455902781)).toBeLessThan(1e-10)
    expect(relative(exactConditionalP(5_000_000, 5_010_000), 0.0015756248126437878)).toBeLessThan(
      1e-8
    )
  })

  it('agrees with exact rational arithmetic for a few thousand counts', () => {
    for (const [current, baseline, k] of [
      [1630, 1500, 1],
      [1500, 1630, 1],
      [700, 2400, 3],
      [2400, 2400, 1],
    ] as const) {
      const exact = exactTwoSidedP(current, baseline, k)
      expect(Math.abs(exactConditionalP(current, baseline, k) / exact - 1)).toBeLessThan(1e-10)
    }
  })

  it('is 0, not NaN or negative, when the true p is below what a double holds', () => {
    expect(exactConditionalP(40000, 0)).toBe(0)
    expect(exactConditionalP(0, 40000)).toBe(0)
  })

  it('is 1 when there is nothing to test or no change at all', () => {
    expect(exactConditionalP(0, 0)).toBe(1)
    expect(exactConditionalP(5, 5)).toBe(1)
    expect(exactConditionalP(1, 0)).toBe(1)
    expect(exactConditionalP(20, 60, 3)).toBe(1)
  })

  it('rejects counts and periods that are not whole numbers', () => {
    expect(() => exactConditionalP(-1, 4)).toThrow(/current must be a whole number ≥ 0, got -1/)
    expect(() => exactConditionalP(1.5, 4)).toThrow(RangeError)
    expect(() => exactConditionalP(1, Number.NaN)).toThrow(/baselineTotal/)
    expect(() => exactConditionalP(1, 4, 0)).toThrow(/periods must be a whole number ≥ 1, got 0/)
  })
})

describe('changeZ', () => {
  it('is √2(√C − √B) for two equal periods', () => {
    expect(changeZ(62, 40)).toBeCloseTo(2.19, 2)
    expect(changeZ(62, 40)).toBeCloseTo(Math.SQRT2 * (Math.sqrt(62) - Math.sqrt(40)), 14)
    expect(changeZ(40, 62)).toBeCloseTo(-2.1912568156608847, 14)
    expect(changeZ(0, 0)).toBe(0)
  })

  it('is 2(√C − √H)/√(1 + 1/k) against k periods with mean H', () => {
    // H = 20, k = 3: 2(√30 − √20)/√(4/3)
    expect(changeZ(30, 60, 3)).toBeCloseTo(1.740866288090304, 14)
  })

  it('rejects bad input', () => {
    expect(() => changeZ(3, -2)).toThrow(/baselineTotal/)
    expect(() => changeZ(3, 2, 1.5)).toThrow(/periods/)
  })
})

describe('binomialTails', () => {
  it('gives both tails, each including the point', () => {
    expect(binomialTails(0, 2, 0.5)).toEqual({ lower: 0.25, upper: 1 })
    expect(binomialTails(1, 2, 0.5)).toEqual({ lower: 0.75, upper: 0.75 })
    expect(binomialTails(0, 0, 0.5)).toEqual({ lower: 1, upper: 1 })
  })

  it('computes single probabilities without overflow', () => {
    expect(Math.exp(logBinomialProbability(1, 2, 0.5))).toBeCloseTo(0.5, 15)
    // P(X = 50 000) for Binomial(100 000, ½) = 0.00252312621419…
    expect(Math.exp(logBinomialProbability(50_000, 100_000, 0.5))).toBeCloseTo(
      0.0025231262141967386,
      15
    )
  })
})
