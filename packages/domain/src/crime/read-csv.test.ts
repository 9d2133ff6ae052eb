import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { derbyshireAreas } from '../geography/index.ts'
import { crimeTables2023 } from '../plans/crime-tables-2023.ts'
import { crimeTableCsv } from './csv.ts'
import { readCrimeTableCsv, readCrimeTableJson } from './read-csv.ts'

const table = crimeTables2023[0]!
const expected = { measure: table.measure, period: table.period }

describe('readCrimeTableCsv', () => {
  it('reads back every table the CSV download writes', () => {
    for (const t of crimeTables2023) {
      const read = readCrimeTableCsv(
        crimeTableCsv(t),
        { measure: t.measure, period: t.period },
        derbyshireAreas
      )
      // The CSV carries the source's publisher and title, not its note.
      const { publisher, title } = t.source
      expect(read).toEqual({ table: { ...t, source: { publisher, title } } })
    }
  })

  it('refuses a county row that is not the sum, with its line and column', () => {
    const csv = crimeTableCsv(table).replace(',16481,', ',16480,')
    expect(readCrimeTableCsv(csv, expected, derbyshireAreas)).toEqual({
      findings: [
        {
          line: 11,
          column: 7,
          field: 'volume',
          code: 'aggregate-mismatch',
          message: 'Derbyshire volume 16,480 is not the sum of its 8 districts (16,481).',
        },
        expect.objectContaining({ line: 12, column: 7, code: 'aggregate-mismatch' }),
      ],
    })
  })

  it('reports every bad cell, not just the first', () => {
    const csv = crimeTableCsv(table)
      .replace(',7863,37.6,', ',lots,37.6,')
      .replace(
        'anti-social-behaviour,2023,2023-01-01,2023-12-31,E07000034',
        'hate-crime,2023,2023-01-01,2023-12-31,E07000034'
      )
    const read = readCrimeTableCsv(csv, expected, derbyshireAreas)
    expect('findings' in read && read.findings.slice(0, 2)).toEqual([
      expect.objectContaining({ line: 2, column: 7, field: 'volume' }),
      expect.objectContaining({ line: 3, column: 1, field: 'measure' }),
    ])
    expect(readCrimeTableCsv('a,b\r\n', expected, derbyshireAreas)).toEqual({
      findings: [expect.objectContaining({ line: 1 })],
    })
  })

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const read = readCrimeTableCsv(crimeTableCsv(table) + text, expected, derbyshireAreas)
        expect('table' in read || read.findings.length > 0).toBe(true)
      })
    )
  })
})

describe('readCrimeTableJson', () => {
  it('accepts a correct table and refuses a wrong one with JSON paths', () => {
    expect(readCrimeTableJson(table, expected, derbyshireAreas)).toEqual({ table })
    const wrong = structuredClone(table) as { rows: { volume: number }[] }
    wrong.rows[9]!.volume = 16480
    const read = readCrimeTableJson(wrong, { ...expected, period: '2024' }, derbyshireAreas)
    expect('findings' in read && read.findings.map((f) => f.path)).toEqual([
      'period',
      'rows.9.volume',
      'rows.10.volume',
    ])
  })
})
