import { describe, expect, it } from 'vitest'
import { crimeTables2023 } from '../plans/crime-tables-2023.ts'
import { crimeTableCsv } from './csv.ts'
import type { CrimeTable } from './table.ts'

describe('crimeTableCsv', () => {
  it('writes one line per area with exact printed figures and the period and source', () => {
    const lines = crimeTableCsv(crimeTables2023[0]!).split('\r\n')
    expect(lines[0]).toBe('area_code,area,volume,rate_per_1000_aged_16_plus,trend_percent')
    expect(lines[1]).toBe('E06000015,Derby,7863,37.6,-13.1')
    expect(lines[2]).toBe('E07000034,Chesterfield,3006,35.0,-10.7')
    expect(lines).toContain('"# anti-social-behaviour, 2023 (2023-01-01 to 2023-12-31)"')
    expect(lines.at(-1)).toBe('')
  })

  it('leaves unknown rates and trends empty, never zero, and lists what is incomplete', () => {
    const table: CrimeTable = {
      ...crimeTables2023[0]!,
      rows: [{ areaCode: 'E07000039', volume: 5, rate: null, trend: null }],
      completeness: { complete: false, notes: ['No rows for 2024-03 (1 of 12 months).'] },
    }
    const lines = crimeTableCsv(table).split('\r\n')
    expect(lines[1]).toBe('E07000039,South Derbyshire,5,,')
    expect(lines).toContain('# Incomplete: No rows for 2024-03 (1 of 12 months).')
  })

  it('quotes commas and quotes, and defuses spreadsheet formulas in names', () => {
    const areas = [
      {
        code: 'E07000039',
        name: '=HYPERLINK("x"),y',
        kind: 'district' as const,
        parentCode: null,
        population16Plus: 10,
        aliases: [],
      },
    ]
    const table: CrimeTable = {
      ...crimeTables2023[0]!,
      rows: [{ areaCode: 'E07000039', volume: 1, rate: 100, trend: 0 }],
    }
    expect(crimeTableCsv(table, { areas }).split('\r\n')[1]).toBe(
      `E07000039,"'=HYPERLINK(""x""),y",1,100.0,0.0`
    )
  })
})
