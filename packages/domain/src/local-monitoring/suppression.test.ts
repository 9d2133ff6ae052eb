import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ChangeRow } from './change-schema.ts'
import {
  isSmallCount,
  localSuppressionRule,
  suppressChangeRow,
  suppressHotSpotRow,
  suppressSeriesPoint,
} from './suppression.ts'

const row: ChangeRow = {
  area: 'E05012345',
  measure: 'police-uk.drugs',
  current: 3,
  baseline: 12,
  baselineTotal: 12,
  baselinePeriods: 1,
  difference: -9,
  percentChange: null,
  z: -2.45,
  p: 0.035,
  pAdjusted: 0.035,
  flag: 'decrease',
  complete: true,
  excludedMonths: [],
  limits: null,
}

describe('local suppression', () => {
  it('hides counts from 1 to threshold − 1 only', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.integer({ min: 1, max: 20 }), (count, threshold) => {
        expect(isSmallCount(count, threshold)).toBe(count >= 1 && count < threshold)
      })
    )
    expect(isSmallCount(null)).toBe(false)
    expect(() => isSmallCount(1, 0)).toThrow(/threshold/)
  })

  it('a hidden month stays complete; a gap stays a gap', () => {
    expect(suppressSeriesPoint({ month: '2024-12', count: 4, complete: true })).toEqual({
      month: '2024-12',
      count: null,
      complete: true,
      suppressed: true,
    })
    expect(suppressSeriesPoint({ month: '2024-12', count: null, complete: false })).toEqual({
      month: '2024-12',
      count: null,
      complete: false,
      suppressed: false,
    })
    expect(suppressSeriesPoint({ month: '2024-12', count: 0, complete: true }).count).toBe(0)
  })

  it('a change row with a small current or baseline hides every figure that reveals them', () => {
    const hidden = suppressChangeRow(row)
    expect(hidden).toMatchObject({ current: null, baseline: null, difference: null, z: null })
    expect(hidden.p).toBeNull()
    expect(hidden.flag).toBe('decrease')
    expect(suppressChangeRow({ ...row, current: 30 }).current).toBe(30)
    expect(suppressChangeRow({ ...row, current: 30, baselineTotal: 2 }).current).toBeNull()
  })

  it('a hot-spot row keeps its rank and persistence', () => {
    const out = suppressHotSpotRow({
      unit: 'E01019863',
      rank: 9,
      count: 7,
      quarterCounts: [3, 4],
      hot: [false, true],
      persistence: 'emerging',
    })
    expect(out).toMatchObject({ count: 7, quarterCounts: [null, null], rank: 9, suppressed: true })
  })

  it('says its rule', () => {
    expect(localSuppressionRule(5)).toMatch(/1 to 4/)
    expect(localSuppressionRule(1)).toBe('No counts are suppressed.')
  })
})
