import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../db/schema/index.ts'
import { session, testPartners, testUser, type Session } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json } from '../test/http.ts'

describe.each(testDatabases)('recorded actions on $name', (target) => {
  const t = useTestDb(target)
  let officer: Session
  let policeOfficer: Session
  let analyst: Session
  let partners: Awaited<ReturnType<typeof testPartners>>

  beforeAll(async () => {
    partners = await testPartners(t.db)
    officer = await (await testUser(t.db, 'officer', partners.council.id)).on(t.app())
    policeOfficer = await (await testUser(t.db, 'officer', partners.police.id)).on(t.app())
    analyst = await (await testUser(t.db, 'analyst', partners.police.id)).on(t.app())
    const records = [
      { power: 'warning-letter', date: '2025-04-10', count: 5, priorityId: 'asb-and-safer-spaces' },
      { power: 'community-protection-notice', date: '2025-05-02', place: 'Swadlincote' },
    ]
    for (const record of records) {
      const res = await officer.post('/v1/actions', record)
      expect(res.status, await res.clone().text()).toBe(201)
    }
    // Each agency records its own actions (see agency-writes.test.ts).
    const police = { power: 'community-protection-notice', date: '2024-12-01' }
    expect((await policeOfficer.post('/v1/actions', police)).status).toBe(201)
  })

  it('records an action as the domain ActionRecord, audited', async () => {
    const res = await policeOfficer.post('/v1/actions', {
      power: 'fixed-penalty-notice',
      date: '2025-05-30',
      notes: 'Littering',
    })
    expect(res.status).toBe(201)
    const body = await json(res)
    expect(body).toMatchObject({
      power: 'fixed-penalty-notice',
      date: '2025-05-30',
      agency: { id: partners.police.id, name: 'Derbyshire Constabulary' },
      count: 1,
      priorityId: null,
      place: null,
      notes: 'Littering',
      recordedAt: '2025-06-01T09:00:00.000Z',
    })
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'action.create'), eq(auditLog.subjectId, body.id)))
    expect(entry?.details).toMatchObject({ power: 'fixed-penalty-notice', count: 1 })
  })

  it('rejects bad records with field paths, and writers without the role', async () => {
    const res = await officer.post('/v1/actions', { power: 'asbo', date: '2025-13-01', count: 0 })
    expect(res.status).toBe(400)
    expect((await json(res)).errors.map((e: { path: string }) => e.path)).toEqual([
      'power',
      'date',
      'count',
    ])
    const refs = await officer.post('/v1/actions', {
      power: 'warning-letter',
      date: '2025-06-02',
      agency: '00000000-0000-4000-8000-000000000000',
      priorityId: 'not-a-priority',
    })
    expect((await json(refs)).errors).toEqual([
      { path: 'date', message: 'must not be after today (2025-06-01)', in: 'json' },
      { path: 'agency', message: 'no organisation has this id', in: 'json' },
      {
        path: 'priorityId',
        message: 'is not a theme or sub-priority of the current plan',
        in: 'json',
      },
    ])
    const viewer = await (await testUser(t.db, 'viewer', partners.council.id)).on(t.app())
    const action = { power: 'warning-letter', date: '2025-05-01' }
    expect((await viewer.post('/v1/actions', action)).status).toBe(403)
    expect((await viewer.get('/v1/actions')).status).toBe(403)
    expect((await session(t.app(), null).post('/v1/actions', action)).status).toBe(401)
  })

  it('lists recorded actions with filters', async () => {
    const powers = async (query: string) =>
      (await json(await analyst.get(`/v1/actions${query}`))).items.map(
        (a: { power: string; date: string }) => `${a.power} ${a.date}`
      )
    expect(await powers('?power=community-protection-notice')).toEqual([
      'community-protection-notice 2024-12-01',
      'community-protection-notice 2025-05-02',
    ])
    expect(await powers('?from=2025-04-01&to=2025-04-30')).toEqual(['warning-letter 2025-04-10'])
    expect(await powers('?priority=asb-and-safer-spaces')).toEqual(['warning-letter 2025-04-10'])
    expect(await powers(`?agency=${partners.police.id}&to=2025-03-31`)).toEqual([
      'community-protection-notice 2024-12-01',
    ])
    const bad = await analyst.get('/v1/actions?power=cpn&from=2025-05-01&to=2025-04-01')
    expect((await json(bad)).errors.map((e: { path: string }) => e.path)).toEqual(['power'])
  })

  it("sums recorded actions by power and period beside the plan's counts, never into them", async () => {
    const res = await t.app().request('/v1/actions/summary')
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBeTruthy()
    const body = await json(res)
    const cpn = body.powers.find(
      (p: { power: string }) => p.power === 'community-protection-notice'
    )
    expect(cpn.count).toBe(7)
    expect(body.recorded).toMatchObject({
      source: 'recorded-actions',
      from: '2025-04-01',
      to: '2026-03-31',
      period: 'financial-year',
      byPower: { 'warning-letter': 5, 'community-protection-notice': 1, 'closure-order': 0 },
      byPriority: { 'asb-and-safer-spaces': 5 },
    })
    expect(body.recorded.periods.map((p: { label: string }) => p.label)).toEqual(['2025-26'])
    const two = await json(
      await t
        .app()
        .request('/v1/actions/summary?from=2024-04-01&to=2026-03-31&period=financial-year')
    )
    expect(
      two.recorded.periods.map((p: { label: string; byPower: Record<string, number> }) => [
        p.label,
        p.byPower['community-protection-notice'],
      ])
    ).toEqual([
      ['2024-25', 1],
      ['2025-26', 1],
    ])
    const quarters = await json(await t.app().request('/v1/actions/summary?period=quarter'))
    expect(quarters.recorded.periods.map((p: { label: string }) => p.label)).toEqual([
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
    ])
    const bad = await t.app().request('/v1/actions/summary?to=2025-03-31')
    expect((await json(bad)).errors).toEqual([
      { path: 'to', message: 'must not be before from', in: 'query' },
    ])
  })
})
