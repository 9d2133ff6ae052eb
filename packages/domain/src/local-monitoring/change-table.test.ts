import { describe, expect, it } from 'vitest'
import { exactConditionalP } from './binomial.ts'
import { ChangeTable } from './change-schema.ts'
import { changeTable } from './change-table.ts'
import { subAreasOf } from './areas.ts'
import type { LocalData } from './local-data.ts'
import { asb, countsFor, district, drugs, months } from './test-local-data.ts'

// Last 3 months to 2025-06 against April–June 2024, worked by hand:
//   L1 40 → 62 (docs/local-monitoring.md#worked-example), L2 3 → 5 (too few), L3 40 → 10;
//   W1 = L1 + L2: 43 → 67; W2 = L3. Every other month has 10 a unit; drugs 1 a unit.
const quarterly: Record<string, Record<string, number>> = {
  L1: { '2024-04': 13, '2024-05': 13, '2024-06': 14, '2025-04': 20, '2025-05': 21, '2025-06': 21 },
  L2: { '2024-04': 1, '2024-05': 1, '2024-06': 1, '2025-04': 2, '2025-05': 2, '2025-06': 1 },
  L3: { '2024-04': 13, '2024-05': 13, '2024-06': 14, '2025-04': 3, '2025-05': 3, '2025-06': 4 },
}
const areas = { [district]: ['L1', 'L2', 'L3'], W1: ['L1', 'L2'], W2: ['L3'] }
const data: LocalData = {
  counts: countsFor(['L1', 'L2', 'L3'], (unit, month, measure) =>
    measure === drugs ? 1 : (quarterly[unit]?.[month] ?? 10)
  ),
  noArea: months.map((month) => ({ area: district, month, measure: asb, count: 2 })),
  areas,
  coverage: { months, gaps: [] },
}
const last3 = { areas: subAreasOf(areas, district), measures: [asb], window: 'last-3' } as const

describe('changeTable: last 3 months', () => {
  const table = changeTable(data, last3)
  const row = (area: string) => table.rows.find((r) => r.area === area)

  it('says which months it compares, and that they are complete', () => {
    expect(ChangeTable.parse(table)).toEqual(table)
    expect(table).toMatchObject({
      window: 'last-3',
      month: '2025-06',
      current: { from: '2025-04', to: '2025-06', months: ['2025-04', '2025-05', '2025-06'] },
      baseline: { from: '2024-04', to: '2024-06', months: ['2024-04', '2024-05', '2024-06'] },
      complete: true,
      adjustment: 'benjamini-hochberg',
      alpha: 0.05,
      minimumTotalForFlag: 10,
      minimumBaselineForPercent: 20,
    })
    expect(table.rows.map((r) => r.area)).toEqual(['W1', 'W2', 'L1', 'L2', 'L3'])
  })

  it('gives the reference figures for 40 → 62', () => {
    const l1 = row('L1')
    expect(l1).toMatchObject({
      measure: asb,
      current: 62,
      baseline: 40,
      baselineTotal: 40,
      baselinePeriods: 1,
      difference: 22,
      percentChange: 55,
      flag: 'increase',
      complete: true,
      excludedMonths: [],
      limits: null,
    })
    expect(l1?.z).toBeCloseTo(2.19, 2)
    expect(l1?.p).toBeCloseTo(0.037, 3)
  })

  // Family: W1 0.02785, W2 and L3 2.386e-5, L1 0.03707 (m = 4; L2 has C + B = 8 and is not tested).
  // BH: L1 0.03707; W1 min(4/3 · 0.02785, 0.03707) = 0.03707; W2, L3 min(2, 4) · 2.386e-5.
  it('adjusts across the table by Benjamini–Hochberg and flags both ways', () => {
    expect(row('W1')?.pAdjusted).toBeCloseTo(exactConditionalP(62, 40), 12)
    expect(row('L1')?.pAdjusted).toBeCloseTo(exactConditionalP(62, 40), 12)
    expect(row('W2')?.pAdjusted).toBeCloseTo(2 * exactConditionalP(10, 40), 15)
    expect(table.rows.map((r) => r.flag)).toEqual([
      'increase',
      'decrease',
      'increase',
      null,
      'decrease',
    ])
    expect(row('L3')).toMatchObject({
      current: 10,
      baseline: 40,
      difference: -30,
      percentChange: -75,
    })
  })

  it('neither tests nor flags a row with C + B under 10, nor gives a percentage on a baseline under 20', () => {
    expect(row('L2')).toMatchObject({ current: 5, baseline: 3, difference: 2, percentChange: null })
    expect(row('L2')?.p).toBeCloseTo(0.7265625, 12)
    expect(row('L2')?.pAdjusted).toBeNull()
    expect(row('L2')?.flag).toBeNull()
  })

  it('flags fewer rows by Holm, which controls the chance of any false flag', () => {
    const holm = changeTable(data, { ...last3, adjustment: 'holm' })
    expect(holm.adjustment).toBe('holm')
    expect(holm.rows.map((r) => r.flag)).toEqual([null, 'decrease', null, null, 'decrease'])
    expect(holm.rows[0]?.pAdjusted).toBeCloseTo(2 * exactConditionalP(67, 43), 12)
  })

  it('lets alpha be stricter', () => {
    const strict = changeTable(data, { ...last3, alpha: 0.001 })
    expect(strict.rows.map((r) => r.flag)).toEqual([null, 'decrease', null, null, 'decrease'])
  })

  it('counts the district as its LSOAs plus its no-area rows, for every measure asked', () => {
    const byType = changeTable(data, {
      areas: [district],
      measures: [asb, drugs],
      window: 'last-3',
    })
    expect(byType.rows.map((r) => [r.measure, r.current, r.baseline])).toEqual([
      [asb, 62 + 5 + 10 + 6, 40 + 3 + 40 + 6],
      [drugs, 9, 9],
    ])
  })
})

