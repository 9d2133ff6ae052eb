import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { adjustPValues, PAdjustment } from './adjust.ts'

const close = (actual: (number | null)[], expected: (number | null)[]) => {
  expect(actual).toHaveLength(expected.length)
  actual.forEach((value, i) => {
    const want = expected[i] ?? null
    if (want === null) expect(value).toBeNull()
    else expect(value).toBeCloseTo(want, 12)
  })
}

describe('adjustPValues', () => {
  // Worked by hand: m = 5. BH: (5/i)·p₍ᵢ₎ = 0.05 for every i. Holm: 5·0.01, 4·0.02, 3·0.03,
  // then the running maximum 0.09.
  it('adjusts by Benjamini–Hochberg by default, and by Holm when asked', () => {
    const p = [0.01, 0.02, 0.03, 0.04, 0.05]
    close(adjustPValues(p), [0.05, 0.05, 0.05, 0.05, 0.05])
    close(adjustPValues(p, 'holm'), [0.05, 0.08, 0.09, 0.09, 0.09])
  })

  it('keeps nulls out of the family and in their places, in any order', () => {
    close(adjustPValues([0.01, 0.04, null, 0.03]), [0.03, 0.04, null, 0.04])
    close(adjustPValues([0.01, 0.04, null, 0.03], 'holm'), [0.03, 0.06, null, 0.06])
    expect(adjustPValues([null, null])).toEqual([null, null])
    expect(adjustPValues([])).toEqual([])
  })

  it('caps adjusted p at 1', () => {
    close(adjustPValues([0.6, 0.9], 'holm'), [1, 1])
    close(adjustPValues([0.9, 0.95]), [0.95, 0.95])
  })

  it('rejects a p outside [0, 1] and an unknown method', () => {
    expect(() => adjustPValues([0.2, 1.5])).toThrow(/pValues\[1\] must be between 0 and 1/)
    expect(() => adjustPValues([Number.NaN])).toThrow(RangeError)
    expect(() => adjustPValues([0.2], 'bonferroni' as PAdjustment)).toThrow(/method must be one of/)
  })
})

const pValues = fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), {
  maxLength: 60,
})
const method = fc.constantFrom(...PAdjustment.options)

describe('adjustPValues (properties)', () => {
  it('never flags more than the unadjusted p values', () => {
    fc.assert(
      fc.property(
        pValues,
        method,
        fc.double({ min: 0.001, max: 0.2, noNaN: true }),
        (ps, m, alpha) => {
          const adjusted = adjustPValues(ps, m)
          const flaggedAdjusted = adjusted.filter((p) => p !== null && p < alpha).length
          const flagged = ps.filter((p) => p !== null && p < alpha).length
          expect(flaggedAdjusted).toBeLessThanOrEqual(flagged)
          adjusted.forEach((p, i) => {
            const raw = ps[i] ?? null
            if (raw === null) expect(p).toBeNull()
            else {
              expect(p).toBeGreaterThanOrEqual(raw)
              expect(p).toBeLessThanOrEqual(1)
            }
          })
        }
      )
    )
  })

  it('keeps the order of the p values, and Holm is never less strict than BH', () => {
    fc.assert(
      fc.property(pValues, (ps) => {
        const bh = adjustPValues(ps)
        const holm = adjustPValues(ps, 'holm')
        ps.forEach((a, i) =>
          ps.forEach((b, j) => {
            if (a === null || b === null || a > b) return
            expect(bh[i] as number).toBeLessThanOrEqual(bh[j] as number)
            expect(holm[i] as number).toBeLessThanOrEqual(holm[j] as number)
          })
        )
        bh.forEach(
          (p, i) => p !== null && expect(p).toBeLessThanOrEqual((holm[i] as number) + 1e-15)
        )
      })
    )
  })
})
