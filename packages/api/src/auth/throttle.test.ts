import { describe, expect, it } from 'vitest'
import { throttleStep, type ThrottlePolicy, type ThrottleState } from './throttle.ts'

const at = (s: number) => new Date(Date.UTC(2025, 5, 1, 9) + s * 1000)
const fresh: ThrottleState = {
  key: 'email:a@b.org',
  windowStart: at(0),
  attempts: 0,
  failures: 0,
  lockedUntil: null,
  refused: 0,
  refusalAuditedAt: null,
}
const policy: ThrottlePolicy = {
  windowSeconds: 60,
  maxAttempts: 3,
  lockout: { failures: 2, seconds: 30 },
}

describe('throttleStep', () => {
  it('counts an attempt as a failure until it succeeds, and locks at the limit', () => {
    const first = throttleStep(fresh, at(1), policy)
    expect(first).toEqual({ allowed: true, next: { ...fresh, attempts: 1, failures: 1 } })
    if (!first.allowed) throw new Error('expected allowed')
    const second = throttleStep(first.next, at(2), policy)
    expect(second).toEqual({
      allowed: true,
      next: { ...fresh, attempts: 2, failures: 0, lockedUntil: at(32) },
    })
    if (!second.allowed) throw new Error('expected allowed')
    expect(throttleStep(second.next, at(31.2), policy)).toEqual({
      allowed: false,
      reason: 'locked',
      retryAfterSeconds: 1,
    })
    expect(throttleStep(second.next, at(32), policy)).toMatchObject({
      allowed: true,
      next: { lockedUntil: null, failures: 1, attempts: 3 },
    })
  })

  it('refuses past the window’s attempts until the window ends, then starts a new one', () => {
    const full = { ...fresh, attempts: 3 }
    const noLockout = { ...policy, lockout: undefined }
    expect(throttleStep(full, at(45), noLockout)).toEqual({
      allowed: false,
      reason: 'rate-limited',
      retryAfterSeconds: 15,
    })
    expect(throttleStep(full, at(60), noLockout)).toEqual({
      allowed: true,
      next: { ...fresh, windowStart: at(60), attempts: 1 },
    })
  })
})
