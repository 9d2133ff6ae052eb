import { describe, expect, it } from 'vitest'
import { loginThrottle } from '../db/schema/index.ts'
import { addTestUser, movableClock, postSignIn, testPassword } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

const wrong = 'not the right password'

describe.each(testDatabases)('sign-in limits on $name', (target) => {
  const t = useTestDb(target, { seed: false })

  it('locks an email for 15 minutes after 5 failures in a row, then lets it in', async () => {
    const clock = movableClock('2025-06-01T09:00:00Z')
    const app = t.app({}, clock)
    const { email } = await addTestUser(t.db, 'officer')
    for (let i = 0; i < 5; i++) {
      expect((await postSignIn(app, { email, password: wrong })).status).toBe(401)
    }
    // Locked: even the right password is refused, without saying whether it was right.
    const locked = await postSignIn(app, { email, password: testPassword })
    expect(locked.status).toBe(429)
    expect(locked.headers.get('retry-after')).toBe('900')
    expect(await json(locked)).toMatchObject({
      type: problemType('too-many-requests'),
      status: 429,
      detail:
        'Too many failed sign-ins for this email address: it is locked for a while. Try again in 15 minutes.',
    })
    clock.advance(600)
    const later = await postSignIn(app, { email, password: testPassword })
    expect(later.headers.get('retry-after')).toBe('300')
    clock.advance(300)
    expect((await postSignIn(app, { email, password: testPassword })).status).toBe(201)
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

  it('limits attempts per client IP behind a trusted proxy, per window', async () => {
    const clock = movableClock('2025-06-03T09:00:00Z')
    const app = t.app(
      { auth: { trustProxy: true, rateLimit: { perIp: 3, windowSeconds: 600 } } },
      clock
    )
    const from = (ip: string) => ({ 'X-Forwarded-For': `198.51.100.1, ${ip}` })
    const users = [await addTestUser(t.db, 'viewer'), await addTestUser(t.db, 'viewer')]
    for (let i = 0; i < 3; i++) {
      const email = users[i % 2]!.email
      expect(
        (await postSignIn(app, { email, password: testPassword }, from('203.0.113.9'))).status
      ).toBe(201)
    }
    clock.advance(60)
    const limited = await postSignIn(
      app,
      { email: users[0]!.email, password: testPassword },
      from('203.0.113.9')
    )
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('540')
    expect((await json(limited)).detail).toBe('Too many sign-in attempts. Try again in 9 minutes.')
    // Another address is not affected; the first is let in again once the window has passed.
    const other = await postSignIn(
      app,
      { email: users[0]!.email, password: testPassword },
      from('203.0.113.10')
    )
    expect(other.status).toBe(201)
    clock.advance(540)
    expect(
      (
        await postSignIn(
          app,
          { email: users[0]!.email, password: testPassword },
          from('203.0.113.9')
        )
      ).status
    ).toBe(201)
  })

  it('limits attempts per email, successful ones included', async () => {
    const app = t.app(
      { auth: { rateLimit: { perEmail: 2 } } },
      movableClock('2025-06-04T09:00:00Z')
    )
    const { email } = await addTestUser(t.db, 'viewer')
    expect((await postSignIn(app, { email, password: testPassword })).status).toBe(201)
    expect((await postSignIn(app, { email, password: testPassword })).status).toBe(201)
    expect((await postSignIn(app, { email, password: testPassword })).status).toBe(429)
  })

  it('keeps the counters in the database, shared by every instance', async () => {
    const clock = movableClock('2025-06-05T09:00:00Z')
    const [one, two] = [t.app({}, clock), t.app({}, clock)]
    const { email } = await addTestUser(t.db, 'viewer')
    for (let i = 0; i < 5; i++) {
      expect((await postSignIn(i % 2 ? one : two, { email, password: wrong })).status).toBe(401)
    }
    expect((await postSignIn(one, { email, password: testPassword })).status).toBe(429)
    expect((await postSignIn(two, { email, password: testPassword })).status).toBe(429)
    const rows = await t.db.select().from(loginThrottle)
    expect(rows.find((r) => r.key === `email:${email}`)?.lockedUntil?.toISOString()).toBe(
      '2025-06-05T09:15:00.000Z'
    )
  })
})