describe('changeTable: gaps', () => {
  const gapped = (gaps: { month: string; measure: string | null }[]) =>
    changeTable({ ...data, coverage: { months, gaps } }, last3)

  it('takes a month with a gap out with its partner a year away, and says so', () => {
    const table = gapped([{ month: '2025-05', measure: asb }])
    expect(table.complete).toBe(false)
    const l1 = table.rows.find((r) => r.area === 'L1')
    expect(l1).toMatchObject({
      current: 41,
      baseline: 27,
      complete: false,
      excludedMonths: ['2024-05', '2025-05'],
    })
    expect(l1?.p).toBeCloseTo(exactConditionalP(41, 27), 15)
  })

  it('is not fooled by a month that lost its rows: with the gap declared there is no fall', () => {
    // L3's rows for 2025-04 … 06 went missing (a police.uk gap): zero counts, a "fall" of 40.
    const lost = {
      ...data,
      counts: data.counts.map((r) =>
        r.unit === 'L3' && r.month >= '2025-04' ? { ...r, count: 0 } : r
      ),
    }
    const undeclared = changeTable(lost, { ...last3, areas: ['L3'] })
    expect(undeclared.rows[0]?.flag).toBe('decrease') // what a gap would look like, undeclared
    const gaps = ['2025-04', '2025-05', '2025-06'].map((month) => ({ month, measure: null }))
    const declared = changeTable(
      { ...lost, coverage: { months, gaps } },
      { ...last3, areas: ['L3'] }
    )
    expect(declared.rows[0]).toMatchObject({
      current: null,
      baseline: null,
      p: null,
      flag: null,
      complete: false,
    })
  })

  it('treats a month never imported as a gap', () => {
    const table = changeTable(
      { ...data, coverage: { months: months.filter((m) => m !== '2024-06'), gaps: [] } },
      last3
    )
    expect(table.rows.find((r) => r.area === 'L1')).toMatchObject({ current: 41, baseline: 26 })
  })
})

