import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { changeZ, exactConditionalP } from './binomial.ts'
import { exactTwoSidedP } from './test-exact-binomial.ts'

const count = (max: number) => fc.integer({ min: 0, max })
const periods = fc.integer({ min: 1, max: 5 })

describe('exactConditionalP (properties)', () => {
  it('agrees with a brute-force binomial sum in exact rational arithmetic', () => {
    fc.assert(
      fc.property(count(150), count(150), periods, (current, baseline, k) => {
        const expected = exactTwoSidedP(current, baseline, k)
        const actual = exactConditionalP(current, baseline, k)
        expect(Math.abs(actual - expected)).toBeLessThanOrEqual(expected * 1e-10 + 1e-300)
      }),
      { numRuns: 400 }
    )
  })

  it('is always a probability, even for counts in the tens of thousands', () => {
    fc.assert(
      fc.property(count(60_000), count(60_000), periods, (current, baseline, k) => {
        const p = exactConditionalP(current, baseline, k)
        expect(p).toBeGreaterThanOrEqual(0)
        expect(p).toBeLessThanOrEqual(1)
      }),
      { numRuns: 300 }
    )
  })

  it('treats a rise and the same fall alike when the periods are equal', () => {
    fc.assert(
      fc.property(count(20_000), count(20_000), (a, b) => {
        expect(exactConditionalP(a, b)).toBe(exactConditionalP(b, a))
      })
    )
  })

  it('falls as the current count moves further above the baseline', () => {
    fc.assert(
      fc.property(count(5_000), fc.integer({ min: 1, max: 500 }), periods, (baseline, step, k) => {
        const expected = Math.ceil(baseline / k)
        const nearer = exactConditionalP(expected + step, baseline, k)
        const further = exactConditionalP(expected + step + 1, baseline, k)
        expect(further).toBeLessThanOrEqual(nearer * (1 + 1e-12))
      })
    )
  })

  it('gives Z the sign of the change', () => {
    fc.assert(
      fc.property(count(10_000), count(10_000), periods, (current, baseline, k) => {
        const excess = current * k - baseline
        expect(Math.sign(changeZ(current, baseline, k))).toBe(Math.sign(excess))
      })
    )
  })
})
