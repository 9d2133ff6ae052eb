import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { derbyshireAreas } from '../geography/index.ts'
import { aggregatePoliceUkStreet, createPoliceUkAggregator } from './aggregator.ts'
import { policeUkCrimeTypeNames } from './crime-type-table.ts'
import type { PoliceUkGeography } from './geography-option.ts'
import { PoliceUkAggregate } from './result.ts'
import { csvLine, streetHeader, streetRow } from './test-fixtures.ts'
import type { PoliceUkAggregate as Aggregate, PoliceUkLsoaCount } from './types.ts'

// Two square "LSOAs" side by side: A on [0, 1) × [0, 1) in South Derbyshire, B on [1, 2) × [0, 1)
// in Derby. The bounds reach to 3, so [2, 3] × [0, 1] is inside the bounds but in no LSOA.
const A = 'E01100001'
const B = 'E01100002'
const districtOf: Record<string, string> = { [A]: 'South Derbyshire', [B]: 'Derby' }

function fakeGeography(calls = { locate: 0, cellOf: 0 }): PoliceUkGeography {
  return {
    lsoaCodes: new Map([
      [A, 'E07000039'],
      [B, 'E06000015'],
    ]),
    bounds: [0, 0, 3, 1],
    locate(lon, lat) {
      calls.locate++
      if (lat < 0 || lat >= 1 || lon < 0 || lon >= 2) return null
      return lon < 1 ? A : B
    },
    cellOf(lon, lat) {
      calls.cellOf++
      return `${Math.floor(lon * 2)}:${Math.floor(lat * 2)}`
    },
  }
}

interface Row {
  month: string
  force: string
  /** The district named by the row's LSOA name; '' for a no-location row. */
  district: string
  code: string
  point: readonly [string, string] | null
  crimeType: string
}

const line = (row: Row) =>
  csvLine(
    streetRow({
      month: row.month,
      force: row.force,
      lsoaName: row.district === '' ? '' : `${row.district} 001A`,
      lsoaCode: row.code,
      point: row.point ?? ['', ''],
      crimeType: row.crimeType,
    })
  )
const file = (rows: readonly Row[]) => [streetHeader, ...rows.map(line)].join('\n') + '\n'

const notts = 'Nottinghamshire Police'
const derbys = 'Derbyshire Constabulary'
const row = (district: string, code: string, point: [string, string] | null, crimeType = 'Burglary', force = derbys): Row => ({ month: '2024-12', force, district, code, point, crimeType }) // prettier-ignore

describe('lsoaCounts without a geography', () => {
  it('counts each located row under its own LSOA code as given, or none (no area)', async () => {
    const result = await aggregatePoliceUkStreet(
      file([
        row('Erewash', 'E01019999', ['-1.3', '52.9']),
        row('Erewash', 'E01019999', ['-1.3', '52.9'], 'Drugs', notts),
        row('Erewash', '', ['-1.3', '52.9']),
        row('Nottingham', 'E01027979', null),
        row('', '', null, 'Drugs'),
      ])
    )
    const lsoa = (force: string, district: string, areaCode: string | null, code: string | null, crimeType: PoliceUkLsoaCount['crimeType']) => ({ month: '2024-12', force, district, areaCode, lsoa: code, crimeType, count: 1 }) // prettier-ignore
    expect(result.lsoaCounts).toEqual([
      lsoa(derbys, 'Erewash', 'E07000036', null, 'Burglary'),
      lsoa(derbys, 'Erewash', 'E07000036', 'E01019999', 'Burglary'),
      lsoa(derbys, 'Nottingham', null, 'E01027979', 'Burglary'),
      lsoa(notts, 'Erewash', 'E07000036', 'E01019999', 'Drugs'),
    ])
    expect(result.placement).toEqual({ ownCode: 3, pointInPolygon: 0, noArea: 1 })
    expect(result.gridCounts).toEqual([])
    expect(result.forceCounts).toEqual([
      { month: '2024-12', force: derbys, crimeType: 'Burglary', count: 3 },
      { month: '2024-12', force: derbys, crimeType: 'Drugs', count: 1 },
      { month: '2024-12', force: notts, crimeType: 'Drugs', count: 1 },
    ])
    expect(PoliceUkAggregate.parse(result)).toEqual(result)
  })
})

