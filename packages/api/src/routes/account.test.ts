import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { desc, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { setupOnlyDetail } from '../auth/middleware.ts'
import { totpCode } from '../auth/totp.ts'
import { auditLog } from '../db/schema/index.ts'
import {
  addTestUser,
  movableClock,
  postSignIn,
  signedInUser,
  testOrganisation,
  testPassword,
  type Requester,
} from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

/** Requests carrying `token`. */
function as(app: Requester, token: string) {
  const send = (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body?: unknown) => send('POST', path, body),
    put: (path: string, body: unknown) => send('PUT', path, body),
    patch: (path: string, body: unknown) => send('PATCH', path, body),
  }
}

const ownPassword = 'a passphrase of my very own'

describe.each(testDatabases)('own accounts on $name', (target) => {
  const t = useTestDb(target, { seed: false })
  const lastAudit = async () =>
    (await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]

  it('a user changes their own password: every token of theirs ends, a new one is given', async () => {
    const app = t.app()
    const user = await signedInUser(t.db, app, 'officer')
    const me = as(app, user.token)
    const cases: [Record<string, string>, string, string][] = [
      [
        { currentPassword: 'not my password', newPassword: ownPassword },
        'currentPassword',
        'is not your password',
      ],
      [
        { currentPassword: testPassword, newPassword: testPassword },
        'newPassword',
        'must be different from the password in use',
      ],
      [
        { currentPassword: testPassword, newPassword: 'password1234' },
        'newPassword',
        'is too close to a commonly used password',
      ],
      [
        { currentPassword: testPassword, newPassword: 'short' },
        'newPassword',
        'must be at least 12 characters',
      ],
    ]
    for (const [body, path, message] of cases) {
      const res = await me.post('/v1/me/password', body)
      expect(res.status, message).toBe(400)
      expect((await json(res)).errors, message).toEqual([{ path, message, in: 'json' }])
    }
    const res = await me.post('/v1/me/password', {
      currentPassword: testPassword,
      newPassword: ownPassword,
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const changed = await json(res)
    expect(changed).toMatchObject({ tokenType: 'Bearer', requires: [], user: { id: user.user.id } })
    expect((await me.get('/v1/me')).status).toBe(401)
    expect((await as(app, changed.token).get('/v1/me')).status).toBe(200)
    expect(await lastAudit()).toMatchObject({
      action: 'user.password.change',
      details: { revokedTokens: 1 },
    })
    expect(JSON.stringify(await lastAudit())).not.toContain(ownPassword)
    expect((await postSignIn(app, { email: user.user.email, password: testPassword })).status).toBe(
      401
    )
    expect((await postSignIn(app, { email: user.user.email, password: ownPassword })).status).toBe(
      201
    )
  })

  it('a password an admin chose must be changed before anything else, and is never theirs to know after', async () => {
    const app = t.app()
    const admin = await signedInUser(t.db, app, 'admin')
    const created = await admin.post('/v1/users', {
      email: 'pat.new@example.org',
      name: 'Pat New',
      role: 'analyst',
      organisationId: (await testOrganisation(t.db)).id,
      password: 'temporary passphrase 7',
    })
    expect(created.status).toBe(201)
    expect(await json(created)).toMatchObject({ passwordChangeRequired: true })
    const first = await json(
      await postSignIn(app, { email: 'pat.new@example.org', password: 'temporary passphrase 7' })
    )
    expect(first.requires).toEqual(['password-change'])
    const pat = as(app, first.token)
    const refused = await pat.get('/v1/audit')
    expect(refused.status).toBe(403)
    expect(await json(refused)).toMatchObject({
      type: problemType('forbidden'),
      detail: setupOnlyDetail,
    })
    expect((await pat.get(`/v1/users/${first.user.id}`)).status).toBe(403)
    expect(await json(await pat.get('/v1/me'))).toMatchObject({
      passwordChangeRequired: true,
      requires: ['password-change'],
    })
    const changed = await pat.post('/v1/me/password', {
      currentPassword: 'temporary passphrase 7',
      newPassword: ownPassword,
    })
    expect(changed.status).toBe(200)
    const full = as(app, (await json(changed)).token)
    expect(await json(await full.get('/v1/me'))).toMatchObject({
      passwordChangeRequired: false,
      requires: [],
    })
    expect((await full.get(`/v1/users/${first.user.id}`)).status).toBe(200)
    // The admin's password is no longer in use.
    expect(
      (await postSignIn(app, { email: 'pat.new@example.org', password: 'temporary passphrase 7' }))
        .status
    ).toBe(401)
  })

  it('refuses common and breached passwords wherever a password is chosen', async () => {
    const app = t.app()
    const admin = await signedInUser(t.db, app, 'admin')
    const organisationId = (await testOrganisation(t.db)).id
    for (const password of ['password1234', 'qwertyuiop12', 'aaaaaaaaaaaa']) {
      const res = await admin.post('/v1/users', {
        email: `weak-${password}@example.org`,
        name: 'Weak Password',
        role: 'viewer',
        organisationId,
        password,
      })
      expect(res.status, password).toBe(400)
      expect((await json(res)).errors[0], password).toMatchObject({ path: 'password' })
    }
    const other = await addTestUser(t.db, 'viewer')
    const reset = await admin.patch(`/v1/users/${other.id}`, { password: 'password1234' })
    expect(reset.status).toBe(400)
    expect(await json(reset)).toMatchObject({
      detail:
        'The password is too close to a commonly used password: choose a longer passphrase of words that do not go together.',
      errors: [
        { path: 'password', message: 'is too close to a commonly used password', in: 'json' },
      ],
    })
  })

  it('switches two-factor sign-in on with a code, then asks every sign-in for one, each accepted once', async () => {
    const clock = movableClock('2025-06-02T09:00:00Z')
    const app = t.app({}, clock)
    const user = await signedInUser(t.db, app, 'officer')
    const me = as(app, user.token)
    expect(await json(await me.get('/v1/me/two-factor'))).toEqual({
      enabled: false,
      required: false,
      recoveryCodesLeft: 0,
      pending: null,
    })
    const started = await me.post('/v1/me/two-factor/enrolment')
    expect(started.status).toBe(201)
    const { secret, uri } = await json(started)
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(uri).toBe(
      `otpauth://totp/CSP%20Toolkit:${encodeURIComponent(user.user.email)}?issuer=CSP%20Toolkit&secret=${secret}&algorithm=SHA1&digits=6&period=30`
    )
    expect((await json(await me.get('/v1/me/two-factor'))).pending).toEqual({ secret, uri })
    const wrongCode = await me.post('/v1/me/two-factor', {
      password: testPassword,
      code: '000000' === totpCode(secret, clock.now()) ? '111111' : '000000',
    })
    expect(wrongCode.status).toBe(400)
    expect((await json(wrongCode)).errors[0].path).toBe('code')
    const wrongPassword = await me.post('/v1/me/two-factor', {
      password: 'nope nope nope',
      code: totpCode(secret, clock.now()),
    })
    expect((await json(wrongPassword)).errors[0].path).toBe('password')
    const on = await me.post('/v1/me/two-factor', {
      password: testPassword,
      code: totpCode(secret, clock.now()),
    })
    expect(on.status).toBe(201)
    const enabled = await json(on)
    expect(enabled.recoveryCodes).toHaveLength(10)
    expect(enabled.recoveryCodes[0]).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/)
    expect((await me.get('/v1/me')).status).toBe(401)
    expect(JSON.stringify(await t.db.select().from(auditLog))).not.toContain(
      enabled.recoveryCodes[0]
    )

    // Signing in: the password gives a challenge, not a token.
    clock.advance(30)
    const step1 = await postSignIn(app, { email: user.user.email, password: testPassword })
    expect(step1.status).toBe(200)
    const { challenge, methods } = await json(step1)
    expect(methods).toEqual(['totp', 'recovery-code'])
    const code = (c: string) =>
      app.request('/v1/auth/token/two-factor', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ challenge, code: c }),
      })
    expect((await code('123 456')).status).toBe(401)
    const step2 = await code(totpCode(secret, clock.now()))
    expect(step2.status).toBe(201)
    expect(await json(step2)).toMatchObject({ requires: [], user: { id: user.user.id } })
    // The challenge is spent; the same code again, with a new challenge, is refused (replay).
    expect((await code(totpCode(secret, clock.now()))).status).toBe(401)
    const again = (
      await json(await postSignIn(app, { email: user.user.email, password: testPassword }))
    ).challenge
    const replay = await app.request('/v1/auth/token/two-factor', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ challenge: again, code: totpCode(secret, clock.now()) }),
    })
    expect(replay.status).toBe(401)
    // A recovery code signs in once.
    const recovery = enabled.recoveryCodes[3].toLowerCase().replace('-', ' ')
    const withRecovery = async () => {
      const c = (
        await json(await postSignIn(app, { email: user.user.email, password: testPassword }))
      ).challenge
      return app.request('/v1/auth/token/two-factor', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ challenge: c, code: recovery }),
      })
    }
    expect((await withRecovery()).status).toBe(201)
    expect((await withRecovery()).status).toBe(401)
  })

  it('spends a challenge after five wrong codes', async () => {
    const clock = movableClock('2025-06-03T09:00:00Z')
    const app = t.app({ auth: { lockout: { failures: 50 } } }, clock)
    const user = await signedInUser(t.db, app, 'viewer')
    const secret = await enableTwoFactorFor(app, user.token, clock.now())
    clock.advance(30)
    const { challenge } = await json(
      await postSignIn(app, { email: user.user.email, password: testPassword })
    )
    const send = (code: string) =>
      app.request('/v1/auth/token/two-factor', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ challenge, code }),
      })
    const right = totpCode(secret, clock.now())
    const wrong = right === '000000' ? '000001' : '000000'
    for (let i = 0; i < 5; i++) expect((await send(wrong)).status).toBe(401)
    expect((await send(right)).status).toBe(401)
    const failures = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, user.user.id))
    expect(failures.filter((f) => f.details['reason'] === 'wrong-code')).toHaveLength(5)
  })

  it('an admin can require two-factor sign-in per role: from the next sign-in, nothing else until it is on', async () => {
    const clock = movableClock('2025-06-04T09:00:00Z')
    const app = t.app({}, clock)
    const admin = await signedInUser(t.db, app, 'admin')
    const viewer = await signedInUser(t.db, app, 'viewer')
    expect(
      (await viewer.put('/v1/settings/sign-in', { twoFactorRequiredFor: ['officer'] })).status
    ).toBe(403)
    expect(await json(await admin.get('/v1/settings/sign-in'))).toEqual({
      twoFactorRequiredFor: [],
    })
    const bad = await admin.put('/v1/settings/sign-in', {
      twoFactorRequiredFor: ['officer', 'officer'],
    })
    expect(bad.status).toBe(400)
    const saved = await admin.put('/v1/settings/sign-in', { twoFactorRequiredFor: ['officer'] })
    expect(saved.status).toBe(200)
    expect(await lastAudit()).toMatchObject({
      action: 'settings.sign-in.update',
      details: { twoFactorRequiredFor: { from: [], to: ['officer'] } },
    })
    const officer = await addTestUser(t.db, 'officer')
    const signedIn = await json(
      await postSignIn(app, { email: officer.email, password: testPassword })
    )
    expect(signedIn.requires).toEqual(['two-factor-setup'])
    const o = as(app, signedIn.token)
    expect((await o.get('/v1/asb-case-reviews')).status).toBe(403)
    expect((await json(await o.get('/v1/me/two-factor'))).required).toBe(true)
    const secret = (await json(await o.post('/v1/me/two-factor/enrolment'))).secret
    const on = await json(
      await o.post('/v1/me/two-factor', {
        password: testPassword,
        code: totpCode(secret, clock.now()),
      })
    )
    expect(on.requires).toEqual([])
    const full = as(app, on.token)
    expect((await full.get('/v1/me')).status).toBe(200)
    // Required for the role: it cannot be switched off.
    clock.advance(30)
    const off = await full.post('/v1/me/two-factor/removal', {
      password: testPassword,
      code: totpCode(secret, clock.now()),
    })
    expect(off.status).toBe(409)
    // Other roles are not affected.
    expect(
      (await json(await postSignIn(app, { email: viewer.user.email, password: testPassword })))
        .requires
    ).toEqual([])
    await admin.put('/v1/settings/sign-in', { twoFactorRequiredFor: [] })
  })

  it('switches two-factor sign-in off with the password and a code; an admin can remove it for someone who lost theirs', async () => {
    const clock = movableClock('2025-06-05T09:00:00Z')
    const app = t.app({}, clock)
    const user = await signedInUser(t.db, app, 'analyst')
    const secret = await enableTwoFactorFor(app, user.token, clock.now())
    clock.advance(30)
    const token = await codeSignIn(app, user.user.email, secret, clock.now())
    clock.advance(30)
    const off = await as(app, token).post('/v1/me/two-factor/removal', {
      password: testPassword,
      code: totpCode(secret, clock.now()),
    })
    expect(off.status).toBe(200)
    expect((await postSignIn(app, { email: user.user.email, password: testPassword })).status).toBe(
      201
    )

    const fresh = (
      await json(await postSignIn(app, { email: user.user.email, password: testPassword }))
    ).token
    await enableTwoFactorFor(app, fresh, clock.now())
    const admin = await signedInUser(t.db, app, 'admin')
    const removed = await admin.patch(`/v1/users/${user.user.id}`, { removeTwoFactor: true })
    expect(removed.status).toBe(200)
    expect(await json(removed)).toMatchObject({ twoFactorEnabled: false })
    expect(await lastAudit()).toMatchObject({ details: { changed: ['twoFactor'] } })
    expect((await postSignIn(app, { email: user.user.email, password: testPassword })).status).toBe(
      201
    )
  })

  it('deletes the generated first admin’s password file once that password is changed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'csp-first-admin-'))
    const file = join(dir, 'first-admin-password')
    const generated = 'generated first admin password'
    await writeFile(file, `${generated}\n`, { mode: 0o600 })
    const app = t.app({ auth: { firstAdminPasswordFile: file } })
    const other = await signedInUser(t.db, app, 'admin')
    // Someone else's change leaves it alone.
    await as(app, other.token).post('/v1/me/password', {
      currentPassword: testPassword,
      newPassword: ownPassword,
    })
    expect(await readFile(file, 'utf8')).toBe(`${generated}\n`)
    const first = await addTestUser(t.db, 'admin', { password: generated })
    const token = (await json(await postSignIn(app, { email: first.email, password: generated })))
      .token
    const res = await as(app, token).post('/v1/me/password', {
      currentPassword: generated,
      newPassword: ownPassword,
    })
    expect(res.status).toBe(200)
    expect(existsSync(file)).toBe(false)
  })

  it('deletes it too when an admin sets that admin’s password', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'csp-first-admin-'))
    const file = join(dir, 'first-admin-password')
    const generated = 'another generated password'
    await writeFile(file, `${generated}\n`)
    const app = t.app({ auth: { firstAdminPasswordFile: file } })
    const first = await addTestUser(t.db, 'admin', { password: generated })
    const admin = await signedInUser(t.db, app, 'admin')
    expect(
      (await admin.patch(`/v1/users/${first.id}`, { password: 'a temporary passphrase' })).status
    ).toBe(200)
    expect(existsSync(file)).toBe(false)
  })

  async function enableTwoFactorFor(app: Requester, token: string, now: Date) {
    const me = as(app, token)
    const { secret } = await json(await me.post('/v1/me/two-factor/enrolment'))
    const res = await me.post('/v1/me/two-factor', {
      password: testPassword,
      code: totpCode(secret, now),
    })
    if (res.status !== 201) throw new Error(`two-factor set-up answered ${res.status}`)
    return secret as string
  }

  async function codeSignIn(app: Requester, email: string, secret: string, now: Date) {
    const { challenge } = await json(await postSignIn(app, { email, password: testPassword }))
    const res = await app.request('/v1/auth/token/two-factor', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ challenge, code: totpCode(secret, now) }),
    })
    if (res.status !== 201) throw new Error(`the code step answered ${res.status}`)
    return (await json(res)).token as string
  }
})
