import { describe, expect, it } from 'vitest'
import { movableClock, signedInUser } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

describe.each(testDatabases)('GET /v1/audit on $name', (target) => {
  const t = useTestDb(target, { seed: false })

  it('pages through the log newest first, filtered by actor and time', async () => {
    const clock = movableClock('2025-06-10T23:30:00Z')
    const app = t.app({}, clock)
    const admin = await signedInUser(t.db, app, 'admin')
    const other = await signedInUser(t.db, app, 'admin')
    for (const name of ['One', 'Two', 'Three']) {
      expect((await admin.post('/v1/organisations', { name, kind: 'other' })).status).toBe(201)
      clock.advance(3600)
    }
    const first = await json(await admin.get(`/v1/audit?actor=${admin.user.id}&limit=2`))
    expect(first.items.map((e: { details: { name?: string } }) => e.details.name)).toEqual([
      'Three',
      'Two',
    ])
    expect(first.items[0]).toMatchObject({
      action: 'organisation.create',
      actorId: admin.user.id,
      subjectType: 'organisation',
      at: '2025-06-11T01:30:00.000Z',
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
    const second = await json(
      await admin.get(`/v1/audit?actor=${admin.user.id}&limit=2&before=${first.nextBefore}`)
    )
    expect(second.items.map((e: { action: string }) => e.action)).toEqual([
      'organisation.create',
      'auth.token.create',
    ])
    expect(second.nextBefore).toBeNull()

    // A date is the whole day in UTC; a date-time is exact.
    const day = await json(await admin.get('/v1/audit?from=2025-06-11&to=2025-06-11'))
    expect(day.items.map((e: { details: { name?: string } }) => e.details.name)).toEqual([
      'Three',
      'Two',
    ])
    const until = await json(await admin.get('/v1/audit?to=2025-06-10T23:30:00Z'))
    expect(until.items.every((e: { at: string }) => e.at <= '2025-06-10T23:30:00.000Z')).toBe(true)
    expect(until.items[0].at).toBe('2025-06-10T23:30:00.000Z')
    expect(until.items.some((e: { actorId: string }) => e.actorId === other.user.id)).toBe(true)
  })

  it('is for admins only, and checks its query', async () => {
    const viewer = await signedInUser(t.db, t.app(), 'viewer')
    const res = await viewer.get('/v1/audit')
    expect(res.status).toBe(403)
    expect((await json(res)).type).toBe(problemType('forbidden'))
    const admin = await signedInUser(t.db, t.app(), 'admin')
    const bad = await admin.get('/v1/audit?limit=0&from=yesterday&actor=me')
    expect(bad.status).toBe(400)
    expect((await json(bad)).errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'actor',
      'from',
      'limit',
    ])
  })

  it('refuses a `before` past the largest entry id with a 400, not a 500 (the contract property test found it)', async () => {
    const admin = await signedInUser(t.db, t.app(), 'admin')
    const res = await admin.get('/v1/audit?before=2147483648')
    expect(res.status).toBe(400)
    expect((await json(res)).errors.map((e: { path: string }) => e.path)).toEqual(['before'])
    expect((await admin.get('/v1/audit?before=2147483647')).status).toBe(200)
  })
})
