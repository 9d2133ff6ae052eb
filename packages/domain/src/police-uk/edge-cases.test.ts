import { describe, expect, it } from 'vitest'
import type { Area } from '../geography/index.ts'
import { aggregatePoliceUkStreet } from './aggregator.ts'
import { streetHeader } from './test-fixtures.ts'
import { force, row, traps } from './traps-fixture.ts'

describe('aggregatePoliceUkStreet edge cases', () => {
  it('reports an empty or blank file as having no header', async () => {
    for (const source of ['', '\n\r\n  \n', new Uint8Array([0xef, 0xbb, 0xbf]), []]) {
      const result = await aggregatePoliceUkStreet(source, { file: 'empty.csv' })
      expect(result.rows).toBe(0)
      expect(result.errors).toEqual([
        {
          file: 'empty.csv',
          line: 1,
          kind: 'no-header',
          message: expect.stringContaining('no header row'),
        },
      ])
    }
  })

  it('accepts a header-only file with zero rows and no error', async () => {
    for (const source of [streetHeader, `${streetHeader}\r\n`, `\uFEFF${streetHeader}\n\n`]) {
      expect(await aggregatePoliceUkStreet(source)).toEqual({
        rows: 0, months: [], counts: [], outsideArea: [], noLocation: [], gaps: [], errors: [],
        forceCounts: [], lsoaCounts: [], gridCounts: [], placement: { ownCode: 0, pointInPolygon: 0, noArea: 0 },
      }) // prettier-ignore
    }
  })

  it('skips a file with a wrong header, naming expected and found columns', async () => {
    const outcomes = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type'
    const result = await aggregatePoliceUkStreet(`\n${outcomes}\n${row('2024-01', 'Derby 013H', 'Drugs')}\n`, { file: 'o.csv' })
    expect(result.rows).toBe(0)
    expect(result.counts).toEqual([])
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatchObject({ file: 'o.csv', line: 2, kind: 'bad-header' })
    expect(result.errors[0]?.message).toContain(`expected the 12 street-level columns "${streetHeader}"`)
    expect(result.errors[0]?.message).toContain(`found 10 columns "${outcomes}"`)
    expect(result.errors[0]?.message).toMatch(/outcomes file.*skipped/)
  }) // prettier-ignore

  it('reports an unreadable header', async () => {
    const result = await aggregatePoliceUkStreet('Crime ID,"Month\n')
    expect(result.errors).toEqual([{ file: 'input', line: 1, kind: 'bad-header', message: expect.stringMatching(/^unreadable header: unterminated/) }]) // prettier-ignore
  })

  it('lists at most maxErrorsPerFile problem rows, then says how many more', async () => {
    const bad = Array.from({ length: 5 }, () => row('2024-13', 'Derby 013H', 'Drugs'))
    const text = [streetHeader, ...bad, row('2024-01', 'Derby 013H', 'Drugs')].join('\n')
    const result = await aggregatePoliceUkStreet(text, { maxErrorsPerFile: 2 })
    expect(result.errors.map((e) => [e.line, e.kind])).toEqual([[2, 'malformed-row'], [3, 'malformed-row'], [4, 'too-many-errors']]) // prettier-ignore
    expect(result.errors[2]?.message).toBe(
      '3 more problem rows not listed (the first 2 are); not counted'
    )
    expect(result.rows).toBe(6)
    expect(result.counts).toHaveLength(1)
  })

  it('cuts long bad values short in messages', async () => {
    const text = [streetHeader, row(`2024-${'9'.repeat(500)}`, 'Derby 013H', 'Drugs'), row('2024-01', 'Derby 013H', 'x'.repeat(500))].join('\n') // prettier-ignore
    const [month, type] = (await aggregatePoliceUkStreet(text)).errors
    expect(month?.message).toBe(
      `Month "2024-${'9'.repeat(75)}…" is not a month in the form YYYY-MM`
    )
    expect(type?.message).toBe(
      `unknown crime type "${'x'.repeat(80)}…" on 1 row (line 3); not counted`
    )
  })

  it('summarises unknown crime types beyond the first 20 values', async () => {
    const unknown = Array.from({ length: 23 }, (_, i) => row('2024-01', 'Derby 013H', `Type ${i}`))
    const result = await aggregatePoliceUkStreet([streetHeader, ...unknown].join('\n'))
    expect(result.errors).toHaveLength(21)
    expect(result.errors.at(-1)).toMatchObject({ line: 22, message: '3 more rows with other unknown crime types; not counted' }) // prettier-ignore
  })

  it('reports unterminated quotes and over-long records with their line and column', async () => {
    const text = [streetHeader, `,2024-01,"Derbyshire`, row('2024-01', 'Derby 013H', 'Drugs')].join(
      '\n'
    )
    const result = await aggregatePoliceUkStreet(text)
    expect(result.errors).toEqual([{ file: 'input', line: 2, column: 'Reported by', kind: 'malformed-row', message: expect.stringMatching(/^unterminated quoted field/) }]) // prettier-ignore
    expect(result.counts).toHaveLength(1)
    const long = await aggregatePoliceUkStreet([streetHeader, 'x'.repeat(500), row('2024-01', 'Derby 013H', 'Drugs')].join('\n'), { maxRecordLength: 300 }) // prettier-ignore
    expect(long.errors).toEqual([{ file: 'input', line: 2, kind: 'malformed-row', message: 'expected 12 columns, found 1' }]) // prettier-ignore
    const chunked = await aggregatePoliceUkStreet([`${streetHeader}\n`, 'x'.repeat(200), 'x'.repeat(200), `\n${row('2024-01', 'Derby 013H', 'Drugs')}`], { maxRecordLength: 300 }) // prettier-ignore
    expect(chunked.errors).toEqual([{ file: 'input', line: 2, kind: 'malformed-row', message: 'line is longer than 300 bytes' }]) // prettier-ignore
    expect(chunked.counts).toHaveLength(1)
  })

  it('matches partnership areas by name or alias from options.areas', async () => {
    const areas: Area[] = [
      { code: 'E06000018', name: 'Nottingham City', kind: 'unitary', parentCode: null, population16Plus: 1, aliases: ['nottingham'] },
      { code: 'E10000024', name: 'Derby', kind: 'county', parentCode: null, population16Plus: 1, aliases: [] },
    ] // prettier-ignore
    const result = await aggregatePoliceUkStreet(traps, { areas })
    const codes = Object.fromEntries(result.counts.map((c) => [c.district, c.areaCode]))
    expect(codes).toEqual({
      Derby: null,
      Nottingham: 'E06000018',
      'South Derbyshire': null,
      Erewash: null,
    })
  })

  it('validates options, naming the bad one', async () => {
    await expect(aggregatePoliceUkStreet('', { progressEvery: 0 })).rejects.toThrow(
      /progressEvery .* got 0/
    )
    await expect(aggregatePoliceUkStreet('', { maxErrorsPerFile: 1.5 })).rejects.toThrow(
      /maxErrorsPerFile/
    )
    await expect(aggregatePoliceUkStreet('', { lowCountRatio: 3 })).rejects.toThrow(/lowCountRatio/)
    await expect(aggregatePoliceUkStreet('', { expectedMonths: ['May'] })).rejects.toThrow(/"May"/)
  })

  it('uses expectedMonths for missing months', async () => {
    const result = await aggregatePoliceUkStreet(`${streetHeader}\n${row('2024-02', 'Derby 013H', 'Drugs')}`, { expectedMonths: ['2024-01', '2024-02'] }) // prettier-ignore
    expect(result.gaps).toEqual([
      { month: '2024-01', force, crimeType: null, kind: 'missing-month' },
    ])
  })
})
