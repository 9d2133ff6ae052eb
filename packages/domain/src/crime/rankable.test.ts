import { describe, expect, it } from 'vitest'
import { derbyshireAreas } from '../geography/index.ts'
import { crimeTables2023 } from '../plans/crime-tables-2023.ts'
import { whyNotRankable } from './rankable.ts'

const asb = crimeTables2023[0]!

describe('whyNotRankable', () => {
  it('allows every plan table', () => {
    for (const table of crimeTables2023) expect(whyNotRankable(table, derbyshireAreas)).toBeNull()
  })

  it('refuses an incomplete period', () => {
    const table = { ...asb, completeness: { complete: false, notes: [] } }
    expect(whyNotRankable(table, derbyshireAreas)).toBe('the period is incomplete')
  })

  it('refuses duplicate areas and invalid volumes, naming the finding', () => {
    const duplicated = { ...asb, rows: [...asb.rows, asb.rows[0]!] }
    expect(whyNotRankable(duplicated, derbyshireAreas)).toMatch(
      /^the table has invalid rows \(.+\)$/
    )
    const negative = { ...asb, rows: asb.rows.map((r, i) => (i === 0 ? { ...r, volume: -1 } : r)) }
    expect(whyNotRankable(negative, derbyshireAreas)).toMatch(/^the table has invalid rows/)
  })

  it('still ranks a table whose totals merely disagree', () => {
    const offTotals = {
      ...asb,
      rows: asb.rows.map((r) => (r.areaCode === 'E10000007' ? { ...r, volume: 1 } : r)),
    }
    expect(whyNotRankable(offTotals, derbyshireAreas)).toBeNull()
  })
})
