import { describe, expect, it } from 'vitest'
import { ChangeTable } from './change-schema.ts'
import { changeTableCsv, hotSpotsCsv, localCountsSource } from './csv.ts'
import { HotSpotList } from './hot-spots.ts'

const asb = 'police-uk.anti-social-behaviour'
const row = {
  area: 'E05012345',
  measure: asb,
  current: 62,
  baseline: 40,
  baselineTotal: 40,
  baselinePeriods: 1,
  difference: 22,
  percentChange: 55,
  z: 2.1912568156608847,
  p: 0.037066767438560584,
  pAdjusted: 0.037066767438560584,
  flag: 'increase' as const,
  complete: true,
  excludedMonths: [],
  limits: null,
}
const table = ChangeTable.parse({
  window: 'last-3',
  month: '2025-06',
  current: { from: '2025-04', to: '2025-06', months: ['2025-04', '2025-05', '2025-06'] },
  baseline: { from: '2024-04', to: '2024-06', months: ['2024-04', '2024-05', '2024-06'] },
  complete: false,
  adjustment: 'benjamini-hochberg',
  alpha: 0.05,
  minimumTotalForFlag: 10,
  minimumBaselineForPercent: 20,
  rows: [
    row,
    {
      ...row,
      area: 'E01019863',
      current: 3,
      baseline: 2,
      baselineTotal: 2,
      difference: 1,
      percentChange: null,
      z: 0.6,
      p: 1,
      pAdjusted: null,
      flag: null,
      complete: false,
      excludedMonths: ['2024-05', '2025-05'],
    },
    {
      ...row,
      area: 'E01019864',
      current: null,
      baseline: null,
      baselineTotal: null,
      baselinePeriods: 0,
      difference: null,
      percentChange: null,
      z: null,
      p: 2.5e-7,
      pAdjusted: 1.23456e-6,
      flag: 'decrease',
    },
  ],
})
const source =
  '"police.uk: police.uk street-level crime data, counted by month, LSOA 2021 or 250 m grid cell, and crime type"'

describe('changeTableCsv', () => {
  const lines = changeTableCsv(table, {
    names: { E05012345: 'Swadlincote, Woodville', E01019863: '=HYPERLINK()' },
  }).split('\r\n')

  it('writes a header and one line per row, each saying its window, months and source', () => {
    expect(lines).toHaveLength(5)
    expect(lines[0]).toBe(
      'area_code,area_name,measure,window,current_from,current_to,baseline_from,baseline_to,current,baseline,baseline_total,baseline_periods,difference,percent_change,z,p,p_adjusted,adjustment,flag,control_lower,control_upper,control_exception,complete,excluded_months,source'
    )
    expect(lines[1]).toBe(
      `E05012345,"Swadlincote, Woodville",${asb},last-3,2025-04,2025-06,2024-04,2024-06,62,40,40,1,22,55,2.19,0.0371,0.0371,benjamini-hochberg,increase,,,,true,,${source}`
    )
    expect(lines[4]).toBe('')
  })

  it('leaves what the table does not give empty, never 0, and defuses formulas in names', () => {
    expect(lines[2]).toBe(
      `E01019863,'=HYPERLINK(),${asb},last-3,2025-04,2025-06,2024-04,2024-06,3,2,2,1,1,,0.60,1,,benjamini-hochberg,,,,,false,2024-05 2025-05,${source}`
    )
    expect(lines[3]).toContain('2024-06,,,,0,,,,2.5e-7,0.00000123,benjamini-hochberg,decrease,')
  })

  it('writes c-chart limits for a month table', () => {
    const month = ChangeTable.parse({
      ...table,
      window: 'month',
      rows: [{ ...row, limits: { centre: 20, lower: 6.6, upper: 33.4, exception: 'above' } }],
    })
    expect(changeTableCsv(month).split('\r\n')[1]).toContain(',increase,6.6,33.4,above,true,,')
  })
})

describe('hotSpotsCsv', () => {
  const list = HotSpotList.parse({
    measure: asb,
    from: '2024-01',
    to: '2024-12',
    complete: false,
    excludedMonths: ['2024-05'],
    units: 62,
    quarters: [
      { from: '2024-01', to: '2024-03', complete: true },
      { from: '2024-04', to: '2024-06', complete: false },
      { from: '2024-07', to: '2024-09', complete: true },
      { from: '2024-10', to: '2024-12', complete: true },
    ],
    rule: { hotShare: 0.1, minimumCount: 1, persistentShare: 0.8, recentQuarters: 1 },
    rows: [
      {
        unit: 'E01019863',
        rank: 1,
        count: 84,
        quarterCounts: [20, null, 22, 21],
        hot: [true, null, true, true],
        persistence: 'persistent',
      },
      {
        unit: 'E01019864',
        rank: 2,
        count: 5,
        quarterCounts: [1, null, 2, 2],
        hot: [false, null, false, false],
        persistence: null,
      },
    ],
  })

  it('writes the tasking list: rank, unit, name, count, persistence, quarters, window and source', () => {
    const lines = hotSpotsCsv(list, {
      names: { E01019863: 'South Derbyshire 001A' },
      source: { ...localCountsSource, title: 'LSOA counts' },
    }).split('\r\n')
    expect(lines).toEqual([
      'rank,unit,name,count,persistence,2024-01 to 2024-03,2024-04 to 2024-06,2024-07 to 2024-09,2024-10 to 2024-12,measure,from,to,complete,source',
      `1,E01019863,South Derbyshire 001A,84,persistent,20,,22,21,${asb},2024-01,2024-12,false,police.uk: LSOA counts`,
      `2,E01019864,,5,,1,,2,2,${asb},2024-01,2024-12,false,police.uk: LSOA counts`,
      '',
    ])
  })
})
