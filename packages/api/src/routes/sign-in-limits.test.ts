import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { signedClientAddress } from '../auth/client-address.ts'
import { auditLog, loginThrottle } from '../db/schema/index.ts'
import { addTestUser, movableClock, postSignIn, testPassword } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

const wrong = 'not the right password'
const portalSecret = 'the secret the portal and the API share'
type App = {
  request(path: string, init?: RequestInit, env?: unknown): Response | Promise<Response>
}

/** A sign-in as it arrives over a connection from `peer`, with extra headers. */
function attempt(
  app: App,
  body: { email: string; password: string },
  { peer, headers = {} }: { peer?: string; headers?: Record<string, string> } = {}
) {
  const init = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  }
  return app.request(
    '/v1/auth/token',
    init,
    peer && { incoming: { socket: { remoteAddress: peer } } }
  )
}

const randomEmail = () => `someone-${Math.random().toString(36).slice(2)}@example.org`

describe.each(testDatabases)('sign-in limits on $name', (target) => {
  const t = useTestDb(target, { seed: false })
  const auditOf = (action: string) =>
    t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(auditLog.id)

  it('locks an email for one source after 5 failures in a row; the owner still signs in from elsewhere', async () => {
    const clock = movableClock('2025-06-01T09:00:00Z')
    const app = t.app({ auth: { portalSecret } }, clock)
    const { email } = await addTestUser(t.db, 'officer')
    const from = (address: string) => ({
      headers: signedClientAddress(address, portalSecret, clock.now()),
    })
    for (let i = 0; i < 5; i++) {
      expect((await attempt(app, { email, password: wrong }, from('203.0.113.66'))).status).toBe(
        401
      )
    }
    // Locked from there: even the right password is refused, without saying whether it was right.
    const locked = await attempt(app, { email, password: testPassword }, from('203.0.113.66'))
    expect(locked.status).toBe(429)
    expect(locked.headers.get('retry-after')).toBe('900')
    expect(await json(locked)).toMatchObject({
      type: problemType('too-many-requests'),
      status: 429,
      detail:
        'Too many failed sign-ins for this email address: it is locked for a while. Try again in 15 minutes.',
    })
    // The owner, at their own desk, is not locked out by a stranger's guesses.
    expect(
      (await attempt(app, { email, password: testPassword }, from('198.51.100.20'))).status
    ).toBe(201)
    clock.advance(600)
    const later = await attempt(app, { email, password: testPassword }, from('203.0.113.66'))
    expect(later.headers.get('retry-after')).toBe('300')
    clock.advance(300)
    expect(
      (await attempt(app, { email, password: testPassword }, from('203.0.113.66'))).status
    ).toBe(201)
  })

  it('counts only consecutive failures: a success starts the count again', async () => {
    const app = t.app({}, movableClock('2025-06-02T09:00:00Z'))
    const { email } = await addTestUser(t.db, 'officer')
    for (const password of [wrong, wrong, wrong, wrong, testPassword, wrong, wrong, wrong, wrong]) {
      const res = await postSignIn(app, { email, password })
      expect(res.status).toBe(password === wrong ? 401 : 201)
    }
    expect((await postSignIn(app, { email, password: testPassword })).status).toBe(201)
  })

  it('locks unknown emails the same way, so lockout does not reveal accounts', async () => {
    const app = t.app({ auth: { lockout: { failures: 2, seconds: 60 } } })
    const email = 'no-such-user@example.org'
    expect((await postSignIn(app, { email, password: wrong })).status).toBe(401)
    expect((await postSignIn(app, { email, password: wrong })).status).toBe(401)
    const res = await postSignIn(app, { email, password: wrong })
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('60')
  })

  it('believes a client address only when the portal signed it, freshly, with the shared secret', async () => {
    const clock = movableClock('2025-06-03T09:00:00Z')
    const app = t.app({ auth: { portalSecret, rateLimit: { perIp: 3 } } }, clock)
    const peer = '198.51.100.7'
    // Forged: the right headers signed with another secret, or signed ten minutes ago, and a
    // made-up X-Forwarded-For. All counted against the connection's own address.
    for (let i = 0; i < 3; i++) {
      const forged = {
        ...(i === 1
          ? signedClientAddress(
              `203.0.113.${i}`,
              portalSecret,
              new Date(clock.now().getTime() - 600_000)
            )
          : signedClientAddress(`203.0.113.${i}`, 'not the secret the API knows', clock.now())),
        'X-Forwarded-For': `192.0.2.${i}`,
      }
      const res = await attempt(
        app,
        { email: randomEmail(), password: wrong },
        { peer, headers: forged }
      )
      expect(res.status).toBe(401)
    }
    const fourth = await attempt(app, { email: randomEmail(), password: wrong }, { peer })
    expect(fourth.status).toBe(429)
    // The portal's own connection is that peer too; what it signs is counted apart.
    const user = await addTestUser(t.db, 'viewer')
    const signed = await attempt(
      app,
      { email: user.email, password: testPassword },
      { peer, headers: signedClientAddress('203.0.113.9', portalSecret, clock.now()) }
    )
    expect(signed.status).toBe(201)
    const created = await auditOf('auth.token.create')
    expect(created.at(-1)?.details).toMatchObject({ ip: '203.0.113.9' })
    const failures = await auditOf('auth.sign-in.fail')
    expect(failures.filter((f) => f.at >= clock.now()).map((f) => f.details['ip'])).toEqual([
      peer,
      peer,
      peer,
    ])
  })

  it('believes X-Forwarded-For only from a trusted proxy, and only its right-most entry', async () => {
    const clock = movableClock('2025-06-04T09:00:00Z')
    const app = t.app({ auth: { trustProxy: ['127.0.0.1'], rateLimit: { perIp: 3 } } }, clock)
    // Straight to the API, not through the proxy: a new made-up address each time.
    for (let i = 0; i < 3; i++) {
      const res = await attempt(
        app,
        { email: randomEmail(), password: wrong },
        { peer: '198.51.100.8', headers: { 'X-Forwarded-For': `203.0.113.${100 + i}` } }
      )
      expect(res.status).toBe(401)
    }
    const limited = await attempt(
      app,
      { email: randomEmail(), password: wrong },
      { peer: '198.51.100.8', headers: { 'X-Forwarded-For': '203.0.113.200' } }
    )
    expect(limited.status).toBe(429)
    // Through the proxy: what the client wrote (left) is ignored, the proxy's hop is the source.
    const user = await addTestUser(t.db, 'viewer')
    const proxied = await attempt(
      app,
      { email: user.email, password: testPassword },
      { peer: '127.0.0.1', headers: { 'X-Forwarded-For': '198.51.100.8, 192.0.2.44' } }
    )
    expect(proxied.status).toBe(201)
    expect((await auditOf('auth.token.create')).at(-1)?.details).toMatchObject({ ip: '192.0.2.44' })
  })

  it('counts the addresses of one IPv6 /64 as one source', async () => {
    const clock = movableClock('2025-06-05T09:00:00Z')
    const app = t.app({ auth: { portalSecret, rateLimit: { perIp: 3 } } }, clock)
    const from = (address: string) => ({
      headers: signedClientAddress(address, portalSecret, clock.now()),
    })
    for (const address of ['2001:db8:1:2::1', '2001:db8:1:2:ffff::9', '2001:DB8:1:2:0:0:0:3']) {
      expect(
        (await attempt(app, { email: randomEmail(), password: wrong }, from(address))).status
      ).toBe(401)
    }
    const same = await attempt(
      app,
      { email: randomEmail(), password: wrong },
      from('2001:db8:1:2:abcd::1')
    )
    expect(same.status).toBe(429)
    const next = await attempt(
      app,
      { email: randomEmail(), password: wrong },
      from('2001:db8:1:3::1')
    )
    expect(next.status).toBe(401)
  })

  it('audits refused attempts, at most once a minute per counter, with how many there were', async () => {
    const clock = movableClock('2025-06-06T09:00:00Z')
    const app = t.app({ auth: { lockout: { failures: 2, seconds: 600 } } }, clock)
    const { email } = await addTestUser(t.db, 'officer')
    for (let i = 0; i < 2; i++) await postSignIn(app, { email, password: wrong })
    for (let i = 0; i < 3; i++) {
      expect((await postSignIn(app, { email, password: testPassword })).status).toBe(429)
    }
    clock.advance(60)
    expect((await postSignIn(app, { email, password: wrong })).status).toBe(429)
    const entries = (await auditOf('auth.sign-in.throttle')).filter(
      (e) => e.details['email'] === email
    )
    expect(entries.map((e) => e.details)).toEqual([
      { reason: 'locked', counter: 'email-source', refused: 1, retryAfterSeconds: 600, email },
      { reason: 'locked', counter: 'email-source', refused: 3, retryAfterSeconds: 540, email },
    ])
    expect(JSON.stringify(entries)).not.toContain(testPassword)
  })

  it('limits attempts per email from all sources together', async () => {
    const clock = movableClock('2025-06-07T09:00:00Z')
    const app = t.app({ auth: { portalSecret, rateLimit: { perEmail: 2 } } }, clock)
    const { email } = await addTestUser(t.db, 'viewer')
    const from = (address: string) => ({
      headers: signedClientAddress(address, portalSecret, clock.now()),
    })
    expect((await attempt(app, { email, password: wrong }, from('203.0.113.1'))).status).toBe(401)
    expect((await attempt(app, { email, password: wrong }, from('203.0.113.2'))).status).toBe(401)
    const third = await attempt(app, { email, password: testPassword }, from('203.0.113.3'))
    expect(third.status).toBe(429)
    expect((await json(third)).detail).toBe('Too many sign-in attempts. Try again in 15 minutes.')
  })

  it('keeps the counters in the database, shared by every instance', async () => {
    const clock = movableClock('2025-06-08T09:00:00Z')
    const [one, two] = [t.app({}, clock), t.app({}, clock)]
    const { email } = await addTestUser(t.db, 'viewer')
    for (let i = 0; i < 5; i++) {
      expect((await postSignIn(i % 2 ? one : two, { email, password: wrong })).status).toBe(401)
    }
    expect((await postSignIn(one, { email, password: testPassword })).status).toBe(429)
    expect((await postSignIn(two, { email, password: testPassword })).status).toBe(429)
    const [row] = await t.db
      .select()
      .from(loginThrottle)
      .where(and(eq(loginThrottle.key, `email-source:${email} unknown`)))
    expect(row?.lockedUntil?.toISOString()).toBe('2025-06-08T09:15:00.000Z')
  })
})
