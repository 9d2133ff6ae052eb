import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Area } from '../geography/index.ts'
import { aggregatePoliceUkStreet, createPoliceUkAggregator } from './aggregator.ts'
import type { PoliceUkCrimeType } from './crime-types.ts'
import { PoliceUkAggregate } from './result.ts'
import {
  csvLine,
  generateStreetRows,
  referenceAggregate,
  streetHeader,
  streetRow,
} from './test-fixtures.ts'

const row = (month: string, lsoaName: string, crimeType: string, location?: string) =>
  csvLine(
    streetRow({ month, lsoaName, crimeType, ...(location === undefined ? {} : { location }) })
  )

// Every trap in one file: BOM, CRLF, quoted commas, quotes and newlines, blank lines,
// no-location and outside-area rows, bad rows of each kind, a missing month (2024-02), a crime
// type missing for a month (Robbery in 2024-04) and no final newline. Comments give the line.
const traps =
  '\uFEFF' +
  [
    streetHeader, // 1
    row('2024-01', 'South Derbyshire 001A', 'Burglary', 'On or near "The Green", Swadlincote'), // 2
    row('2024-01', 'Derby 013H', 'Robbery', 'On or near\nCafé – Ŵ 😀'), // 3-4
    '', // 5
    row('2024-01', '', 'Drugs'), // 6
    row('2024-01', 'Nottingham 001A', 'Shoplifting'), // 7
    row('2024-01', 'Derbyshire Dales 011G', 'Public disorder and weapons'), // 8
    row('2024-01', 'Derby 013H', 'Drugs').replace(/,$/, ''), // 9: 11 columns
    row('2024-13', 'Derby 013H', 'Drugs'), // 10
    row('2024-03', 'South Derbyshire 013F', 'Burglary'), // 11
    row('2024-03', 'Derby 013H', 'Robbery'), // 12
    row('2024-03', 'Nowhere', 'Drugs'), // 13
    '', // 14
    row('2024-04', 'South Derbyshire 001A', 'Burglary'), // 15
    row('2024-04', 'Derby 001A', 'Public disorder and weapons'), // 16
    row('2024-04', 'Amber Valley 001A', ''), // 17
    row('2024-04', 'Erewash 001A', 'Anti-social behaviour'), // 18
  ].join('\r\n')

const count = (month: string, district: string, areaCode: string | null, crimeType: PoliceUkCrimeType, measure: string) => ({ month, district, areaCode, crimeType, measure, count: 1 }) // prettier-ignore
const file = 'traps.csv'
const force = 'Derbyshire Constabulary'

const trapsResult: PoliceUkAggregate = {
  rows: 14,
  months: ['2024-01', '2024-03', '2024-04'],
  counts: [
    count('2024-01', 'Derby', 'E06000015', 'Robbery', 'police-uk.robbery'),
    count('2024-01', 'Nottingham', null, 'Shoplifting', 'police-uk.shoplifting'),
    count('2024-01', 'South Derbyshire', 'E07000039', 'Burglary', 'police-uk.burglary'),
    count('2024-03', 'Derby', 'E06000015', 'Robbery', 'police-uk.robbery'),
    count('2024-03', 'South Derbyshire', 'E07000039', 'Burglary', 'police-uk.burglary'),
    count('2024-04', 'Erewash', 'E07000036', 'Anti-social behaviour', 'police-uk.anti-social-behaviour'),
    count('2024-04', 'South Derbyshire', 'E07000039', 'Burglary', 'police-uk.burglary'),
  ],
  outsideArea: [{ month: '2024-01', district: 'Nottingham', crimeType: 'Shoplifting', count: 1 }],
  noLocation: [{ month: '2024-01', crimeType: 'Drugs', count: 1 }],
  gaps: [
    { month: '2024-02', force, crimeType: null, kind: 'missing-month' },
    { month: '2024-04', force, crimeType: 'Robbery', kind: 'missing-crime-type', count: 0, median: 1 },
  ],
  errors: [
    { file, line: 8, column: 'Crime type', kind: 'unknown-crime-type', message: 'unknown crime type "Public disorder and weapons" on 2 rows (lines 8, 16); not counted' },
    { file, line: 9, kind: 'malformed-row', message: 'expected 12 columns, found 11' },
    { file, line: 10, column: 'Month', kind: 'malformed-row', message: 'Month "2024-13" is not a month in the form YYYY-MM' },
    { file, line: 13, column: 'LSOA name', kind: 'malformed-row', message: 'LSOA name "Nowhere" does not end in an LSOA code such as " 001A"' },
    { file, line: 17, column: 'Crime type', kind: 'malformed-row', message: 'Crime type is blank' },
  ],
} // prettier-ignore

/** Cuts `items` at the given points (taken modulo its length), in order. */
function cut<T extends { length: number; slice(from: number, to?: number): T }>(
  items: T,
  at: number[]
): T[] {
  const points = [...new Set(at.map((p) => p % (items.length + 1)))].sort((a, b) => a - b)
  const ends = [...points, items.length]
  return [0, ...points].map((from, i) => items.slice(from, ends[i]))
}

