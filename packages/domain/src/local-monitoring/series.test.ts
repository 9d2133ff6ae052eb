import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LocalData } from './local-data.ts'
import { monthKeyIn } from './months.ts'
import { MonthlySeries, monthlySeries } from './series.ts'
import { arbLocalData, asb, district, drugs, withGapCounts } from './test-local-data.ts'

const data: LocalData = {
  counts: [
    { unit: 'L1', month: '2024-11', measure: asb, count: 3 },
    { unit: 'L1', month: '2024-11', measure: asb, count: 2 }, // a second force's rows add up
    { unit: 'L2', month: '2024-11', measure: asb, count: 4 },
    { unit: 'L2', month: '2024-12', measure: asb, count: 6 },
    { unit: 'L2', month: '2024-12', measure: drugs, count: 1 },
    { unit: 'L3', month: '2024-11', measure: asb, count: 50 }, // another district
  ],
  noArea: [{ area: district, month: '2024-11', measure: asb, count: 1 }],
  areas: { [district]: ['L1', 'L2'], W1: ['L1', 'L1'], E07000035: ['L3'] },
  coverage: {
    months: ['2024-09', '2024-11', '2024-12', '2025-01'],
    gaps: [
      { month: '2024-12', measure: asb },
      { month: '2025-01', measure: null },
    ],
  },
}

describe('monthlySeries', () => {
  it('sums the units and the no-area rows, with gaps and months never imported as missing', () => {
    const series = monthlySeries(data, {
      area: district,
      measure: asb,
      from: '2024-09',
      to: '2025-01',
    })
    expect(MonthlySeries.parse(series)).toEqual(series)
    expect(series).toEqual({
      area: district,
      measure: asb,
      from: '2024-09',
      to: '2025-01',
      complete: false,
      points: [
        { month: '2024-09', count: 0, complete: true },
        { month: '2024-10', count: null, complete: false },
        { month: '2024-11', count: 10, complete: true },
        { month: '2024-12', count: null, complete: false },
        { month: '2025-01', count: null, complete: false },
      ],
    })
  })

  it('gives a ward its units counted once, and a unit on its own', () => {
    const ward = monthlySeries(data, { area: 'W1', measure: asb, from: '2024-11', to: '2024-11' })
    expect(ward.points).toEqual([{ month: '2024-11', count: 5, complete: true }])
    expect(ward.complete).toBe(true)
    const lsoa = monthlySeries(data, { area: 'L2', measure: drugs, from: '2024-12', to: '2024-12' })
    expect(lsoa.points).toEqual([{ month: '2024-12', count: 1, complete: true }])
  })

  it('names the bad field', () => {
    const query = { area: district, measure: asb, from: '2024-09', to: '2025-01' }
    expect(() => monthlySeries(data, { ...query, from: '2025-02' })).toThrow(
      'from (2025-02) must not be after to (2025-01)'
    )
    expect(() => monthlySeries(data, { ...query, to: '2025-13' })).toThrow('to: "2025-13"')
    expect(() => monthlySeries(data, { ...query, measure: 'ASB' })).toThrow(
      'measure: "ASB" is not a measure id'
    )
    expect(() => monthlySeries(data, { ...query, area: 'W9' })).toThrow('unknown area "W9"')
    const bad = { ...data, counts: [{ unit: 'L1', month: '2024-11', measure: asb, count: -1 }] }
    expect(() => monthlySeries(bad, query)).toThrow(
      'counts[0].count must be a whole number ≥ 0, got -1'
    )
    const noUnit = { ...data, counts: [{ unit: '', month: '2024-11', measure: asb, count: 1 }] }
    expect(() => monthlySeries(noUnit, query)).toThrow('counts[0].unit must be a non-empty string')
    const badNoArea = {
      ...data,
      noArea: [{ area: district, month: '2024-1', measure: asb, count: 1 }],
    }
    expect(() => monthlySeries(badNoArea, query)).toThrow('noArea[0].month: "2024-1"')
  })
})

const arbRange = fc
  .tuple(fc.integer({ min: 0, max: 48 }), fc.integer({ min: 0, max: 48 }))
  .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
const monthAt = (i: number) =>
  `${2021 + Math.floor((i + 5) / 12)}-${String(((i + 5) % 12) + 1).padStart(2, '0')}`

describe('monthlySeries (properties)', () => {
  it('has one point per month, in order, with a count exactly when complete', () => {
    fc.assert(
      fc.property(arbLocalData, arbRange, fc.constantFrom(asb, drugs), (data, [a, b], measure) => {
        const from = monthAt(a)
        const to = monthAt(b)
        const { points } = monthlySeries(data, { area: district, measure, from, to })
        expect(points).toHaveLength(b - a + 1)
        expect(points[0]?.month).toBe(from)
        points.forEach((point, i) => {
          if (i > 0) {
            expect(monthKeyIn(point.month, 'm')).toBe(
              monthKeyIn(points[i - 1]?.month as string, 'm') + 1
            )
          }
          expect(point.count === null).toBe(!point.complete)
        })
      })
    )
  })

  it('adds up: the LSOAs plus no area equal the district, and the wards equal their LSOAs', () => {
    fc.assert(
      fc.property(arbLocalData, fc.constantFrom(asb, drugs), (data, measure) => {
        const query = { measure, from: '2021-06', to: '2025-06' }
        const total = monthlySeries(data, { ...query, area: district }).points
        const lsoas = (data.areas[district] as string[]).map(
          (lsoa) => monthlySeries(data, { ...query, area: lsoa }).points
        )
        const noArea = (data.noArea ?? []).filter((row) => row.measure === measure)
        const wards = Object.keys(data.areas)
          .filter((code) => code.startsWith('W'))
          .map((ward) => monthlySeries(data, { ...query, area: ward }).points)
        total.forEach((point, i) => {
          const parts = lsoas.map((series) => series[i]?.count ?? null)
          if (!point.complete) {
            expect(parts.every((count) => count === null)).toBe(true)
            return
          }
          const extra = noArea.find((row) => row.month === point.month)?.count ?? 0
          expect(point.count).toBe(parts.reduce<number>((sum, c) => sum + (c ?? 0), 0) + extra)
          const wardSum = wards.reduce((sum, ward) => sum + (ward[i]?.count ?? 0), 0)
          expect(wardSum + extra).toBe(point.count)
        })
      }),
      { numRuns: 40 }
    )
  })

  it('never reads the counts of a month with a gap', () => {
    fc.assert(
      fc.property(arbLocalData, fc.constantFrom(asb, drugs), (data, measure) => {
        const query = { area: district, measure, from: '2021-06', to: '2025-06' }
        const zeroed = withGapCounts(data, () => 0)
        const tripled = withGapCounts(data, (count) => count * 3 + 1)
        expect(monthlySeries(zeroed, query)).toEqual(monthlySeries(data, query))
        expect(monthlySeries(tripled, query)).toEqual(monthlySeries(data, query))
      })
    )
  })
})
