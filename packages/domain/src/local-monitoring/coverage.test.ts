import { describe, expect, it } from 'vitest'
import type { PoliceUkGap } from '../police-uk/gaps.ts'
import { isMonthComplete, latestCoveredMonth, policeUkCoverage } from './coverage.ts'

const force = 'Derbyshire Constabulary'
const btp = 'British Transport Police'
const gaps: PoliceUkGap[] = [
  {
    month: '2024-05',
    force,
    crimeType: 'Shoplifting',
    kind: 'missing-crime-type',
    count: 0,
    median: 612,
  },
  { month: '2024-05', force: btp, crimeType: null, kind: 'missing-month' },
  { month: '2024-06', force, crimeType: 'Drugs', kind: 'low-count', count: 3, median: 140 },
  { month: '2024-06', force: btp, crimeType: 'Drugs', kind: 'low-count', count: 0, median: 1 },
]

describe('isMonthComplete', () => {
  const coverage = {
    months: ['2024-04', '2024-05', '2024-06'],
    gaps: [
      { month: '2024-05', measure: 'police-uk.shoplifting' },
      { month: '2024-06', measure: null },
    ],
  }

  it('is false for a month not imported, a gap for the measure, or a missing month', () => {
    expect(isMonthComplete(coverage, '2024-04', 'police-uk.shoplifting')).toBe(true)
    expect(isMonthComplete(coverage, '2024-05', 'police-uk.shoplifting')).toBe(false)
    expect(isMonthComplete(coverage, '2024-05', 'police-uk.drugs')).toBe(true)
    expect(isMonthComplete(coverage, '2024-06', 'police-uk.drugs')).toBe(false)
    expect(isMonthComplete(coverage, '2024-07', 'police-uk.drugs')).toBe(false)
  })

  it('names the bad field of a coverage', () => {
    expect(() => isMonthComplete({ months: ['2024-13'], gaps: [] }, '2024-01', 'x')).toThrow(
      'coverage.months[0]: "2024-13" is not a month in the form YYYY-MM'
    )
    const badGap = { months: [], gaps: [{ month: '2024-01', measure: '' }] }
    expect(() => isMonthComplete(badGap, '2024-01', 'x')).toThrow(
      'coverage.gaps[0].measure must be a measure id or null'
    )
    expect(() => isMonthComplete(null as never, '2024-01', 'x')).toThrow(/coverage must be/)
  })
})

describe('latestCoveredMonth', () => {
  it('is the latest imported month, and an error when there is none', () => {
    expect(latestCoveredMonth({ months: ['2024-06', '2024-04'], gaps: [] })).toBe('2024-06')
    expect(() => latestCoveredMonth({ months: [], gaps: [] })).toThrow(/no data imported/)
  })
})

describe('policeUkCoverage', () => {
  const aggregate = { months: ['2024-06', '2024-04', '2024-05'], gaps }

  it('turns crime types into measure ids and a missing month into a gap for every measure', () => {
    expect(policeUkCoverage(aggregate)).toEqual({
      months: ['2024-04', '2024-05', '2024-06'],
      gaps: [
        { month: '2024-05', measure: 'police-uk.shoplifting' },
        { month: '2024-05', measure: null },
        { month: '2024-06', measure: 'police-uk.drugs' },
      ],
    })
  })

  it('keeps only the gaps of the forces and kinds asked for', () => {
    expect(policeUkCoverage(aggregate, { forces: [force] }).gaps).toEqual([
      { month: '2024-05', measure: 'police-uk.shoplifting' },
      { month: '2024-06', measure: 'police-uk.drugs' },
    ])
    expect(policeUkCoverage(aggregate, { kinds: ['missing-month'] }).gaps).toEqual([
      { month: '2024-05', measure: null },
    ])
  })

  it('keeps a missing month with no force whatever the forces asked for', () => {
    const none = {
      months: [],
      gaps: [{ month: '2024-01', force: null, crimeType: null, kind: 'missing-month' as const }],
    }
    expect(policeUkCoverage(none, { forces: [force] }).gaps).toEqual([
      { month: '2024-01', measure: null },
    ])
  })
})
