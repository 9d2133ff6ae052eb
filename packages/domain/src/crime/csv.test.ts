import { describe, expect, it } from 'vitest'
import { crimeTables2023 } from '../plans/crime-tables-2023.ts'
import { crimeTableCsv } from './csv.ts'
import type { CrimeTable } from './table.ts'

const asb = crimeTables2023[0]!
const source =
  '"South Derbyshire Community Safety Partnership: South Derbyshire CSP Partnership Plan 2023-26, Crime Figures"'

describe('crimeTableCsv', () => {
  it('writes one line per area with the printed figures, rank, period and source', () => {
    const lines = crimeTableCsv(asb).split('\r\n')
    expect(lines[0]).toBe(
      'measure,period,from,to,area_code,area_name,volume,rate_per_1000,trend_percent,rank,rank_of,rank_phrase,complete,source'
    )
    expect(lines).toContain(
      `anti-social-behaviour,2023,2023-01-01,2023-12-31,E07000039,South Derbyshire,1695,19.5,-6.9,2,9,second lowest,true,${source}`
    )
    expect(lines).toContain(
      `anti-social-behaviour,2023,2023-01-01,2023-12-31,E07000034,Chesterfield,3006,35.0,-10.7,8,9,eighth lowest,true,${source}`
    )
    expect(lines).toHaveLength(13)
    expect(lines.at(-1)).toBe('')
  })

  it('ranks highest first on request and never ranks county or force rows', () => {
    const lines = crimeTableCsv(asb, { order: 'highest' }).split('\r\n')
    expect(lines.find((l) => l.includes('E07000039'))).toContain(',8,9,eighth highest,')
    expect(lines.find((l) => l.includes('E10000007'))).toContain(',25.0,-12.0,,,,true,')
  })

  it('leaves unknown figures and the ranks of an incomplete table empty, never zero', () => {
    const table: CrimeTable = {
      ...asb,
      rows: [{ areaCode: 'E07000039', volume: 5, rate: null, trend: null }],
      completeness: { complete: false, notes: ['No rows for 2024-03 (1 of 12 months).'] },
    }
    expect(crimeTableCsv(table).split('\r\n')[1]).toBe(
      `anti-social-behaviour,2023,2023-01-01,2023-12-31,E07000039,South Derbyshire,5,,,,,,false,${source}`
    )
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
      ...asb,
      rows: [{ areaCode: 'E07000039', volume: 1, rate: 100, trend: 0 }],
    }
    expect(crimeTableCsv(table, { areas }).split('\r\n')[1]).toContain(
      `,E07000039,"'=HYPERLINK(""x""),y",1,100.0,0.0,1,1,lowest,true,`
    )
  })
})
