import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aggregatePoliceUkStreet, createPoliceUkAggregator } from './aggregator.ts'
import { PoliceUkAggregate } from './result.ts'
import {
  csvLine,
  generateStreetRows,
  referenceAggregate,
  streetHeader,
  streetRow,
} from './test-fixtures.ts'
import { cut, force, row, traps, trapsFile as file, trapsResult } from './traps-fixture.ts'

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

describe('aggregatePoliceUkStreet on random generated files', () => {
  it('agrees with the reference however the bytes are cut (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.array(fc.nat(), { maxLength: 30 }), async (seed, at) => {
        const rows = generateStreetRows(seed, ['2024-01', '2024-02'], 15).map(csvLine)
        const text = `${streetHeader}\r\n${rows.join('\r\n')}`
        const result = await aggregatePoliceUkStreet(cut(new TextEncoder().encode(text), at))
        const got = new Map<string, number>()
        for (const c of result.counts) got.set(`${c.month}|${c.district}|${c.crimeType}`, c.count)
        for (const c of result.noLocation) got.set(`${c.month}||${c.crimeType}`, c.count)
        expect(got).toEqual(referenceAggregate(text).counts)
        expect(result.rows).toBe(30)
        expect(await aggregatePoliceUkStreet(text)).toEqual(result)
      }),
      { numRuns: 100 }
    )
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
