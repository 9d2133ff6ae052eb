import { describe, expect, it } from 'vitest'
import { HotSpotList, hotSpots } from './hot-spots.ts'
import type { LocalData } from './local-data.ts'
import { monthsFromTo } from './months.ts'
import { asb, district, drugs } from './test-local-data.ts'

// Quarter counts for 2024 (each in the quarter's first month). With the top 30 % (3 of 10
// units) and at least 2 a quarter: U01 hot every quarter, U02 only in Q4, U03 only in Q1, U04
// in Q1, Q3 and Q4; the six others never.
const quarters: Record<string, number[]> = {
  U01: [20, 21, 22, 21],
  U02: [0, 0, 1, 30],
  U03: [25, 0, 0, 0],
  U04: [12, 1, 12, 12],
}
const units = Array.from({ length: 10 }, (_, i) => `U${String(i + 1).padStart(2, '0')}`)
const year = monthsFromTo('2024-01', '2024-12')
const data: LocalData = {
  counts: units.flatMap((unit) =>
    year.map((month, m) => ({
      unit,
      month,
      measure: asb,
      count: m % 3 === 0 ? (quarters[unit]?.[m / 3] ?? 1) : 0,
    }))
  ),
  areas: { [district]: units },
  coverage: { months: monthsFromTo('2023-01', '2024-12'), gaps: [] },
}
const query = { measure: asb, area: district, hotShare: 0.3, minimumCount: 2 }

describe('hotSpots', () => {
  it('ranks units by count, ties sharing a rank, and classifies their persistence', () => {
    const list = hotSpots(data, query)
    expect(HotSpotList.parse(list)).toEqual(list)
    expect(list).toMatchObject({
      measure: asb,
      from: '2024-01',
      to: '2024-12',
      complete: true,
      excludedMonths: [],
      units: 10,
      rule: { hotShare: 0.3, minimumCount: 2, persistentShare: 0.8, recentQuarters: 1 },
    })
    expect(list.quarters).toEqual([
      { from: '2024-01', to: '2024-03', complete: true },
      { from: '2024-04', to: '2024-06', complete: true },
      { from: '2024-07', to: '2024-09', complete: true },
      { from: '2024-10', to: '2024-12', complete: true },
    ])
    expect(list.rows.slice(0, 5)).toEqual([
      {
        unit: 'U01',
        rank: 1,
        count: 84,
        quarterCounts: [20, 21, 22, 21],
        hot: [true, true, true, true],
        persistence: 'persistent',
      },
      {
        unit: 'U04',
        rank: 2,
        count: 37,
        quarterCounts: [12, 1, 12, 12],
        hot: [true, false, true, true],
        persistence: 'intermittent',
      },
      {
        unit: 'U02',
        rank: 3,
        count: 31,
        quarterCounts: [0, 0, 1, 30],
        hot: [false, false, false, true],
        persistence: 'emerging',
      },
      {
        unit: 'U03',
        rank: 4,
        count: 25,
        quarterCounts: [25, 0, 0, 0],
        hot: [true, false, false, false],
        persistence: 'former',
      },
      {
        unit: 'U05',
        rank: 5,
        count: 4,
        quarterCounts: [1, 1, 1, 1],
        hot: [false, false, false, false],
        persistence: null,
      },
    ])
    expect(list.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 5, 5, 5, 5, 5])
  })

  it('keeps the rows ranked within the limit, ties included', () => {
    expect(hotSpots(data, { ...query, limit: 2 }).rows.map((r) => r.unit)).toEqual(['U01', 'U04'])
    expect(hotSpots(data, { ...query, limit: 5 }).rows).toHaveLength(10)
  })

  it('leaves a month with a gap out for every unit, and its quarter unknown', () => {
    const spring = hotSpots(
      { ...data, coverage: { ...data.coverage, gaps: [{ month: '2024-05', measure: asb }] } },
      query
    )
    expect(spring).toMatchObject({ complete: false, excludedMonths: ['2024-05'] })
    expect(spring.quarters[1]).toEqual({ from: '2024-04', to: '2024-06', complete: false })
    const u04 = spring.rows.find((r) => r.unit === 'U04')
    expect(u04).toMatchObject({
      count: 37,
      quarterCounts: [12, null, 12, 12],
      hot: [true, null, true, true],
      persistence: 'persistent',
    })

    const autumn = hotSpots(
      { ...data, coverage: { ...data.coverage, gaps: [{ month: '2024-12', measure: null }] } },
      query
    )
    expect(autumn.rows.find((r) => r.unit === 'U03')?.persistence).toBe('unknown')
    expect(autumn.rows.find((r) => r.unit === 'U02')).toMatchObject({
      count: 31,
      persistence: null,
    })
  })

  it('takes the 12 months to the latest import by default, and the units with counts when given no area', () => {
    const list = hotSpots({ ...data, areas: undefined }, { measure: asb })
    expect([list.from, list.to, list.units]).toEqual(['2024-01', '2024-12', 10])
    expect(list.rule.hotShare).toBe(0.1)
    expect(hotSpots(data, { measure: drugs }).units).toBe(0)
  })

  it('ranks the units given, zero counts included, and splits 24 months into 8 quarters with 2 recent', () => {
    const list = hotSpots(data, {
      measure: asb,
      units: ['U02', 'Z99', 'U02'],
      from: '2023-01',
      to: '2024-12',
    })
    expect(list.units).toBe(2)
    expect(list.quarters).toHaveLength(8)
    expect(list.rule.recentQuarters).toBe(2)
    expect(list.rows.map((r) => [r.unit, r.rank, r.count])).toEqual([
      ['U02', 1, 31],
      ['Z99', 2, 0],
    ])
  })

  it('names what is wrong', () => {
    expect(() => hotSpots(data, { ...query, from: '2024-03' })).toThrow(
      'the window must be whole quarters, from 6 to 120 months; 2024-03 to 2024-12 is 10'
    )
    expect(() => hotSpots(data, { ...query, from: '2024-10' })).toThrow(/is 3/)
    expect(() => hotSpots(data, { ...query, measure: 'asb!' })).toThrow(
      'measure: "asb!" is not a measure id'
    )
    expect(() => hotSpots(data, { ...query, hotShare: 0 })).toThrow(
      'hotShare must be above 0 and at most 1, got 0'
    )
    expect(() => hotSpots(data, { ...query, limit: 0 })).toThrow(
      'limit must be a whole number of at least 1, got 0'
    )
    expect(() => hotSpots(data, { ...query, recentQuarters: 4 })).toThrow(
      'recentQuarters must be a whole number from 1 to 3'
    )
    expect(() => hotSpots(data, { ...query, area: 'W9' })).toThrow('unknown area "W9"')
    expect(() => hotSpots(data, { measure: asb, units: [''] })).toThrow(
      'units[0] must be a non-empty string'
    )
  })
})
