import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { hashToken } from '../auth/tokens.ts'
import { apiTokens, auditLog, users } from '../db/schema/index.ts'
import {
  addTestUser,
  legacyScryptHash,
  movableClock,
  postSignIn,
  signInToken,
  testPassword,
} from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } })
const withoutRequestId = ({ requestId: _, ...body }: Record<string, unknown>) => body

describe.each(testDatabases)('sign-in and tokens on $name', (target) => {
  const t = useTestDb(target, { seed: false })

  it('signs in with email and password and returns a bearer token', async () => {
    const user = await addTestUser(t.db, 'officer')
    const res = await postSignIn(t.app(), {
      email: ` ${user.email.toUpperCase()} `,
      password: testPassword,
    })
    expect(res.status).toBe(201)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = await json(res)
    expect(body).toEqual({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      tokenType: 'Bearer',
      expiresAt: '2025-06-01T17:00:00.000Z',
      user: {
        id: user.id,
        email: user.email,
        name: 'Test officer',
        role: 'officer',
        organisationId: user.organisationId,
      },
      requires: [],
    })
    const me = await t.app().request('/v1/me', bearer(body.token))
    expect(me.status).toBe(200)
    expect(me.headers.get('cache-control')).toBe('no-store')
    expect(await json(me)).toMatchObject({
      id: user.id,
      role: 'officer',
      disabled: false,
      passwordChangeRequired: false,
      twoFactorEnabled: false,
      requires: [],
      organisation: {
        id: user.organisationId,
        name: 'South Derbyshire District Council',
        kind: 'council',
      },
      tokenExpiresAt: '2025-06-01T17:00:00.000Z',
    })
  })

  it('stores only the SHA-256 of each token, and audits the sign-in', async () => {
    const user = await addTestUser(t.db, 'viewer')
    const token = await signInToken(t.app(), user.email)
    const rows = await t.db.select().from(apiTokens).where(eq(apiTokens.userId, user.id))
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows)).not.toContain(token)
    expect(rows[0]?.tokenHash).toBe(hashToken(token))
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, rows[0]!.id))
    expect(entry).toMatchObject({
      action: 'auth.token.create',
      actorId: user.id,
      subjectType: 'token',
    })
    expect(JSON.stringify(entry)).not.toContain(token)
  })

  it('replaces a scrypt hash from before Argon2id when its owner signs in, and only then', async () => {
    const user = await addTestUser(t.db, 'officer')
    const legacy = legacyScryptHash(testPassword)
    await t.db.update(users).set({ passwordHash: legacy }).where(eq(users.id, user.id))
    const storedHash = async () =>
      (await t.db.select().from(users).where(eq(users.id, user.id)))[0]!.passwordHash
    const wrong = await postSignIn(t.app(), { email: user.email, password: 'not the password' })
    expect(wrong.status).toBe(401)
    expect(await storedHash()).toBe(legacy)
    await signInToken(t.app(), user.email)
    const upgraded = await storedHash()
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=64,t=1,p=1\$/)
    await signInToken(t.app(), user.email)
    expect(await storedHash()).toBe(upgraded)
  })

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const user = await addTestUser(t.db, 'viewer')
    const wrong = await postSignIn(t.app(), {
      email: user.email,
      password: 'not the password at all',
    })
    const unknown = await postSignIn(t.app(), {
      email: 'nobody@example.org',
      password: testPassword,
    })
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /)
    }
    const [a, b] = [await json(wrong), await json(unknown)]
    expect(withoutRequestId(a)).toEqual(withoutRequestId(b))
    expect(a).toMatchObject({
      type: problemType('unauthorized'),
      detail: 'The email address or password is not right.',
    })
    const failures = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.sign-in.fail'))
    const these = failures.filter((f) =>
      [user.email, 'nobody@example.org'].includes(String(f.details['email']))
    )
    expect(these.map((f) => f.details['reason'])).toEqual(['wrong-password', 'unknown-email'])
    expect(JSON.stringify(failures)).not.toContain('not the password')
  })

  it('rejects a malformed sign-in with field paths', async () => {
    const res = await postSignIn(t.app(), { email: 'not-an-email', password: '' })
    expect(res.status).toBe(400)
    expect((await json(res)).errors).toEqual([
      { path: 'email', message: 'enter an email address such as name@example.org', in: 'json' },
      { path: 'password', message: 'enter your password', in: 'json' },
    ])
  })

  it('answers 401 with WWW-Authenticate: Bearer without a valid token', async () => {
    const cases: [string, Record<string, string>][] = [
      ['no header', {}],
      ['basic auth', { Authorization: 'Basic dXNlcjpwYXNz' }],
      ['unknown token', { Authorization: `Bearer ${'x'.repeat(43)}` }],
    ]
    for (const [name, headers] of cases) {
      const res = await t.app().request('/v1/me', { headers })
      expect(res.status, name).toBe(401)
      expect(res.headers.get('www-authenticate'), name).toMatch(/^Bearer realm="csp"/)
      expect((await json(res)).type).toBe(problemType('unauthorized'))
    }
  })

  it('expires tokens after the configured time', async () => {
    const clock = movableClock('2025-06-01T09:00:00Z')
    const app = t.app({ auth: { tokenTtlSeconds: 3600 } }, clock)
    const user = await addTestUser(t.db, 'viewer')
    const token = await signInToken(app, user.email)
    clock.advance(3599)
    expect((await app.request('/v1/me', bearer(token))).status).toBe(200)
    clock.advance(1)
    const res = await app.request('/v1/me', bearer(token))
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"')
  })

  it('revokes the presented token on DELETE /v1/auth/token, and only that one', async () => {
    const user = await addTestUser(t.db, 'analyst')
    const [first, second] = [
      await signInToken(t.app(), user.email),
      await signInToken(t.app(), user.email),
    ]
    const res = await t.app().request('/v1/auth/token', { method: 'DELETE', ...bearer(first) })
    expect(res.status).toBe(204)
    expect((await t.app().request('/v1/me', bearer(first))).status).toBe(401)
    expect((await t.app().request('/v1/me', bearer(second))).status).toBe(200)
    const [revoked] = await t.db
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.tokenHash, hashToken(first)))
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, revoked!.id))
    expect(entries.map((e) => e.action)).toEqual(['auth.token.create', 'auth.token.revoke'])
  })

  it('revokes the token a client held when it signs in again with it', async () => {
    const user = await addTestUser(t.db, 'officer')
    const old = await signInToken(t.app(), user.email)
    const again = await postSignIn(
      t.app(),
      { email: user.email, password: testPassword },
      { Authorization: `Bearer ${old}` }
    )
    expect(again.status).toBe(201)
    const fresh = (await json(again)).token
    expect((await t.app().request('/v1/me', bearer(old))).status).toBe(401)
    expect((await t.app().request('/v1/me', bearer(fresh))).status).toBe(200)
    const [row] = await t.db
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.tokenHash, hashToken(old)))
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, row!.id))
    expect(entries.map((e) => e.action)).toEqual(['auth.token.create', 'auth.token.revoke'])
  })
})