describe('lsoaCounts of runs of one LSOA', () => {
  it('tells codes apart that only quoting makes look alike, however the rows come', async () => {
    const plain = line(row('Derby', 'E01019400', null))
    const [head, tail] = [
      plain.slice(0, plain.indexOf('E01019400')),
      plain.slice(plain.indexOf(',Derby 001A') + 11),
    ]
    const quoted = `${head}"E01019400","Derby 001A"${tail}` // code E01019400
    const stray = `${head}E01019400","Derby 001A"${tail}` // code E01019400" (a stray quote)
    const text = [streetHeader, plain, plain, quoted, stray, stray, quoted, plain].join('\n')
    const result = await aggregatePoliceUkStreet(text)
    expect(result.errors).toEqual([])
    expect(result.lsoaCounts.map((c) => [c.lsoa, c.count])).toEqual([
      ['E01019400', 5],
      ['E01019400"', 2],
    ])
  })
})

describe('lsoaCounts with a geography', () => {
  it('uses a bundled own code, else the point in polygon, else no area, and the LSOA’s district', async () => {
    const calls = { locate: 0, cellOf: 0 }
    const geography = fakeGeography(calls)
    const rows = [
      row('South Derbyshire', A, ['0.2', '0.3']), // own code, cell 0:0
      row('South Derbyshire', A, ['0.2', '0.3'], 'Drugs'), // own code, the same point
      row('Erewash', B, ['1.2', '0.2']), // own code: B's district, Derby, not the name's
      row('South Derbyshire', 'E01019400', ['1.5', '0.5']), // a 2011 code: B by point
      row('South Derbyshire', '', ['1.5', '0.5'], 'Drugs'), // no code: B by point (cached)
      row('Nottingham', 'E01027979', ['-1.2', '53.1']), // outside the bounds: not looked up
      row('Erewash', 'E01019401', ['2.5', '0.5']), // in the bounds, in no LSOA: no area
      row('Erewash', 'E01019402', ['-1.x', '0.5']), // not a number: no area
      row('', '', ['0.2', '0.3'], 'Robbery'), // no location: not placed at all
    ]
    const result = await aggregatePoliceUkStreet(file(rows), { geography })
    const lsoa = (district: string, areaCode: string | null, code: string | null, crimeType: PoliceUkLsoaCount['crimeType'], count = 1) => ({ month: '2024-12', force: derbys, district, areaCode, lsoa: code, crimeType, count }) // prettier-ignore
    expect(result.lsoaCounts).toEqual([
      lsoa('Derby', 'E06000015', B, 'Burglary', 2),
      lsoa('Derby', 'E06000015', B, 'Drugs'),
      lsoa('Erewash', 'E07000036', null, 'Burglary', 2),
      lsoa('Nottingham', null, null, 'Burglary'),
      lsoa('South Derbyshire', 'E07000039', A, 'Burglary'),
      lsoa('South Derbyshire', 'E07000039', A, 'Drugs'),
    ])
    const cell = (lsoa: string, cell: string, crimeType: PoliceUkLsoaCount['crimeType'], count = 1) => ({ month: '2024-12', force: derbys, lsoa, cell, crimeType, count }) // prettier-ignore
    expect(result.gridCounts).toEqual([
      cell(A, '0:0', 'Burglary'),
      cell(A, '0:0', 'Drugs'),
      cell(B, '2:0', 'Burglary'),
      cell(B, '3:1', 'Burglary'),
      cell(B, '3:1', 'Drugs'),
    ])
    expect(result.placement).toEqual({ ownCode: 3, pointInPolygon: 2, noArea: 3 })
    // Once per distinct point inside the bounds, never for points outside them.
    expect(calls).toEqual({ locate: 2, cellOf: 3 })
    // The district counts stay those of the LSOA names.
    const plain = await aggregatePoliceUkStreet(file(rows))
    for (const key of ['rows', 'months', 'counts', 'outsideArea', 'noLocation', 'gaps', 'errors', 'forceCounts'] as const) {
      expect(result[key]).toEqual(plain[key])
    } // prettier-ignore
    expect(PoliceUkAggregate.parse(result)).toEqual(result)
  })

  it('refuses a geography whose LSOAs lie in districts the areas do not have', () => {
    const geography = { ...fakeGeography(), lsoaCodes: new Map([[A, 'E07000099']]) }
    expect(() => createPoliceUkAggregator({ geography })).toThrow(
      /LSOA E01100001 is in district E07000099, which is not a district or unitary/
    )
    const backwards = { ...fakeGeography(), bounds: [3, 1, 0, 0] as const }
    expect(() => createPoliceUkAggregator({ geography: backwards })).toThrow(RangeError)
  })

  it('fails the file when locate names an LSOA that is not bundled', async () => {
    const geography = { ...fakeGeography(), locate: () => 'E01999999' }
    await expect(
      aggregatePoliceUkStreet(file([row('Erewash', '', ['0.5', '0.5'])]), { geography })
    ).rejects.toThrow(/"E01999999", which is not one of its lsoaCodes/)
  })
})

