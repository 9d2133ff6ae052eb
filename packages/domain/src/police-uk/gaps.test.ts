import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PoliceUkCrimeType } from './crime-types.ts'
import {
  checkPoliceUkGapOptions,
  findPoliceUkGaps,
  PoliceUkGap,
  policeUkGapDefaults,
  type PoliceUkForceMonthCount,
} from './gaps.ts'

const force = 'Derbyshire Constabulary'
const rows = (
  crimeType: PoliceUkCrimeType,
  counts: Record<string, number>,
  who = force
): PoliceUkForceMonthCount[] =>
  Object.entries(counts).map(([month, count]) => ({ force: who, month, crimeType, count }))

describe('findPoliceUkGaps', () => {
  it('finds nothing in complete, steady data', () => {
    const counts = [
      ...rows('Drugs', { '2024-01': 100, '2024-02': 90, '2024-03': 110 }),
      ...rows('Robbery', { '2024-01': 5, '2024-02': 4, '2024-03': 6 }),
    ]
    expect(findPoliceUkGaps(counts)).toEqual([])
    expect(findPoliceUkGaps([])).toEqual([])
  })

  it('flags a month with no rows between the first and last seen', () => {
    const counts = rows('Drugs', { '2023-11': 100, '2024-02': 90 })
    expect(findPoliceUkGaps(counts)).toEqual([
      { month: '2023-12', force, crimeType: null, kind: 'missing-month' },
      { month: '2024-01', force, crimeType: null, kind: 'missing-month' },
    ])
  })

  it('flags expected months outside the data, and every month when nothing was read', () => {
    const counts = rows('Drugs', { '2024-02': 90 })
    const expectedMonths = ['2024-01', '2024-02', '2024-03']
    expect(findPoliceUkGaps(counts, { expectedMonths }).map((g) => g.month)).toEqual([
      '2024-01',
      '2024-03',
    ])
    expect(findPoliceUkGaps([], { expectedMonths: ['2024-01'] })).toEqual([
      { month: '2024-01', force: null, crimeType: null, kind: 'missing-month' },
    ])
  })

  it('flags a crime type absent from a month it appears in otherwise, with its median', () => {
    const counts = [
      ...rows('Drugs', { '2024-01': 100, '2024-02': 90, '2024-03': 110 }),
      ...rows('Shoplifting', { '2024-01': 600, '2024-03': 620 }),
    ]
    expect(findPoliceUkGaps(counts)).toEqual([
      {
        month: '2024-02',
        force,
        crimeType: 'Shoplifting',
        kind: 'missing-crime-type',
        count: 0,
        median: 600,
      },
    ])
  })

  it('does not flag a type seen in only a minority of months (median zero)', () => {
    const counts = [
      ...rows('Drugs', { '2024-01': 100, '2024-02': 90, '2024-03': 110 }),
      ...rows('Robbery', { '2024-02': 1 }),
    ]
    expect(findPoliceUkGaps(counts)).toEqual([])
    const twoMonths = [
      ...rows('Drugs', { '2024-01': 100, '2024-02': 90 }),
      ...rows('Robbery', { '2024-01': 3, '2024-02': 0 }),
    ]
    expect(findPoliceUkGaps(twoMonths)).toEqual([
      {
        month: '2024-02',
        force,
        crimeType: 'Robbery',
        kind: 'missing-crime-type',
        count: 0,
        median: 1.5,
      },
    ])
  })

  it('flags a count below a quarter of its median, configurably', () => {
    const counts = rows('Shoplifting', {
      '2024-01': 600,
      '2024-02': 90,
      '2024-03': 620,
      '2024-04': 250,
      '2024-05': 580,
    })
    expect(findPoliceUkGaps(counts)).toEqual([
      {
        month: '2024-02',
        force,
        crimeType: 'Shoplifting',
        kind: 'low-count',
        count: 90,
        median: 580,
      },
    ])
    expect(findPoliceUkGaps(counts, { lowCountRatio: 0.5 }).map((g) => g.month)).toEqual([
      '2024-02',
      '2024-04',
    ])
    expect(findPoliceUkGaps(counts, { lowCountRatio: 0 })).toEqual([])
    expect(policeUkGapDefaults).toEqual({ lowCountRatio: 0.25, minMonthsForMedian: 3 })
  })

  it('judges low counts only with enough months', () => {
    const counts = rows('Drugs', { '2024-01': 100, '2024-02': 5 })
    expect(findPoliceUkGaps(counts)).toEqual([])
    expect(findPoliceUkGaps(counts, { minMonthsForMedian: 2 })).toEqual([
      { month: '2024-02', force, crimeType: 'Drugs', kind: 'low-count', count: 5, median: 52.5 },
    ])
  })

  it('judges each force on its own and sorts by month, force, kind', () => {
    const notts = 'Nottinghamshire Police'
    const counts = [
      ...rows('Drugs', { '2024-01': 100, '2024-02': 90, '2024-03': 110 }),
      ...rows('Drugs', { '2024-01': 50, '2024-03': 60 }, notts),
      ...rows('Robbery', { '2024-01': 9, '2024-03': 7 }),
    ]
    expect(findPoliceUkGaps(counts)).toEqual([
      {
        month: '2024-02',
        force,
        crimeType: 'Robbery',
        kind: 'missing-crime-type',
        count: 0,
        median: 7,
      },
      { month: '2024-02', force: notts, crimeType: null, kind: 'missing-month' },
    ])
  })

  it('validates options, naming the bad one', () => {
    expect(() => checkPoliceUkGapOptions({ lowCountRatio: 2 })).toThrow(/lowCountRatio .* got 2/)
    expect(() => checkPoliceUkGapOptions({ minMonthsForMedian: 0.5 })).toThrow(/minMonthsForMedian/)
    expect(() => checkPoliceUkGapOptions({ expectedMonths: ['2024-1'] })).toThrow(/"2024-1"/)
    expect(() => findPoliceUkGaps([], { lowCountRatio: -1 })).toThrow(RangeError)
  })

  it('only ever flags months of the expected range, as valid gaps (property)', () => {
    const month = fc.constantFrom('2024-01', '2024-02', '2024-03', '2024-04', '2024-05')
    const count = fc.record({
      force: fc.constantFrom('A', 'B'),
      month,
      crimeType: fc.constantFrom(...PoliceUkCrimeType.options.slice(0, 3)),
      count: fc.nat(50),
    })
    fc.assert(
      fc.property(fc.array(count), (counts) => {
        const gaps = findPoliceUkGaps(counts)
        const seen = counts
          .filter((c) => c.count > 0)
          .map((c) => c.month)
          .sort()
        for (const gap of gaps) {
          expect(PoliceUkGap.parse(gap)).toEqual(gap)
          expect(gap.month >= (seen[0] ?? '') && gap.month <= (seen.at(-1) ?? '')).toBe(true)
          const total = counts
            .filter((c) => c.force === gap.force && c.month === gap.month)
            .filter((c) => gap.crimeType === null || c.crimeType === gap.crimeType)
            .reduce((sum, c) => sum + c.count, 0)
          if (gap.kind === 'low-count') expect(total).toBe(gap.count)
          else expect(total).toBe(0)
          if (gap.kind !== 'missing-month') expect(gap.median).toBeGreaterThan(0)
        }
      })
    )
  })
})
