import { derbyshireAreas } from '../geography/index.ts'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { crimeTables2023 } from '../plans/crime-tables-2023.ts'
import { csvCell } from '../csv/index.ts'
import { crimeTableCsv } from './csv.ts'
import type { CrimeTable } from './table.ts'

const asb = crimeTables2023[0]!
const source =
  '"South Derbyshire Community Safety Partnership: South Derbyshire CSP Partnership Plan 2023-26, Crime Figures"'

describe('crimeTableCsv', () => {
  it('writes one line per area with the printed figures, rank, period and source', () => {
    const lines = crimeTableCsv(asb, { areas: derbyshireAreas }).split('\r\n')
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
    const lines = crimeTableCsv(asb, { areas: derbyshireAreas, order: 'highest' }).split('\r\n')
    expect(lines.find((l) => l.includes('E07000039'))).toContain(',8,9,eighth highest,')
    expect(lines.find((l) => l.includes('E10000007'))).toContain(',25.0,-12.0,,,,true,')
  })

  it('leaves unknown figures and the ranks of an incomplete table empty, never zero', () => {
    const table: CrimeTable = {
      ...asb,
      rows: [{ areaCode: 'E07000039', volume: 5, rate: null, trend: null }],
      completeness: { complete: false, notes: ['No rows for 2024-03 (1 of 12 months).'] },
    }
    expect(crimeTableCsv(table, { areas: derbyshireAreas }).split('\r\n')[1]).toBe(
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

describe('csvCell', () => {
  it('quotes what would break a line, defuses formulas, and writes numbers as they are', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"')
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('-2, then')).toBe(`"'-2, then"`)
    expect(csvCell(-6.9)).toBe('-6.9')
  })

  it('reads back as the text it was given, unless that text was a formula (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const written = csvCell(text)
        const read =
          written.startsWith('"') && written.endsWith('"') && written.length >= 2
            ? written.slice(1, -1).replaceAll('""', '"')
            : written
        return read === (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)
      })
    )
  })
})