const monthArb = fc.constantFrom('2024-01', '2024-02')
const forceArb = fc.constantFrom(derbys, notts)
const districtArb = fc.constantFrom('South Derbyshire', 'Derby', 'Erewash', 'Nottingham', '')
const codeArb = fc.constantFrom(A, B, 'E01019400', 'E01027979', '')
const degreesArb = (min: number, max: number) =>
  fc.integer({ min: min * 4, max: max * 4 }).map((quarter) => (quarter / 4 + 0.125).toFixed(6))
const pointArb = fc.option(fc.tuple(degreesArb(-1, 4), degreesArb(-1, 2)), { freq: 4 })
const crimeTypeArb = fc.constantFrom(...policeUkCrimeTypeNames.slice(0, 4))
const rowArb: fc.Arbitrary<Row> = fc.record({
  month: monthArb,
  force: forceArb,
  district: districtArb,
  code: codeArb,
  point: pointArb,
  crimeType: crimeTypeArb,
})

/** The placement rule, written out plainly, for one row: its LSOA (or null) and district. */
function referencePlace(row: Row, geography: PoliceUkGeography | undefined) {
  if (geography === undefined)
    return { lsoa: row.code === '' ? null : row.code, district: row.district }
  let lsoa: string | null = geography.lsoaCodes.has(row.code) ? row.code : null
  if (lsoa === null && row.point !== null) {
    const [lon, lat] = row.point.map(Number) as [number, number]
    const [west, south, east, north] = geography.bounds
    if (lon >= west && lon <= east && lat >= south && lat <= north)
      lsoa = geography.locate(lon, lat)
  }
  return { lsoa, district: lsoa === null ? row.district : (districtOf[lsoa] as string) }
}