describe('aggregatePoliceUkStreet on a file with every trap', () => {
  it('counts, separates and reports exactly', async () => {
    const result = await aggregatePoliceUkStreet(traps, { file })
    expect(result).toEqual(trapsResult)
    expect(PoliceUkAggregate.parse(result)).toEqual(result)
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  })

  it('gives identical results however the bytes or the text are cut (property)', async () => {
    const bytes = new TextEncoder().encode(traps)
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), fc.boolean(), async (at, asBytes) => {
        const chunks = asBytes ? cut(bytes, at) : cut(traps, at)
        expect(await aggregatePoliceUkStreet(chunks, { file })).toEqual(trapsResult)
      }),
      { numRuns: 200 }
    )
  })

  it('reads web ReadableStreams and async iterables of bytes', async () => {
    const bytes = new TextEncoder().encode(traps)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of cut(bytes, [1, 2, 50, 51, 52, 300])) controller.enqueue(chunk)
        controller.close()
      },
    })
    expect(await aggregatePoliceUkStreet(stream, { file })).toEqual(trapsResult)
    async function* slowly() {
      for (const chunk of cut(bytes, [3, 200, 201])) yield await Promise.resolve(chunk)
    }
    expect(await aggregatePoliceUkStreet(slowly(), { file })).toEqual(trapsResult)
  })
})

describe('aggregatePoliceUkStreet on generated Derbyshire-shaped files', () => {
  it('matches a naive whole-text reference implementation', async () => {
    const months = ['2024-10', '2024-11', '2024-12']
    const text =
      [streetHeader, ...generateStreetRows(42, months, 400).map(csvLine)].join('\n') + '\n'
    const result = await aggregatePoliceUkStreet(cut(new TextEncoder().encode(text), [7000, 20000]))
    const reference = referenceAggregate(text)
    const got = new Map<string, number>()
    for (const c of result.counts) got.set(`${c.month}|${c.district}|${c.crimeType}`, c.count)
    for (const c of result.noLocation) got.set(`${c.month}||${c.crimeType}`, c.count)
    expect(got).toEqual(reference.counts)
    expect(result.rows).toBe(1200)
    expect(result.errors).toEqual([])
    expect(result.months).toEqual(months)
    const outside = new Set(result.outsideArea.map((c) => c.district))
    expect(outside).toEqual(new Set(['Nottingham', 'East Staffordshire', 'Ynys Môn']))
    for (const c of result.counts) expect(c.areaCode === null).toBe(outside.has(c.district))
  })
})

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
    expect(chunked.errors).toEqual([{ file: 'input', line: 2, kind: 'malformed-row', message: 'line is longer than 300 characters' }]) // prettier-ignore
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

describe('createPoliceUkAggregator', () => {
  it('adds several files (months and forces) into one aggregate, errors naming each file', async () => {
    const aggregator = createPoliceUkAggregator()
    const december = [
      streetHeader,
      row('2024-12', 'Erewash 001A', 'Drugs'),
      row('2024-12', 'x', 'Drugs'),
    ].join('\n')
    const notts = [streetHeader, csvLine(streetRow({ month: '2024-12', lsoaName: 'Erewash 002B', crimeType: 'Drugs', force: 'Nottinghamshire Police' }))].join('\n') // prettier-ignore
    const first = aggregator.add(traps, { file: 'a.csv' })
    const second = aggregator.add(december, { file: 'b.csv' })
    expect(() => aggregator.result()).toThrow(/still running/)
    await Promise.all([first, second, aggregator.add(notts, { file: 'c.csv' })])
    const result = aggregator.result()
    expect(result.rows).toBe(14 + 2 + 1)
    expect(result.months).toEqual(['2024-01', '2024-03', '2024-04', '2024-12'])
    expect(result.counts.at(-1)).toEqual({ month: '2024-12', district: 'Erewash', areaCode: 'E07000036', crimeType: 'Drugs', measure: 'police-uk.drugs', count: 2 }) // prettier-ignore
    expect(result.errors.map((e) => `${e.file}:${e.line}`)).toEqual(['a.csv:8', 'a.csv:9', 'a.csv:10', 'a.csv:13', 'a.csv:17', 'b.csv:3']) // prettier-ignore
    // Each force is judged on its own over 2024-01..2024-12: Derbyshire lacks 02 and 05-11,
    // Nottinghamshire everything but 12.
    const expected = Array.from(
      { length: 11 },
      (_, i) => `2024-${String(i + 1).padStart(2, '0')}`
    ).flatMap((month) => [
      ...(['2024-01', '2024-03', '2024-04'].includes(month) ? [] : [`${month} ${force}`]),
      `${month} Nottinghamshire Police`,
    ])
    const missing = result.gaps.filter((g) => g.kind === 'missing-month')
    expect(missing.map((g) => `${g.month} ${g.force}`)).toEqual(expected)
  })

  it('keeps working after a source fails, and result() reflects what was read', async () => {
    const aggregator = createPoliceUkAggregator()
    async function* broken() {
      yield `${streetHeader}\n${row('2024-01', 'Derby 013H', 'Drugs')}\n`
      throw new Error('disk gone')
    }
    await expect(aggregator.add(broken(), { file: 'broken.csv' })).rejects.toThrow('disk gone')
    await aggregator.add(`${streetHeader}\n${row('2024-01', 'Derby 013H', 'Drugs')}`, {
      file: 'ok.csv',
    })
    expect(aggregator.result().counts.map((c) => c.count)).toEqual([2])
  })

  it('reports progress at most every progressEvery rows, and at the end of each file', async () => {
    const calls: { file: string; rows: number; bytes: number }[] = []
    const aggregator = createPoliceUkAggregator({
      progressEvery: 10,
      onProgress: (p) => calls.push(p),
    })
    const lines = [
      streetHeader,
      ...Array.from({ length: 35 }, () => row('2024-01', 'Derby 013H', 'Drugs')),
    ]
    await aggregator.add(
      lines.map((line) => `${line}\n`),
      { file: 'p.csv' }
    )
    expect(calls.map((c) => c.rows)).toEqual([10, 20, 30, 35])
    expect(calls.at(-1)).toEqual({ file: 'p.csv', rows: 35, bytes: lines.join('\n').length + 1 })
    const bytes = calls.map((c) => c.bytes)
    expect([...bytes].sort((a, b) => a - b)).toEqual(bytes)
  })
})
