import { desc } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog } from '../db/schema/index.ts'
import { signedInUser } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

describe.each(testDatabases)('organisations on $name', (target) => {
  const t = useTestDb(target, { seed: false })

  it('lets admins add organisations, audited, and every signed-in user list them', async () => {
    const admin = await signedInUser(t.db, t.app(), 'admin')
    const res = await admin.post('/v1/organisations', {
      name: '  Derbyshire Constabulary ',
      kind: 'police',
    })
    expect(res.status).toBe(201)
    const created = await json(res)
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Derbyshire Constabulary',
      kind: 'police',
      createdAt: '2025-06-01T09:00:00.000Z',
    })
    const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1)
    expect(entry).toMatchObject({
      action: 'organisation.create',
      actorId: admin.user.id,
      subjectType: 'organisation',
      subjectId: created.id,
      details: { name: 'Derbyshire Constabulary', kind: 'police' },
    })
    const viewer = await signedInUser(t.db, t.app(), 'viewer')
    const list = await viewer.get('/v1/organisations')
    expect(list.status).toBe(200)
    expect((await json(list)).items.map((o: { name: string }) => o.name)).toEqual([
      'Derbyshire Constabulary',
      'South Derbyshire District Council',
    ])
  })

  it('refuses a duplicate name (any case) with 409, bad fields with 400, others with 403/401', async () => {
    const admin = await signedInUser(t.db, t.app(), 'admin')
    const duplicate = await admin.post('/v1/organisations', {
      name: 'SOUTH DERBYSHIRE district council',
      kind: 'council',
    })
    expect(duplicate.status).toBe(409)
    expect((await json(duplicate)).errors).toEqual([
      { path: 'name', message: 'an organisation with this name already exists', in: 'json' },
    ])
    const invalid = await admin.post('/v1/organisations', { name: '', kind: 'pub' })
    expect(invalid.status).toBe(400)
    expect((await json(invalid)).errors.map((e: { path: string }) => e.path)).toEqual([
      'name',
      'kind',
    ])
    const officer = await signedInUser(t.db, t.app(), 'officer')
    const forbidden = await officer.post('/v1/organisations', { name: 'Fire', kind: 'fire' })
    expect(forbidden.status).toBe(403)
    expect((await json(forbidden)).type).toBe(problemType('forbidden'))
    expect((await t.app().request('/v1/organisations')).status).toBe(401)
  })
})