function referenceLsoaCounts(rows: readonly Row[], geography?: PoliceUkGeography) {
  const counts = new Map<string, number>()
  for (const row of rows) {
    if (row.district === '') continue
    const { lsoa, district } = referencePlace(row, geography)
    const key = `${row.month}|${row.force}|${district}|${lsoa ?? ''}|${row.crimeType}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

const lsoaMap = (result: Required<Aggregate>) =>
  new Map(
    result.lsoaCounts.map((c) => [
      `${c.month}|${c.force}|${c.district}|${c.lsoa ?? ''}|${c.crimeType}`,
      c.count,
    ])
  )

/** Sums rows of a list by a key. */
function totals<T extends { count: number }>(rows: readonly T[], key: (row: T) => string) {
  const sums = new Map<string, number>()
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + row.count)
  return sums
}

describe('lsoaCounts (properties)', () => {
  it('agree with the placement rule written out plainly, with and without a geography', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { maxLength: 60 }),
        fc.boolean(),
        async (rows, withGeography) => {
          const geography = withGeography ? fakeGeography() : undefined
          const result = await aggregatePoliceUkStreet(file(rows), { geography })
          expect(lsoaMap(result)).toEqual(referenceLsoaCounts(rows, geography))
          const located = rows.filter((r) => r.district !== '').length
          const { ownCode, pointInPolygon, noArea } = result.placement
          expect(ownCode + pointInPolygon + noArea).toBe(located)
          const noAreaRows = result.lsoaCounts.filter((c) => c.lsoa === null)
          expect(noAreaRows.reduce((sum, c) => sum + c.count, 0)).toBe(noArea)
          // A row in no LSOA never gets one: every LSOA named is the row's own or a bundled one.
          for (const c of result.lsoaCounts) {
            if (geography && c.lsoa !== null) expect(geography.lsoaCodes.has(c.lsoa)).toBe(true)
          }
        }
      ),
      { numRuns: 150 }
    )
  })

  it('summed over LSOA and force, equal the district counts (LSOAs plus no area make the district)', async () => {
    // With a geography, names agree with the LSOAs' districts here, as police.uk's do.
    const consistent = rowArb.map((row) =>
      row.code in districtOf && row.district !== ''
        ? { ...row, district: districtOf[row.code] as string }
        : row
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(consistent, { maxLength: 60 }),
        fc.boolean(),
        async (rows, withGeography) => {
          const [lon, lat] = [
            (row: Row) => Number(row.point?.[0]),
            (row: Row) => Number(row.point?.[1]),
          ]
          const unplaceable = (row: Row) => row.point === null || lon(row) < 0 || lon(row) >= 2 || lat(row) < 0 || lat(row) >= 1 // prettier-ignore
          const usable = withGeography
            ? rows.filter((row) => row.code in districtOf || unplaceable(row))
            : rows
          const result = await aggregatePoliceUkStreet(file(usable), { geography: withGeography ? fakeGeography() : undefined }) // prettier-ignore
          const byDistrict = (c: { month: string; district: string; crimeType: string }) => `${c.month}|${c.district}|${c.crimeType}` // prettier-ignore
          expect(totals(result.lsoaCounts, byDistrict)).toEqual(totals(result.counts, byDistrict))
        }
      ),
      { numRuns: 150 }
    )
  })
})

describe('merging snapshots (property)', () => {
  it('files read by separate aggregators and merged in order equal one sequential read', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(rowArb, { maxLength: 25 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (files, withGeography) => {
          const options = () => ({ geography: withGeography ? fakeGeography() : undefined })
          const texts = files.map((rows, i) => (i === 1 ? `${file(rows)}bad,row\n` : file(rows)))
          const sequential = createPoliceUkAggregator(options())
          for (const [i, text] of texts.entries()) await sequential.add(text, { file: `${i}.csv` })
          const merged = createPoliceUkAggregator(options())
          const snapshots = await Promise.all(
            texts.map(async (text, i) => {
              const part = createPoliceUkAggregator(options())
              await part.add(text, { file: `${i}.csv` })
              return structuredClone(part.snapshot())
            })
          )
          for (const snapshot of snapshots) merged.merge(snapshot)
          expect(merged.result()).toEqual(sequential.result())
          expect([...merged.lsoaCounts()]).toEqual(sequential.result().lsoaCounts)
        }
      ),
      { numRuns: 100 }
    )
  })

  it('merges into an aggregator that has read files of its own, matching names by text', async () => {
    const first = file([row('Erewash', A, null), row('Derby', B, null, 'Drugs', notts)])
    const second = file([row('Derby', B, null, 'Drugs', notts), row('Bolsover', '', null)])
    const sequential = createPoliceUkAggregator({ areas: derbyshireAreas })
    await sequential.add(first, { file: 'a.csv' })
    await sequential.add(second, { file: 'b.csv' })
    const merged = createPoliceUkAggregator({ areas: derbyshireAreas })
    await merged.add(first, { file: 'a.csv' })
    const other = createPoliceUkAggregator()
    await other.add(second, { file: 'b.csv' })
    merged.merge(other.snapshot())
    expect(merged.result()).toEqual(sequential.result())
    const reading = merged.add(first)
    expect(() => merged.merge(other.snapshot())).toThrow(/still running/)
    await reading
  })
})
