import { crimeTables2023 } from '@csp/domain'
import { describe, expect, it } from 'vitest'
import { saveCrimeTable } from '../db/repositories/crime-tables.ts'
import { testClock, testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

const asb = '/v1/crime-tables/anti-social-behaviour/2023'

describe.each(testDatabases)('crime tables on $name', (target) => {
  const t = useTestDb(target)

  it('indexes the stored tables with links', async () => {
    const res = await t.app().request('/v1/crime-tables')
    expect(res.status).toBe(200)
    const { items } = await json(res)
    expect(items.map((i: { measure: string }) => i.measure)).toEqual([
      'anti-social-behaviour',
      'domestic-abuse',
      'hate-crime',
      'residential-burglary',
      'serious-violence',
      'vehicle-crime',
    ])
    expect(items[0]).toEqual({
      measure: 'anti-social-behaviour',
      measureLabel: 'Anti-social behaviour',
      period: '2023',
      from: '2023-01-01',
      to: '2023-12-31',
      source: crimeTables2023[0]?.source,
      origin: 'plan',
      complete: true,
      links: { self: asb, csv: `${asb}?format=csv` },
    })
    const filtered = await json(await t.app().request('/v1/crime-tables?measure=hate-crime'))
    expect(filtered.items).toHaveLength(1)
  })

  it('serves a table with rates, trends, ranks, findings, completeness and statements', async () => {
    const res = await t.app().request(asb)
    expect(res.status).toBe(200)
    expect(res.headers.get('vary')).toBe('Accept')
    const view = await json(res)
    expect(view).toMatchObject({
      measure: 'anti-social-behaviour',
      measureInfo: { label: 'Anti-social behaviour' },
      period: '2023',
      from: '2023-01-01',
      to: '2023-12-31',
      origin: 'plan',
      order: 'lowest',
      findings: [],
      completeness: { complete: true, notes: [] },
    })
    expect(view.source.publisher).toBe('South Derbyshire Community Safety Partnership')
    const sd = view.rows.find((r: { areaCode: string }) => r.areaCode === 'E07000039')
    expect(sd).toMatchObject({
      areaName: 'South Derbyshire',
      areaKind: 'district',
      volume: 1695,
      rate: {
        formatted: '19.5',
        value: 19.5,
        volume: 1695,
        population16Plus: 86949,
        published: 19.5,
      },
      trend: { percent: -6.9, direction: 'decrease' },
      rank: { position: 2, of: 9, phrase: 'second lowest' },
    })
    expect(sd.rate.perThousand).toBeCloseTo(19.494, 3)
    const county = view.rows.find((r: { areaCode: string }) => r.areaCode === 'E10000007')
    expect(county.rank).toBeNull()
    expect(view.statements).toHaveLength(9)
    const sdText = view.statements.find((s: { areaCode: string }) => s.areaCode === 'E07000039')
    expect(sdText.sentences[0]).toBe(
      'South Derbyshire recorded 1,695 anti-social behaviour incidents in 2023, a rate of 19.5 per 1,000 residents aged 16 and over.'
    )
    expect(view.links.csv).toBe(`${asb}?format=csv`)
  })

  it('ranks from the highest rate on request', async () => {
    const view = await json(await t.app().request(`${asb}?order=highest`))
    const derby = view.rows.find((r: { areaCode: string }) => r.areaCode === 'E06000015')
    expect(derby.rank).toMatchObject({ order: 'highest', position: 1, phrase: 'highest' })
  })

  it('serves CSV for ?format=csv and for Accept: text/csv', async () => {
    const byQuery = await t.app().request(`${asb}?format=csv`)
    expect(byQuery.status).toBe(200)
    expect(byQuery.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(byQuery.headers.get('content-disposition')).toBe(
      'attachment; filename="anti-social-behaviour-2023.csv"'
    )
    const csv = await byQuery.text()
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe(
      'measure,period,from,to,area_code,area_name,volume,rate_per_1000,trend_percent,rank,rank_of,rank_phrase,complete,source'
    )
    expect(lines).toContain(
      'anti-social-behaviour,2023,2023-01-01,2023-12-31,E07000039,South Derbyshire,1695,19.5,-6.9,2,9,second lowest,true,"South Derbyshire Community Safety Partnership: South Derbyshire CSP Partnership Plan 2023-26, Crime Figures"'
    )
    expect(lines).toHaveLength(13) // header, 11 areas, and the empty string after the last CRLF
    const byAccept = await t.app().request(asb, { headers: { Accept: 'text/csv' } })
    expect(await byAccept.text()).toBe(csv)
    const prefersJson = await t.app().request(asb, {
      headers: { Accept: 'application/json, text/csv;q=0.5' },
    })
    expect(prefersJson.headers.get('content-type')).toBe('application/json')
    expect(byAccept.headers.get('etag')).not.toBe(prefersJson.headers.get('etag'))
    const forcedJson = await t.app().request(`${asb}?format=json`, {
      headers: { Accept: 'text/csv' },
    })
    expect(forcedJson.headers.get('content-type')).toBe('application/json')
  })

  it('answers If-None-Match with 304, keeping the CORS headers', async () => {
    const app = t.app()
    const first = await app.request(asb, { headers: { Origin: 'https://example.org' } })
    const tag = first.headers.get('etag') ?? ''
    const again = await app.request(asb, {
      headers: { Origin: 'https://example.org', 'If-None-Match': `"other", ${tag}` },
    })
    expect(again.status).toBe(304)
    expect(again.headers.get('access-control-allow-origin')).toBe('*')
    expect(again.headers.get('vary')).toBe('Accept')
  })

  it('reports invalid parameters as a 400 problem with field paths', async () => {
    const res = await t.app().request('/v1/crime-tables/Hate_Crime/last-year')
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = await json(res)
    expect(body.type).toBe(problemType('validation'))
    expect(body.errors).toEqual([
      { path: 'measure', message: 'must be lowercase words joined by - or .', in: 'param' },
      {
        path: 'period',
        message: 'must be a year such as 2023 or a financial year such as 2024-25',
        in: 'param',
      },
    ])
    // Each part of the request is checked in turn: the query first, then the path.
    const query = await json(
      await t.app().request('/v1/crime-tables/Hate_Crime/2023?order=middle&format=xml')
    )
    expect(query.errors.map((e: { path: string; in: string }) => `${e.in}:${e.path}`)).toEqual([
      'query:order',
      'query:format',
    ])
    const index = await json(await t.app().request('/v1/crime-tables?measure=Nope!'))
    expect(index.errors[0]).toMatchObject({ path: 'measure', in: 'query' })
  })

  it('answers unknown measures and periods with a 404 problem that says which', async () => {
    const period = await t.app().request('/v1/crime-tables/hate-crime/2019')
    expect(period.status).toBe(404)
    expect(period.headers.get('content-type')).toBe('application/problem+json')
    expect((await json(period)).detail).toBe('There is no hate-crime table for 2019.')
    // Readable from a page elsewhere (the widget says why), and never cached.
    expect(period.headers.get('access-control-allow-origin')).toBe('*')
    expect(period.headers.get('cache-control')).toBe('no-store')
    const measure = await json(await t.app().request('/v1/crime-tables/made-up/2023'))
    expect(measure).toMatchObject({
      type: problemType('not-found'),
      status: 404,
      detail: '"made-up" is not a known measure; see /v1/measures.',
    })
  })

  it('stores and serves the completeness of an imported table', async () => {
    const table = crimeTables2023[0]
    if (!table) throw new Error('no plan table')
    await saveCrimeTable(
      t.db,
      { ...table, measure: 'police-uk.anti-social-behaviour', period: '2024' },
      {
        origin: 'import',
        completeness: { complete: false, notes: ['No rows for 2024-03.'] },
        updatedAt: testClock.now(),
      }
    )
    const view = await json(
      await t.app().request('/v1/crime-tables/police-uk.anti-social-behaviour/2024')
    )
    expect(view.origin).toBe('import')
    expect(view.completeness).toEqual({ complete: false, notes: ['No rows for 2024-03.'] })
    expect(view.measureInfo.label).toBe('Anti-social behaviour (police.uk)')
    const index = await json(
      await t.app().request('/v1/crime-tables?measure=police-uk.anti-social-behaviour')
    )
    expect(index.items[0]).toMatchObject({ origin: 'import', complete: false })
  })
})
