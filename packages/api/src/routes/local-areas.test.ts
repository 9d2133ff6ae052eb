// The local-area reads over the two real police.uk samples: imported through the API and
// through `csp import police-uk`, the stored LSOA counts are the same and equal an independent
// count; the routes answer from them, hide small counts in public and match `csp police-uk`.
import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { policeUkCrimeTypes, type PoliceUkCrimeType } from '@csp/domain'
import { derbyshireGeography } from '@csp/domain/boundaries'
import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { createDb, dbOptionsFromEnv, type Db } from '../db/client.ts'
import { signedInUser } from '../test/auth.ts'
import { useCliDatabase } from '../test/cli.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType, type Json } from '../test/http.ts'
import { uploadCsv } from '../test/imports.ts'
import { independentLsoaCounts } from '../test/independent-count.ts'

const folder = fileURLToPath(new URL('../../../../fixtures/police-uk/', import.meta.url))
const samples = ['2023-01-city-of-london-street.csv', '2024-12-nottinghamshire-street-extract.csv']
const paths = samples.map((name) => folder + name)
const geography = derbyshireGeography()
const expected = independentLsoaCounts(paths, geography)

/** `month lsoa crimeType` → count, of the current stored counts placed in an LSOA. */
async function storedLsoaCounts(db: Db): Promise<Map<string, number>> {
  const result = (await db.execute(sql`
    select c.month, c.lsoa, c.crime_type as "crimeType", sum(c.count)::int as count
    from police_uk_counts c join police_uk_sources s
      on s.import_id = c.import_id and s.force = c.force and s.month = c.month
    where c.lsoa <> '' group by c.month, c.lsoa, c.crime_type`)) as unknown as {
    rows: { month: string; lsoa: string; crimeType: string; count: number }[]
  }
  return new Map(result.rows.map((r) => [`${r.month} ${r.lsoa} ${r.crimeType}`, r.count]))
}

/** The (district, month, crime type) of each expected count, once each. */
const combos = [
  ...new Map(
    [...expected.keys()].map((key) => {
      const [month, lsoa, ...type] = key.split(' ')
      const crimeType = type.join(' ') as PoliceUkCrimeType
      const district = geography.lsoaDistrict(lsoa as string) as string
      return [`${district} ${month} ${crimeType}`, { district, month: month as string, crimeType }]
    })
  ).values(),
]
const measureOf = (crimeType: PoliceUkCrimeType) => policeUkCrimeTypes[crimeType].measureId

