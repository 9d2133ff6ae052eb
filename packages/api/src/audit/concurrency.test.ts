import { describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { auditLog } from '../db/schema/index.ts'
import { silentLogger } from '../http/logger.ts'
import { postSignIn, signedInUser, testPassword } from '../test/auth.ts'
import { testAuthConfig, testClock, testDatabases, useTestDb } from '../test/databases.ts'
import { verifyAuditChain } from './verify.ts'

describe.each(testDatabases)('concurrent audited writes on $name', (target) => {
  const t = useTestDb(target, { seed: false })

  // Two instances: on PostgreSQL each has its own connection pool, as two processes would.
  async function twoInstances() {
    const other = await t.openAnother()
    const config = { logger: silentLogger, auth: testAuthConfig }
    return [t.app(), createApp({ db: other.db, clock: testClock, config })] as const
  }

  it('keeps one unbroken chain when two instances write at once', { timeout: 60_000 }, async () => {
    const apps = await twoInstances()
    const admin = await signedInUser(t.db, apps[0], 'admin')
    const send = (i: number, method: string, path: string, body: unknown) =>
      apps[i % 2]!.request(path, {
        method,
        headers: { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    const officer = await signedInUser(t.db, apps[1], 'officer')
    const before = (await verifyAuditChain(t.db)) as { entries: number }
    const writes = Array.from({ length: 20 }, (_, i) =>
      send(i, 'POST', '/v1/organisations', { name: `Partner ${i}`, kind: 'voluntary' })
    )
    const signIns = Array.from({ length: 6 }, (_, i) =>
      postSignIn(apps[i % 2]!, {
        email: (i < 3 ? admin : officer).user.email,
        password: i % 3 ? testPassword : 'wrong password!',
      })
    )
    const statuses = (await Promise.all([...writes, ...signIns])).map((r) => r.status)
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(201))
    expect(statuses.slice(20).sort()).toEqual([201, 201, 201, 201, 401, 401])
    const result = await verifyAuditChain(t.db)
    expect(result).toMatchObject({ ok: true, entries: before.entries + 26 })
    expect(await t.db.$count(auditLog)).toBe(before.entries + 26)
  })

  it('checks at most 5 passwords of one email however many attempts race', async () => {
    const apps = await twoInstances()
    const officer = await signedInUser(t.db, apps[0], 'officer')
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        postSignIn(apps[i % 2]!, { email: officer.user.email, password: 'a wrong guess' })
      )
    )
    const statuses = responses.map((r) => r.status).sort()
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(7).fill(429)])
  })

  it(
    'lets one of several identical creations win, the rest get 409, none a deadlock',
    { timeout: 60_000 },
    async () => {
      const apps = await twoInstances()
      const admin = await signedInUser(t.db, apps[0], 'admin')
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          apps[i % 2]!.request('/v1/organisations', {
            method: 'POST',
            headers: { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ name: 'Same Name Trust', kind: 'health' }),
          })
        )
      )
      expect(responses.map((r) => r.status).sort()).toEqual([
        201, 409, 409, 409, 409, 409, 409, 409,
      ])
      expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true })
    }
  )
})
