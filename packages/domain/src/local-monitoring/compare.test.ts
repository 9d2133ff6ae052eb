import { describe, expect, it } from 'vitest'
import { compareCounts, localChangeDefaults } from './compare.ts'

describe('compareCounts', () => {
  it('compares two equal periods', () => {
    const result = compareCounts(62, 40)
    expect(result).toMatchObject({
      current: 62,
      baseline: 40,
      baselineTotal: 40,
      baselinePeriods: 1,
      difference: 22,
      percentChange: 55,
    })
    expect(result.z).toBeCloseTo(2.19, 2)
    expect(result.p).toBeCloseTo(0.037, 3)
  })

  it('gives the mean and difference of a k-period baseline to 1 d.p., exactly', () => {
    // 61 / 3 = 20.333…; 30 − 20.333… = 9.666…; 100 · (90 − 61) / 61 = 47.54…
    expect(compareCounts(30, 61, 3)).toMatchObject({
      baseline: 20.3,
      difference: 9.7,
      percentChange: 47.5,
    })
    // 5 / 2 = 2.5 and 1 − 2.5 = −1.5 round half away from zero
    expect(compareCounts(1, 5, 2)).toMatchObject({ baseline: 2.5, difference: -1.5 })
  })

  it('gives a percentage only on a baseline of at least 20 a period', () => {
    expect(compareCounts(8, 12).percentChange).toBeNull()
    expect(compareCounts(30, 19).percentChange).toBeNull()
    expect(compareCounts(30, 20).percentChange).toBe(50)
    expect(compareCounts(30, 59, 3).percentChange).toBeNull()
    expect(localChangeDefaults.minimumBaselineForPercent).toBe(20)
  })
})
