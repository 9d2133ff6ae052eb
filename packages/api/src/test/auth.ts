// Users, organisations and tokens for tests, made through the same code the API uses.
import { randomBytes, scryptSync } from 'node:crypto'
import { createOrganisation, createUser } from '../auth/accounts.ts'
import type { Clock } from '../clock.ts'
import type { Db } from '../db/client.ts'
import { findOrganisation } from '../db/repositories/people.ts'
import type { OrganisationKind, Role, User } from '../schemas/index.ts'
import { testAuthConfig, testClock } from './databases.ts'

/** A clock tests move forward by hand, for expiry and lockout windows. */
export function movableClock(iso: string): Clock & { advance(seconds: number): void } {
  let time = Date.parse(iso)
  return { now: () => new Date(time), advance: (seconds) => void (time += seconds * 1000) }
}

/** The password every test user gets unless told otherwise. */
export const testPassword = 'correct horse battery staple'

/**
 * A password hash as the toolkit stored them before Argon2id: `scrypt$logN$r$p$salt$key`
 * (cheap, N = 2^10).
 */
export function legacyScryptHash(password: string) {
  const salt = randomBytes(16)
  const key = scryptSync(password.normalize('NFKC'), salt, 32, { N: 1024, r: 8, p: 1 })
  return ['scrypt', 10, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/**
 * The organisation called `name`, created (by the command line, as far as the audit log
 * knows) if it does not exist yet.
 */
export async function testOrganisation(
  db: Db,
  name = 'South Derbyshire District Council',
  kind: OrganisationKind = 'council'
) {
  const existing = await findOrganisation(db, name, 'name')
  if (existing) return existing
  const created = await createOrganisation(
    db,
    { name, kind },
    { actorId: null, at: testClock.now() }
  )
  if ('refused' in created) throw new Error(`cannot create ${name}: ${created.refused}`)
  return created
}

/**
 * Adds a user with a unique email, `testPassword` and cheap hashing; returns them. They chose
 * their password themselves unless `mustChangePassword` says an admin did.
 */
export async function addTestUser(
  db: Db,
  role: Role,
  options: {
    email?: string
    password?: string
    organisationId?: string
    mustChangePassword?: boolean
  } = {}
): Promise<User> {
  const organisationId = options.organisationId ?? (await testOrganisation(db)).id
  const email = options.email ?? `${role}-${randomBytes(4).toString('hex')}@example.org`
  const input = {
    email,
    name: `Test ${role}`,
    role,
    organisationId,
    password: options.password ?? testPassword,
  }
  const user = await createUser(
    db,
    input,
    { actorId: null, at: testClock.now() },
    testAuthConfig.passwordHashing,
    { ownPassword: !options.mustChangePassword }
  )
  if ('refused' in user) throw new Error(`cannot add ${email}: ${user.refused}`)
  return user
}

/** Anything with Hono's `request`. */
export interface Requester {
  request(path: string, init?: RequestInit): Response | Promise<Response>
}

/** Sends `POST /v1/auth/token` with a JSON body. */
export function postSignIn(app: Requester, body: unknown, headers: Record<string, string> = {}) {
  return app.request('/v1/auth/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

/** Signs in and returns the token; throws unless the API answers 201. */
export async function signInToken(app: Requester, email: string, password = testPassword) {
  const res = await postSignIn(app, { email, password })
  if (res.status !== 201)
    throw new Error(`sign-in of ${email} answered ${res.status}: ${await res.text()}`)
  return ((await res.json()) as { token: string }).token
}

/** Adds a user of `role` and signs them in: the user and request helpers carrying the token. */
export async function signedInUser(
  db: Db,
  app: Requester,
  role: Role,
  options: { organisationId?: string } = {}
) {
  const user = await addTestUser(db, role, options)
  const token = await signInToken(app, user.email)
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
    user,
    token,
    get: (path: string) => send('GET', path),
    post: (path: string, body: unknown) => send('POST', path, body),
    patch: (path: string, body: unknown) => send('PATCH', path, body),
    put: (path: string, body: unknown) => send('PUT', path, body),
    delete: (path: string) => send('DELETE', path),
  }
}
