import { desc } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog } from '../db/schema/index.ts'
import { signedInUser, signInToken } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json } from '../test/http.ts'

describe.each(testDatabases)('admins and tokens on $name', (target) => {
  const t = useTestDb(target, { seed: false })

  it('lists a user’s tokens without the tokens, and revokes one', async () => {
    const admin = await signedInUser(t.db, t.app(), 'admin')
    const officer = await signedInUser(t.db, t.app(), 'officer')
    const second = await signInToken(t.app(), officer.user.email)
    const res = await admin.get(`/v1/users/${officer.user.id}/tokens`)
    expect(res.status).toBe(200)
    const { items } = await json(res)
    expect(items).toHaveLength(2)
    expect(items[0]).toEqual({
      id: expect.any(String),
      userId: officer.user.id,
      createdAt: '2025-06-01T09:00:00.000Z',
      expiresAt: '2025-06-01T17:00:00.000Z',
      revokedAt: null,
      active: true,
    })
    const text = JSON.stringify(items)
    expect(text).not.toContain(officer.token)
    expect(text).not.toContain(second)

    // Revoke each: exactly one token of the two stops working at a time.
    const revoke = await admin.delete(`/v1/tokens/${items[0].id}`)
    expect(revoke.status).toBe(204)
    const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1)
    expect(entry).toMatchObject({
      action: 'auth.token.revoke',
      actorId: admin.user.id,
      subjectId: items[0].id,
      details: { userId: officer.user.id },
    })
    const working = [
      (await officer.get('/v1/me')).status,
      (await t.app().request('/v1/me', { headers: { Authorization: `Bearer ${second}` } })).status,
    ].sort()
    expect(working).toEqual([200, 401])
    const after = await json(await admin.get(`/v1/users/${officer.user.id}/tokens`))
    expect(after.items.find((i: { id: string }) => i.id === items[0].id)).toMatchObject({
      active: false,
      revokedAt: '2025-06-01T09:00:00.000Z',
    })
  })

  it('answers 404 for unknown ids and 403 for non-admins', async () => {
    const admin = await signedInUser(t.db, t.app(), 'admin')
    expect((await admin.delete(`/v1/tokens/${crypto.randomUUID()}`)).status).toBe(404)
    expect((await admin.get(`/v1/users/${crypto.randomUUID()}/tokens`)).status).toBe(404)
    const analyst = await signedInUser(t.db, t.app(), 'analyst')
    expect((await analyst.get(`/v1/users/${analyst.user.id}/tokens`)).status).toBe(403)
    expect((await analyst.delete(`/v1/tokens/${crypto.randomUUID()}`)).status).toBe(403)
  })
})
