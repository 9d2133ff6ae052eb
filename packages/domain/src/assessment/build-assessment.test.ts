import { describe, expect, it } from 'vitest'
import { derbyshireAreas } from '../geography/index.ts'
import { planMeasures } from '../crime/measures.ts'
import type { CrimeTable } from '../crime/table.ts'
import { crimeTables2023 } from '../plans/crime-tables-2023.ts'
import { southDerbyshirePriorities } from '../priorities/priority-set.ts'
import { buildAssessment } from './build-assessment.ts'

const sd = 'E07000039'
const moveTo2024 = (t: CrimeTable, scale: (code: string, v: number) => number): CrimeTable => {
  const rows = t.rows.map((r) => ({
    ...r,
    volume: scale(r.areaCode, r.volume),
    rate: null,
    trend: null,
  }))
  return { ...t, period: '2024', from: '2024-01-01', to: '2024-12-31', rows }
}
const base = {
  areaCode: sd,
  areas: derbyshireAreas,
  measures: planMeasures,
  priorities: southDerbyshirePriorities,
}

describe('buildAssessment', () => {
  it('assesses each measure of the year with period, source, rate, rank and trend', () => {
    const a = buildAssessment({ ...base, year: 2023, tables: crimeTables2023 })
    expect(a.measures.map((m) => m.measure)).toEqual(crimeTables2023.map((t) => t.measure))
    const asb = a.measures[0]!
    expect(asb).toMatchObject({
      measure: 'anti-social-behaviour',
      period: '2023',
      complete: true,
      volume: 1695,
      rate: '19.5',
      trend: -6.9,
      rank: { position: 2, of: 9, phrase: 'second lowest' },
      change: null,
    })
    expect(asb.source.publisher).toBe('South Derbyshire Community Safety Partnership')
  })

  it('flags a significant rise as a candidate priority and tests it on the year before', () => {
    const up = crimeTables2023.map((t) =>
      moveTo2024(t, (code, v) => (code === sd ? Math.round(v * 1.5) : v))
    )
    const a = buildAssessment({ ...base, year: 2024, tables: [...crimeTables2023, ...up] })
    const asb = a.measures[0]!
    expect(asb.trend).toBe(50)
    expect(asb.change).toMatchObject({ significant: true, flag: 'increase' })
    expect(asb.candidatePriority).toBe(true)
    expect(a.candidatePriorities.map((c) => c.measure)).toContain('anti-social-behaviour')
  })

  it('an incomplete year says so and draws no trend, rank or test', () => {
    const gap = crimeTables2023.map((t) => ({
      ...moveTo2024(t, (_c, v) => Math.round(v / 2)),
      completeness: { complete: false, notes: ['No rows for 2024-03.'] },
    }))
    const a = buildAssessment({ ...base, year: 2024, tables: [...crimeTables2023, ...gap] })
    for (const m of a.measures) {
      expect(m).toMatchObject({
        complete: false,
        trend: null,
        rank: null,
        change: null,
        candidatePriority: false,
      })
      expect(m.findings[0]).toMatch(/incomplete \(No rows for 2024-03\.\); no trend or rank/)
    }
    expect(a.gaps).toHaveLength(a.measures.length)
    expect(a.priorities.every((p) => !p.improved)).toBe(true)
  })
})
