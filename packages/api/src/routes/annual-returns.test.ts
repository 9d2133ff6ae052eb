import { describe, expect, it } from 'vitest'
import { saveAsbCaseReviewReturn } from '../db/repositories/plan-figures.ts'
import { signedInUser } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

const path = '/v1/asb-case-reviews/annual-return'
const figures = {
  applications: 2,
  thresholdNotMet: 1,
  reviewsCarriedOut: 1,
  reviewsWithRecommendations: 1,
}

describe.each(testDatabases)('ASB Case Review annual return on $name', (target) => {
  const t = useTestDb(target)
  // Windows other than a published return's period or an ended financial year need a sign-in.
  const signedIn = async (url: string, headers: Record<string, string> = {}) => {
    const viewer = await signedInUser(t.db, t.app(), 'viewer')
    return t
      .app()
      .request(url, { headers: { ...headers, Authorization: `Bearer ${viewer.token}` } })
  }

  it('serves the latest published return without a window', async () => {
    const res = await t.app().request(path)
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body).toMatchObject({
      from: '2024-04-01',
      to: '2025-03-31',
      basis: 'published-returns',
      figures,
      findings: [],
      notes: [],
    })
    expect(body.returns[0]).toMatchObject({
      period: '2024-25',
      source: { publisher: expect.any(String) },
      // The plan prints no publication date.
      publishedOn: null,
    })
  })

  it('exports the return as CSV, each figure with its window, basis and source', async () => {
    const query = '?from=2024-04-01&to=2025-03-31'
    const source =
      '"South Derbyshire Community Safety Partnership: South Derbyshire CSP Partnership Plan 2023-26, Anti-social Behaviour (ASB) Case Review (2024-25, 2024-04-01 to 2025-03-31)"'
    const csv = [
      'figure,description,count,from,to,basis,source,notes',
      `applications,Applications for an ASB Case Review,2,2024-04-01,2025-03-31,published-returns,${source},`,
      `thresholdNotMet,Decisions that the threshold for a review was not met,1,2024-04-01,2025-03-31,published-returns,${source},`,
      `reviewsCarriedOut,ASB Case Reviews carried out,1,2024-04-01,2025-03-31,published-returns,${source},`,
      `reviewsWithRecommendations,ASB Case Reviews that resulted in recommendations,1,2024-04-01,2025-03-31,published-returns,${source},`,
      '',
    ].join('\r\n')
    for (const res of [
      await t.app().request(`${path}${query}&format=csv`),
      await t.app().request(path + query, { headers: { Accept: 'text/csv' } }),
    ]) {
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="asb-case-review-return-2024-04-01-to-2025-03-31.csv"'
      )
      expect(res.headers.get('vary')).toContain('Accept')
      expect(await res.text()).toBe(csv)
    }
    const asJson = await t.app().request(`${path}${query}&format=json`, {
      headers: { Accept: 'text/csv' },
    })
    expect(asJson.headers.get('content-type')).toMatch(/^application\/json/)
    // Notes travel with every figure: here, the days no return covers.
    const wide = await (await signedIn(`${path}?from=2023-04-01&to=2025-03-31&format=csv`)).text()
    expect(wide.split('\r\n')[1]).toMatch(
      /,2,2023-04-01,2025-03-31,published-returns,.*,The counted returns \(2024-25\) do not cover every day of 1 April 2023 to 31 March 2025\.$/
    )
  })

  it('answers a CSV request for a window without figures with a 404 problem', async () => {
    const res = await t.app().request(`${path}?from=2020-04-01&to=2021-03-31&format=csv`)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect((await json(res)).detail).toBe(
      'No figures are known for 2020-04-01 to 2021-03-31: No published ASB Case Review return falls within 1 April 2020 to 31 March 2021. Figures counted from case-review records are public once the case-review settings say from which day every application is recorded (recordsKeptSince).'
    )
  })

  it('counts the returns inside a window and explains the rest', async () => {
    const wide = await json(await signedIn(`${path}?from=2023-04-01&to=2025-03-31`))
    expect(wide.figures).toEqual(figures)
    expect(wide.notes).toEqual([
      'The counted returns (2024-25) do not cover every day of 1 April 2023 to 31 March 2025.',
    ])
    const partial = await json(await signedIn(`${path}?from=2024-01-01&to=2024-12-31`))
    expect(partial.figures).toBeNull()
    expect(partial.notes).toEqual([
      'The 2024-25 return (1 April 2024 to 31 March 2025) only partly overlaps 1 January 2024 to 31 December 2024; it is not counted, because its figures cannot be split by date.',
      'No published ASB Case Review return falls within 1 January 2024 to 31 December 2024.',
    ])
  })

  it('sums consecutive returns', async () => {
    await saveAsbCaseReviewReturn(
      t.db,
      {
        period: '2023-24',
        from: '2023-04-01',
        to: '2024-03-31',
        applications: 3,
        thresholdNotMet: 0,
        reviewsCarriedOut: 3,
        reviewsWithRecommendations: 2,
        source: { publisher: 'Test', title: 'A published return' },
      },
      null
    )
    const body = await json(await signedIn(`${path}?from=2023-04-01&to=2025-03-31`))
    expect(body.figures).toEqual({
      applications: 5,
      thresholdNotMet: 1,
      reviewsCarriedOut: 4,
      reviewsWithRecommendations: 3,
    })
    expect(body.returns.map((r: { period: string }) => r.period)).toEqual(['2023-24', '2024-25'])
    expect(body.notes).toEqual([])
  })

  it('rejects bad dates with a 400 problem naming each field', async () => {
    const cases: [string, { path: string; message: string }[]][] = [
      ['?from=2024-02-30&to=2025-03-31', [{ path: 'from', message: 'Invalid ISO date' }]],
      ['?from=2024-04-01', [{ path: 'to', message: 'give both from and to, or neither' }]],
      ['?from=2025-04-01&to=2024-03-31', [{ path: 'to', message: 'must not be before from' }]],
    ]
    for (const [query, errors] of cases) {
      const res = await t.app().request(path + query)
      expect(res.status, query).toBe(400)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      const body = await json(res)
      expect(body.type).toBe(problemType('validation'))
      expect(body.errors, query).toEqual(errors.map((e) => ({ ...e, in: 'query' })))
    }
  })
})