describe.each(testDatabases)('local areas on $name', (target) => {
  const t = useTestDb(target)
  const cli = useCliDatabase(target)
  let token = ''
  let viewer = ''
  beforeAll(async () => {
    token = (await signedInUser(t.db, t.app(), 'analyst')).token
    viewer = (await signedInUser(t.db, t.app(), 'viewer')).token
    for (const path of paths) {
      const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>
      const job = await json(await uploadCsv(t.app(), token, body, path.split('/').pop()))
      expect(job.status).toBe('succeeded')
    }
  }, 60_000)
  const get = (path: string, auth?: string) =>
    t.app().request(path, auth ? { headers: { Authorization: `Bearer ${auth}` } } : {})

  it('the API and csp import store the same LSOA counts, equal to an independent count', async () => {
    expect(expected.size).toBeGreaterThan(0)
    expect((await cli.run(['migrate'])).code).toBe(0)
    const imported = await cli.run(['import', 'police-uk', ...paths])
    expect({ code: imported.code, stderr: imported.stderr }).toEqual({ code: 0, stderr: '' })
    const handle = await createDb(dbOptionsFromEnv(cli.env, folder))
    try {
      expect(await storedLsoaCounts(handle.db)).toEqual(expected)
    } finally {
      await handle.close()
    }
    expect(await storedLsoaCounts(t.db)).toEqual(expected)
  }, 60_000)

  it('an analyst reads every expected LSOA count from /changes, as csp police-uk changes prints it', async () => {
    for (const { district, month, crimeType } of combos) {
      const query = `measure=${measureOf(crimeType)}&window=month&month=${month}&level=lsoa`
      const res = await get(`/v1/areas/${district}/changes?${query}`, token)
      expect(res.status).toBe(200)
      expect(res.headers.get('Cache-Control')).toBe('no-store')
      const body = await json(res)
      expect(body.suppression).toBeNull()
      for (const row of body.rows) {
        expect(row.current).toBe(expected.get(`${month} ${row.area} ${crimeType}`) ?? 0)
      }
      const args = ['police-uk', 'changes', ...paths, '--area', district]
      args.push('--measure', measureOf(crimeType), '--window', 'month', '--month', month)
      const printed = await cli.run([...args, '--level', 'lsoa', '--format', 'json'])
      expect(printed.code).toBe(0)
      expect(JSON.parse(printed.stdout)).toEqual(body)
    }
  }, 60_000)

  it('hot spots match csp police-uk hot-spots, on LSOAs and on the grid', async () => {
    const { district, crimeType } = combos[0]!
    for (const unit of ['lsoa', 'grid']) {
      const query = `measure=${measureOf(crimeType)}&unit=${unit}&limit=5`
      const body = await json(await get(`/v1/areas/${district}/hot-spots?${query}`, token))
      expect(body.rows[0].count).toBeGreaterThan(0)
      expect(body.to).toBe('2024-12')
      const printed = await cli.run([
        'police-uk',
        'hot-spots',
        ...paths,
        '--area',
        district,
        '--measure',
        measureOf(crimeType),
        '--unit',
        unit,
        '--limit',
        '5',
        '--format',
        'json',
      ])
      expect(JSON.parse(printed.stdout)).toEqual(body)
    }
  }, 60_000)

  it('in public: CORS, cached, small counts hidden, gaps as complete:false and count:null', async () => {
    const { district, crimeType } = combos[0]!
    const measure = measureOf(crimeType)
    const path = `/v1/areas/${district}/series?measure=${measure}&from=2024-10&to=2024-12`
    const res = await get(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Cache-Control')).toMatch(/^public, max-age=/)
    const etag = res.headers.get('ETag')
    expect(etag).toBeTruthy()
    const revalidated = await t.app().request(path, { headers: { 'If-None-Match': etag! } })
    expect(revalidated.status).toBe(304)
    const body = await json(res)
    expect(body.suppression.threshold).toBe(5)
    expect(body.points.slice(0, 2)).toEqual([
      { month: '2024-10', count: null, complete: false, suppressed: false },
      { month: '2024-11', count: null, complete: false, suppressed: false },
    ])
    const december = body.points[2]
    expect(december.complete).toBe(true)
    const exact = await json(await get(path, token))
    expect(exact.points[2].count).toBeGreaterThan(0)
    if (exact.points[2].count < 5) expect(december).toMatchObject({ count: null, suppressed: true })
    else expect(december.count).toBe(exact.points[2].count)
    // A viewer is signed in but not an analyst: public figures, not cached publicly.
    const viewed = await json(await get(path, viewer))
    expect(viewed.points[2]).toEqual(december)
  })

  it('wards and neighbourhood areas are answered with their notes', async () => {
    const ward = geography.wards('E07000039')[0]!
    const na = geography.neighbourhoodAreas('E07000039')[0]!
    const m = 'measure=police-uk.drugs'
    expect((await json(await get(`/v1/areas/${ward}/series?${m}`))).area.note).toMatch(
      /approximation/
    )
    const changes = await json(await get(`/v1/areas/${na.code}/changes?${m}&window=last-3`))
    expect(changes.area.note).toMatch(/provisional/)
    expect(changes.rows.map((r: Json) => r.kind)).toContain('ward')
    expect(changes.complete).toBe(false)
  })

  it('answers 400 for bad codes, measures and windows, 404 for unknown areas', async () => {
    const cases: [string, number][] = [
      ['/v1/areas/E0700003/series?measure=police-uk.drugs', 400],
      ['/v1/areas/E07000039/series?measure=hate-crime', 400],
      ['/v1/areas/E07000039/series?measure=police-uk.drugs&from=2024-13', 400],
      ['/v1/areas/E07000039/series?measure=police-uk.drugs&from=2024-12&to=2024-01', 400],
      ['/v1/areas/E07000039/changes?measure=police-uk.drugs&window=rolling-6', 400],
      ['/v1/areas/E07000039/hot-spots?measure=police-uk.drugs&window=last-3', 400],
      ['/v1/areas/E09000001/series?measure=police-uk.drugs', 404],
      ['/v1/geography/E07000039.geojson', 400],
      ['/v1/geography/E09000001.topojson', 404],
    ]
    for (const [path, status] of cases) {
      const res = await get(path)
      expect({ path, status: res.status }).toEqual({ path, status })
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
      const kind = status === 400 ? 'validation' : 'not-found'
      expect((await json(res)).type).toBe(problemType(kind))
    }
  })

  it('serves a district topology with its attribution', async () => {
    const res = await get('/v1/geography/E07000039.topojson')
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toMatch(/^public/)
    const topology = await json(res)
    expect(topology.type).toBe('Topology')
    expect(topology.metadata.attribution).toMatch(/Office for National Statistics|ONS/)
    expect(topology.objects.lsoas.geometries.length).toBe(geography.lsoas('E07000039').length)
  })
})
