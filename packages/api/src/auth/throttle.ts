import { asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { loginThrottle } from '../db/schema/index.ts'
import type { AuthConfig } from './config.ts'

/** A counter row of `login_throttle`. */
export type ThrottleState = typeof loginThrottle.$inferSelect

/** The limits of one counter: attempts per window, and (for emails) the lockout. */
export interface ThrottlePolicy {
  windowSeconds: number
  maxAttempts: number
  lockout?: { failures: number; seconds: number } | undefined
}

/** Whether an attempt may go ahead, and the counter as it should be stored if it does. */
export type ThrottleDecision =
  | { allowed: true; next: ThrottleState }
  | { allowed: false; reason: 'locked' | 'rate-limited'; retryAfterSeconds: number }

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

/**
 * Decides one sign-in attempt against one counter. The attempt is counted as a failure before
 * the password is checked, and a success clears it (see {@link clearFailures}): so however
 * many attempts race, at most `lockout.failures` passwords are tried before the lock.
 *
 * @example
 * ```ts
 * throttleStep(row, now, { windowSeconds: 900, maxAttempts: 20, lockout: { failures: 5, seconds: 900 } })
 * //=> { allowed: true, next: { …, attempts: 1, failures: 1 } }
 * ```
 */
export function throttleStep(
  state: ThrottleState,
  now: Date,
  policy: ThrottlePolicy
): ThrottleDecision {
  const next = { ...state }
  if (next.lockedUntil && now >= next.lockedUntil)
    Object.assign(next, { lockedUntil: null, failures: 0 })
  if (next.lockedUntil) {
    const retryAfterSeconds = seconds(next.lockedUntil.getTime() - now.getTime())
    return { allowed: false, reason: 'locked', retryAfterSeconds }
  }
  const windowEnd = next.windowStart.getTime() + policy.windowSeconds * 1000
  if (now.getTime() >= windowEnd || now < next.windowStart) {
    Object.assign(next, { windowStart: now, attempts: 0 })
  }
  if (next.attempts >= policy.maxAttempts) {
    const end = next.windowStart.getTime() + policy.windowSeconds * 1000
    return {
      allowed: false,
      reason: 'rate-limited',
      retryAfterSeconds: seconds(end - now.getTime()),
    }
  }
  next.attempts += 1
  if (policy.lockout) {
    next.failures += 1
    if (next.failures >= policy.lockout.failures) {
      Object.assign(next, {
        failures: 0,
        lockedUntil: new Date(now.getTime() + policy.lockout.seconds * 1000),
      })
    }
  }
  return { allowed: true, next }
}

/** The counter key of an email address. */
export const emailKey = (email: string) => `email:${email}`

/**
 * Counts one sign-in attempt for `email` and (when known) the client's IP, in the database so
 * every API instance shares the counts. Rows are locked in key order, so concurrent attempts
 * queue rather than deadlock. Nothing is counted when the attempt is refused.
 *
 * @example
 * ```ts
 * const decision = await countSignInAttempt(db, { email, ip }, clock.now(), config.auth)
 * if (!decision.allowed) // 429 with Retry-After: decision.retryAfterSeconds
 * ```
 */
export function countSignInAttempt(
  db: Db,
  who: { email: string; ip: string | undefined },
  now: Date,
  config: AuthConfig
): Promise<{ allowed: true } | Extract<ThrottleDecision, { allowed: false }>> {
  const { windowSeconds, perEmail, perIp } = config.rateLimit
  const policies = new Map<string, ThrottlePolicy>([
    [emailKey(who.email), { windowSeconds, maxAttempts: perEmail, lockout: config.lockout }],
  ])
  if (who.ip !== undefined) policies.set(`ip:${who.ip}`, { windowSeconds, maxAttempts: perIp })
  const keys = [...policies.keys()]
  return db.transaction(async (tx) => {
    await tx
      .insert(loginThrottle)
      .values(keys.map((key) => ({ key, windowStart: now })))
      .onConflictDoNothing()
    const rows = await tx
      .select()
      .from(loginThrottle)
      .where(inArray(loginThrottle.key, keys))
      .orderBy(asc(loginThrottle.key))
      .for('update')
    const decisions = rows.map((row) => throttleStep(row, now, policies.get(row.key)!))
    const refused = decisions.filter((d) => !d.allowed)
    if (refused.length > 0) {
      return refused.reduce((a, b) => (b.retryAfterSeconds > a.retryAfterSeconds ? b : a))
    }
    for (const decision of decisions) {
      if (!decision.allowed) continue
      const { key, ...values } = decision.next
      await tx.update(loginThrottle).set(values).where(eq(loginThrottle.key, key))
    }
    return { allowed: true as const }
  })
}

/**
 * Clears an email's failure count and lock after a successful sign-in.
 *
 * @example
 * ```ts
 * await clearFailures(tx, email)
 * ```
 */
export async function clearFailures(tx: Db, email: string): Promise<void> {
  await tx
    .update(loginThrottle)
    .set({ failures: 0, lockedUntil: null })
    .where(eq(loginThrottle.key, emailKey(email)))
}
