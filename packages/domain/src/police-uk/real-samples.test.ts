// Real police.uk files (OGL v3.0; attribution and provenance in fixtures/police-uk/README.md).
import { createReadStream, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { derbyshireAreas, findArea } from '../geography/index.ts'
import { aggregatePoliceUkStreet, createPoliceUkAggregator } from './aggregator.ts'
import { PoliceUkAggregate } from './result.ts'

const folder = new URL('../../../../fixtures/police-uk/', import.meta.url)
const notts = '2024-12-nottinghamshire-street-extract.csv'

/** A naive split-based reference: fine for these files, which contain no quotes. */
function naive(text: string) {
  const [, ...lines] = text.split('\n').filter((line) => line !== '')
  const counts = new Map<string, number>()
  const lsoaCounts = new Map<string, number>()
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)
  for (const line of lines) {
    const fields = line.split(',')
    expect(fields).toHaveLength(12)
    const [, month, force, , , , , code, lsoa = '', crimeType] = fields
    const district = lsoa === '' ? '(none)' : lsoa.slice(0, lsoa.lastIndexOf(' '))
    add(counts, `${month}|${district}|${crimeType}`)
    if (lsoa !== '') add(lsoaCounts, `${month}|${force}|${district}|${code}|${crimeType}`)
  }
  return { rows: lines.length, counts, lsoaCounts }
}

function lsoaMap(result: Required<PoliceUkAggregate>) {
  const counts = new Map<string, number>()
  for (const c of result.lsoaCounts) {
    counts.set(`${c.month}|${c.force}|${c.district}|${c.lsoa ?? ''}|${c.crimeType}`, c.count)
  }
  return counts
}

function asMap(result: PoliceUkAggregate) {
  const counts = new Map<string, number>()
  for (const c of result.counts) counts.set(`${c.month}|${c.district}|${c.crimeType}`, c.count)
  for (const c of result.noLocation) counts.set(`${c.month}|(none)|${c.crimeType}`, c.count)
  return counts
}

/** Yields the bytes in 64 KiB pieces, as a file stream would. */
function* pieces(bytes: Uint8Array, size = 65_536) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

describe('real police.uk samples', () => {
  const read = (name: string) => readFileSync(new URL(name, folder))

  it.each([
    ['2023-01-city-of-london-street.csv', 719, 45],
    [notts, 791, 63],
  ])('%s: exact counts, as a naive parser finds them', async (name, rows, noLocation) => {
    const bytes = read(name)
    const text = new TextDecoder().decode(bytes)
    expect(text).not.toContain('"')
    const reference = naive(text)
    const result = await aggregatePoliceUkStreet(pieces(bytes), { file: name })
    expect(result.rows).toBe(rows)
    expect(reference.rows).toBe(rows)
    expect(asMap(result)).toEqual(reference.counts)
    expect(lsoaMap(result)).toEqual(reference.lsoaCounts)
    expect(result.placement).toEqual({ ownCode: rows - noLocation, pointInPolygon: 0, noArea: 0 })
    expect(result.noLocation.reduce((sum, c) => sum + c.count, 0)).toBe(noLocation)
    expect(result.errors).toEqual([])
    expect(result.gaps).toEqual([])
    expect(result.months).toEqual([name.slice(0, 7)])
    expect(PoliceUkAggregate.parse(result)).toEqual(result)
  })

  it('streams a Node file stream and codes the Nottinghamshire rows in Derbyshire districts', async () => {
    const url = new URL(notts, folder)
    const result = await aggregatePoliceUkStreet(createReadStream(url, { highWaterMark: 4096 }))
    const inDerbyshire = result.counts.filter((c) => c.areaCode !== null)
    for (const c of inDerbyshire)
      expect(findArea(derbyshireAreas, c.district)?.code).toBe(c.areaCode)
    const erewash = inDerbyshire.filter((c) => c.district === 'Erewash')
    expect(erewash.reduce((sum, c) => sum + c.count, 0)).toBe(6)
    expect(erewash[0]?.areaCode).toBe('E07000036')
    const outside = result.outsideArea.reduce((sum, c) => sum + c.count, 0)
    const located = result.counts.reduce((sum, c) => sum + c.count, 0)
    expect(located + 63).toBe(791)
    expect(outside).toBe(located - inDerbyshire.reduce((sum, c) => sum + c.count, 0))
    expect(result.outsideArea.some((c) => c.district === 'Nottingham')).toBe(true)
  })

  it('combines both files in one aggregator, judging each force on its own', async () => {
    const aggregator = createPoliceUkAggregator()
    await aggregator.add(read('2023-01-city-of-london-street.csv'), { file: 'london.csv' })
    await aggregator.add(read(notts), { file: 'notts.csv' })
    const result = aggregator.result()
    expect(result.rows).toBe(719 + 791)
    expect(result.months).toEqual(['2023-01', '2024-12'])
    const missing = result.gaps.filter((g) => g.kind === 'missing-month')
    expect(missing).toHaveLength(2 * 23) // of 2023-01..2024-12, each force has one month
    expect(new Set(result.gaps.map((g) => g.kind))).toEqual(new Set(['missing-month']))
  })
})