describe('changeTable: a month against three years (c-chart)', () => {
  const june: Record<string, Record<string, number>> = {
    M1: { '2025-06': 30, '2024-06': 20, '2023-06': 20, '2022-06': 20 },
    M2: { '2025-06': 45, '2024-06': 20, '2023-06': 19, '2022-06': 21 },
    M3: { '2025-06': 2, '2024-06': 1, '2023-06': 2, '2022-06': 2 },
  }
  const chart: LocalData = {
    counts: countsFor(['M1', 'M2', 'M3'], (unit, month) => june[unit]?.[month] ?? 0),
    areas: { [district]: ['M1', 'M2', 'M3'] },
    coverage: { months, gaps: [] },
  }
  const query = { areas: ['M1', 'M2', 'M3'], measures: [asb], window: 'month' } as const

  it('gives c̄, the limits c̄ ± 3√c̄ and the exact test with p = 1/4', () => {
    const table = changeTable(chart, query)
    expect(table.current.months).toEqual(['2025-06'])
    expect(table.baseline.months).toEqual(['2022-06', '2023-06', '2024-06'])
    const [m1, m2, m3] = table.rows
    expect(m1).toMatchObject({
      current: 30,
      baseline: 20,
      baselineTotal: 60,
      baselinePeriods: 3,
      difference: 10,
      percentChange: 50,
      limits: { centre: 20, lower: 6.6, upper: 33.4, exception: null },
    })
    expect(m1?.z).toBeCloseTo(1.740866288090304, 12)
    expect(m1?.p).toBeCloseTo(0.09456777108088982, 12)
    expect(m2).toMatchObject({ current: 45, limits: { exception: 'above' }, flag: 'increase' })
    expect(m2?.p).toBeCloseTo(9.710709982779104e-5, 16)
    expect(m3).toMatchObject({
      baseline: 1.7,
      difference: 0.3,
      percentChange: null,
      pAdjusted: null,
    })
    // c̄ = 5/3: the limits come from the unrounded mean, 5/3 + 3√(5/3) = 5.54
    expect(m3?.limits).toEqual({ centre: 1.7, lower: 0, upper: 5.5, exception: null })
  })

  it('drops a baseline year with a gap, and leaves a month with a gap without figures', () => {
    const year = changeTable(
      { ...chart, coverage: { months, gaps: [{ month: '2023-06', measure: null }] } },
      query
    )
    expect(year.rows[0]).toMatchObject({
      baselineTotal: 40,
      baselinePeriods: 2,
      complete: false,
      excludedMonths: ['2023-06'],
    })
    expect(year.rows[0]?.p).toBeCloseTo(exactConditionalP(30, 40, 2), 15)
    const now = changeTable(
      { ...chart, coverage: { months, gaps: [{ month: '2025-06', measure: asb }] } },
      query
    )
    expect(now.rows[0]).toMatchObject({
      current: null,
      baselinePeriods: 0,
      limits: null,
      flag: null,
    })
  })
})

describe('changeTable: bad queries', () => {
  it('names what is wrong', () => {
    expect(() => changeTable(data, { ...last3, areas: [] })).toThrow(
      'areas must list at least one area code'
    )
    expect(() => changeTable(data, { ...last3, measures: [] })).toThrow(
      'measures must list at least one'
    )
    expect(() => changeTable(data, { ...last3, measures: ['ASB'] })).toThrow(
      'measures[0]: "ASB" is not a measure id'
    )
    expect(() => changeTable(data, { ...last3, areas: ['W9'] })).toThrow('unknown area "W9"')
    expect(() => changeTable(data, { ...last3, alpha: 5 })).toThrow(
      'alpha must be between 0 and 1, got 5'
    )
    expect(() => changeTable(data, { ...last3, adjustment: 'none' as 'holm' })).toThrow(
      'adjustment must be one of'
    )
    expect(() => changeTable(data, { ...last3, month: '2025-13' })).toThrow('month: "2025-13"')
    expect(() => changeTable({ ...data, coverage: { months: [], gaps: [] } }, last3)).toThrow(
      'no data imported'
    )
  })
})
