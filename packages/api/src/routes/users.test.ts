import { desc, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog } from '../db/schema/index.ts'
import { postSignIn, signedInUser, testOrganisation, testPassword } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

describe.each(testDatabases)('users on $name', (target) => {
  const t = useTestDb(target, { seed: false })
  const admin = () => signedInUser(t.db, t.app(), 'admin')
  const lastAudit = async () =>
    (await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]
  const newUser = async (overrides: Record<string, unknown> = {}) => ({
    email: `new-${Math.random().toString(36).slice(2)}@example.org`,
    name: 'Sam Officer',
    role: 'officer',
    organisationId: (await testOrganisation(t.db)).id,
    password: 'a long enough password',
    ...overrides,
  })

  it('lets an admin add a user, audited, who can then sign in', async () => {
    const a = await admin()
    const body = await newUser({ email: ' Sam.Officer@Example.ORG ' })
    const res = await a.post('/v1/users', body)
    expect(res.status).toBe(201)
    const user = await json(res)
    expect(res.headers.get('location')).toBe(`/v1/users/${user.id}`)
    expect(user).toEqual({
      id: expect.any(String),
      email: 'sam.officer@example.org',
      name: 'Sam Officer',
      role: 'officer',
      organisationId: body.organisationId,
      organisationName: 'South Derbyshire District Council',
      disabled: false,
      passwordChangeRequired: true,
      twoFactorEnabled: false,
      createdAt: '2025-06-01T09:00:00.000Z',
      updatedAt: '2025-06-01T09:00:00.000Z',
    })
    expect(await lastAudit()).toMatchObject({
      action: 'user.create',
      actorId: a.user.id,
      subjectType: 'user',
      subjectId: user.id,
      details: {
        email: 'sam.officer@example.org',
        role: 'officer',
        organisationId: body.organisationId,
      },
    })
    expect(JSON.stringify(await lastAudit())).not.toContain(body.password)
    // The admin chose the password: the user's first token allows only choosing their own.
    const first = await postSignIn(t.app(), { email: user.email, password: body.password })
    expect(first.status).toBe(201)
    expect((await json(first)).requires).toEqual(['password-change'])
    const list = await json(await a.get('/v1/users'))
    expect(list.items.map((u: { id: string }) => u.id)).toContain(user.id)
  })

  it('answers 409 for an email already in use, whatever its case', async () => {
    const a = await admin()
    const res = await a.post('/v1/users', await newUser({ email: a.user.email.toUpperCase() }))
    expect(res.status).toBe(409)
    expect(await json(res)).toMatchObject({
      type: problemType('conflict'),
      detail: 'A user with this email address already exists.',
      errors: [
        { path: 'email', message: 'a user with this email address already exists', in: 'json' },
      ],
    })
  })

  it('names every invalid field', async () => {
    const a = await admin()
    const res = await a.post('/v1/users', {
      email: 'nope',
      name: ' ',
      role: 'boss',
      organisationId: 'x',
      password: 'short',
    })
    expect(res.status).toBe(400)
    const { errors } = await json(res)
    expect(errors.map((e: { path: string }) => e.path)).toEqual([
      'email',
      'name',
      'role',
      'organisationId',
      'password',
    ])
    expect(errors.find((e: { path: string }) => e.path === 'password').message).toBe(
      'must be at least 12 characters'
    )
    const unknownOrg = await a.post(
      '/v1/users',
      await newUser({ organisationId: crypto.randomUUID() })
    )
    expect(unknownOrg.status).toBe(400)
    expect((await json(unknownOrg)).errors).toEqual([
      { path: 'organisationId', message: 'no organisation has this id', in: 'json' },
    ])
  })

  it('keeps user management to admins (403) and signed-in users (401)', async () => {
    const officer = await signedInUser(t.db, t.app(), 'officer')
    const res = await officer.post('/v1/users', await newUser())
    expect(res.status).toBe(403)
    expect(await json(res)).toMatchObject({
      type: problemType('forbidden'),
      detail: 'This needs the admin role; you are signed in as officer.',
    })
    expect((await officer.get('/v1/users')).status).toBe(403)
    expect((await officer.patch(`/v1/users/${officer.user.id}`, { role: 'admin' })).status).toBe(
      403
    )
    expect((await t.app().request('/v1/users')).status).toBe(401)
  })

  it('shows a user to admins and to themselves, and 404 to anyone else', async () => {
    const [a, viewer, other] = [
      await admin(),
      await signedInUser(t.db, t.app(), 'viewer'),
      await signedInUser(t.db, t.app(), 'viewer'),
    ]
    expect((await viewer.get(`/v1/users/${viewer.user.id}`)).status).toBe(200)
    expect((await viewer.get(`/v1/users/${other.user.id}`)).status).toBe(404)
    expect((await a.get(`/v1/users/${other.user.id}`)).status).toBe(200)
    expect((await a.get(`/v1/users/${crypto.randomUUID()}`)).status).toBe(404)
    const bad = await a.get('/v1/users/not-a-uuid')
    expect(bad.status).toBe(400)
    expect((await json(bad)).errors[0]).toMatchObject({ path: 'id', in: 'param' })
  })

  it('changes role and name, audited with what changed', async () => {
    const [a, target] = [await admin(), await signedInUser(t.db, t.app(), 'viewer')]
    const res = await a.patch(`/v1/users/${target.user.id}`, { role: 'analyst', name: 'Ana Lyst' })
    expect(res.status).toBe(200)
    expect(await json(res)).toMatchObject({ role: 'analyst', name: 'Ana Lyst' })
    expect(await lastAudit()).toMatchObject({
      action: 'user.update',
      actorId: a.user.id,
      subjectId: target.user.id,
      details: { changed: ['name', 'role'], role: { from: 'viewer', to: 'analyst' } },
    })
    // The token still works and now carries the new role.
    expect((await json(await target.get('/v1/me'))).role).toBe('analyst')
    const empty = await a.patch(`/v1/users/${target.user.id}`, {})
    expect(empty.status).toBe(400)
    expect((await json(empty)).errors[0].message).toBe(
      'give at least one of name, role, disabled, password or removeTwoFactor'
    )
  })

  it('disables a user: their tokens stop working and they cannot sign in', async () => {
    const [a, target] = [await admin(), await signedInUser(t.db, t.app(), 'officer')]
    expect((await a.patch(`/v1/users/${target.user.id}`, { disabled: true })).status).toBe(200)
    expect((await target.get('/v1/me')).status).toBe(401)
    const signIn = await postSignIn(t.app(), { email: target.user.email, password: testPassword })
    expect(signIn.status).toBe(401)
    expect((await lastAudit())?.details).toMatchObject({ reason: 'disabled' })
    // Enabling them again lets them sign in afresh; the old token stays revoked.
    expect((await a.patch(`/v1/users/${target.user.id}`, { disabled: false })).status).toBe(200)
    expect(
      (await postSignIn(t.app(), { email: target.user.email, password: testPassword })).status
    ).toBe(201)
    expect((await target.get('/v1/me')).status).toBe(401)
  })

  it('resets a password, ending the user’s sessions', async () => {
    const [a, target] = [await admin(), await signedInUser(t.db, t.app(), 'officer')]
    const res = await a.patch(`/v1/users/${target.user.id}`, { password: 'a brand new passphrase' })
    expect(res.status).toBe(200)
    expect((await lastAudit())?.details).toEqual({ changed: ['password'], revokedTokens: 1 })
    expect((await target.get('/v1/me')).status).toBe(401)
    const again = await postSignIn(t.app(), {
      email: target.user.email,
      password: 'a brand new passphrase',
    })
    expect(again.status).toBe(201)
    // The admin knows this one: the user must choose their own before anything else.
    expect((await json(again)).requires).toEqual(['password-change'])
  })

  it('does not let an admin disable or demote themselves', async () => {
    const a = await admin()
    for (const body of [{ disabled: true }, { role: 'viewer' }]) {
      const res = await a.patch(`/v1/users/${a.user.id}`, body)
      expect(res.status).toBe(409)
      expect((await json(res)).errors[0].path).toBe('disabled')
    }
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, a.user.id))
    expect(rows.map((r) => r.action)).toEqual(['user.create'])
  })
})
