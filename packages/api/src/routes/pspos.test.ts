import { beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../clock.ts'
import { session, testPartners, testUser, type Session } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

const orders = {
  park: {
    title: 'Eureka Park PSPO',
    place: 'Eureka Park, Swadlincote',
    madeOn: '2024-05-20',
    startsOn: '2024-06-01',
    endsOn: '2027-05-31',
  },
  town: {
    title: 'Town centre alcohol PSPO',
    place: 'Swadlincote town centre',
    madeOn: '2022-08-15',
    startsOn: '2022-09-01',
    endsOn: '2025-08-15',
  },
  old: {
    title: 'Dog control PSPO',
    place: 'District-wide',
    madeOn: '2019-12-01',
    startsOn: '2020-01-01',
    endsOn: '2022-12-31',
  },
  next: {
    title: 'Melbourne Pool PSPO',
    place: 'Melbourne Pool',
    madeOn: '2025-05-20',
    startsOn: '2025-07-01',
    endsOn: '2028-06-30',
  },
}

describe.each(testDatabases)('the PSPO register on $name', (target) => {
  const t = useTestDb(target)
  let officer: Session
  const ids = {} as Record<keyof typeof orders, string>

  beforeAll(async () => {
    const p = await testPartners(t.db)
    officer = await (await testUser(t.db, 'officer', p.council.id)).on(t.app())
    for (const [key, order] of Object.entries(orders)) {
      const res = await officer.post('/v1/pspos', order)
      expect(res.status, await res.clone().text()).toBe(201)
      ids[key as keyof typeof orders] = (await json(res)).id
    }
  })

  it('is public, soonest end first, with each status as at today in England', async () => {
    const res = await t.app().request('/v1/pspos')
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const body = await json(res)
    expect(body.asOf).toBe('2025-06-01')
    expect(body.items.map((o: { title: string; status: string }) => [o.title, o.status])).toEqual([
      ['Dog control PSPO', 'expired'],
      ['Town centre alcohol PSPO', 'expiring-soon'],
      ['Eureka Park PSPO', 'active'],
      ['Melbourne Pool PSPO', 'not-yet-in-force'],
    ])
    expect(body.items[1]).toMatchObject({
      inForceUntil: '2025-08-15',
      daysRemaining: 75,
      reviewBy: '2025-02-15',
      challengeOpen: false,
    })
    expect(body.items[3]).toMatchObject({ challengeDeadline: '2025-06-30', challengeOpen: true })
    const again = await t.app().request('/v1/pspos', {
      headers: { 'If-None-Match': res.headers.get('etag') ?? '' },
    })
    expect(again.status).toBe(304)
  })

  it('moves with the clock', async () => {
    const later = t.app({}, fixedClock('2027-04-01T12:00:00Z'))
    const park = await json(await later.request(`/v1/pspos/${ids.park}`))
    expect(park).toMatchObject({ status: 'expiring-soon', daysRemaining: 60 })
    const next = await json(await later.request(`/v1/pspos/${ids.next}`))
    expect(next.status).toBe('active')
  })

  it('refuses orders the law does not allow, naming the field', async () => {
    const long = await officer.post('/v1/pspos', { ...orders.park, endsOn: '2027-06-01' })
    expect(long.status).toBe(400)
    expect((await json(long)).errors).toEqual([
      { path: 'endsOn', message: expect.stringContaining('2027-05-31'), in: 'json' },
    ])
    const early = await officer.post('/v1/pspos', { ...orders.park, startsOn: '2024-05-01' })
    expect((await json(early)).errors[0]).toMatchObject({ path: 'startsOn' })
    const future = await officer.post('/v1/pspos', {
      ...orders.park,
      madeOn: '2025-06-02',
      startsOn: '2025-07-01',
      endsOn: '2026-06-30',
    })
    expect((await json(future)).errors[0]).toMatchObject({ path: 'madeOn' })
    const viewer = await (
      await testUser(t.db, 'viewer', (await testPartners(t.db)).council.id)
    ).on(t.app())
    expect((await viewer.post('/v1/pspos', orders.park)).status).toBe(403)
    expect((await session(t.app(), null).post('/v1/pspos', orders.park)).status).toBe(401)
  })

  it('extends an order before it expires, by up to 3 years', async () => {
    const res = await officer.post(`/v1/pspos/${ids.town}/extensions`, { madeOn: '2025-05-30' })
    expect(res.status).toBe(201)
    expect(await json(res)).toMatchObject({
      endsOn: '2025-08-15',
      extensions: [{ madeOn: '2025-05-30', endsOn: '2028-08-15' }],
      inForceUntil: '2028-08-15',
      status: 'active',
    })
    const expired = await officer.post(`/v1/pspos/${ids.old}/extensions`, { madeOn: '2025-05-30' })
    expect(expired.status).toBe(409)
    const problem = await json(expired)
    expect(problem.type).toBe(problemType('conflict'))
    expect(problem.detail).toContain('after the order expired on 2022-12-31')
    const ghost = '00000000-0000-4000-8000-000000000000'
    expect(
      (await officer.post(`/v1/pspos/${ghost}/extensions`, { madeOn: '2025-05-30' })).status
    ).toBe(404)
    expect((await t.app().request(`/v1/pspos/${ghost}`)).status).toBe(404)
  })
})
