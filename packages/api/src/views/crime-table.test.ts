import { crimeTables2023, type CrimeTable } from '@csp/domain'
import { describe, expect, it } from 'vitest'
import type { StoredCrimeTable } from '../db/repositories/crime-tables.ts'
import { crimeTableView } from './crime-table.ts'

const plan = crimeTables2023.find((t) => t.measure === 'domestic-abuse')
if (!plan) throw new Error('the plan has no domestic abuse table')

function stored(table: CrimeTable): StoredCrimeTable {
  return {
    table,
    origin: 'plan',
    planId: null,
    completeness: { complete: true, notes: [] },
    updatedAt: new Date(0),
  }
}

const withRow = (areaCode: string, change: Partial<CrimeTable['rows'][number]>): CrimeTable => ({
  ...plan,
  rows: plan.rows.map((row) => (row.areaCode === areaCode ? { ...row, ...change } : row)),
})

describe('crimeTableView', () => {
  it('ranks on exact rates and says when rounded rates tie', () => {
    const view = crimeTableView(stored(plan), 'lowest')
    const sd = view.rows.find((r) => r.areaCode === 'E07000039')
    expect(sd?.rank).toMatchObject({
      phrase: 'fourth lowest',
      tiedAtDisplayedPrecision: ['E07000038'],
    })
    expect(sd?.rate?.formatted).toBe('16.5')
    const statement = view.statements.find((s) => s.areaCode === 'E07000039')
    expect(statement?.sentences).toContain(
      'North East Derbyshire also shows 16.5 at one decimal place; on exact rates North East Derbyshire is lower.'
    )
  })

  it('reports a county that is not the sum of its districts', () => {
    const county = plan.rows.find((r) => r.areaCode === 'E10000007')
    const view = crimeTableView(
      stored(withRow('E10000007', { volume: (county?.volume ?? 0) + 1 })),
      'lowest'
    )
    expect(view.findings.map((f) => f.code)).toContain('aggregate-mismatch')
    // A wrong aggregate does not stop the comparison areas being ranked.
    expect(view.rows.filter((r) => r.rank !== null)).toHaveLength(9)
  })

  it('flags a printed rate that does not match volume ÷ population', () => {
    const view = crimeTableView(stored(withRow('E07000039', { rate: 17.5 })), 'lowest')
    expect(view.findings).toEqual([
      expect.objectContaining({ code: 'rate-mismatch', areaCode: 'E07000039' }),
    ])
    const sd = view.rows.find((r) => r.areaCode === 'E07000039')
    expect(sd?.rate).toMatchObject({ formatted: '16.5', published: 17.5 })
  })

  it('does not rank or describe a table with an invalid row, and says why', () => {
    const view = crimeTableView(stored(withRow('E07000033', { volume: -4 })), 'lowest')
    expect(view.findings.map((f) => f.code)).toContain('negative-volume')
    expect(view.rows.every((r) => r.rank === null)).toBe(true)
    expect(view.statements).toEqual([])
    expect(view.rows.find((r) => r.areaCode === 'E07000033')?.rate).toBeNull()
    expect(view.rows.find((r) => r.areaCode === 'E07000039')?.rate?.formatted).toBe('16.5')
  })

  it('keeps a row for an area it does not know, without a rate', () => {
    const table = {
      ...plan,
      rows: [...plan.rows, { areaCode: 'E07000099', volume: 5, rate: null, trend: null }],
    }
    const view = crimeTableView(stored(table), 'lowest')
    expect(view.findings.map((f) => f.code)).toContain('unknown-area')
    expect(view.rows.at(-1)).toMatchObject({ areaName: 'E07000099', areaKind: null, rate: null })
    expect(view.rows.at(-1)?.trend).toEqual({ percent: null, direction: 'unknown' })
  })
})
