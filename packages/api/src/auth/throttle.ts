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

/** Which counter refused an attempt: an email's, a source's, or an email's from one source. */
export type ThrottleCounter = 'email' | 'source' | 'email-source'

/** Who is signing in: the normalised email and the group of their address (if known). */
export interface SignInSource {
  email: string
  /** {@link addressGroup} of the client's address; undefined when no address is known. */
  source: string | undefined
}

const counterKeys = ({ email, source }: SignInSource) => ({
  email: `email:${email}`,
  'email-source': `email-source:${email} ${source ?? 'unknown'}`,
  ...(source === undefined ? {} : { source: `source:${source}` }),
})

const counterOf = (key: string): ThrottleCounter =>
  key.startsWith('email-source:') ? 'email-source' : key.startsWith('source:') ? 'source' : 'email'

/** A refused attempt, and whether this one is to be audited (see {@link countSignInAttempt}). */
export type ThrottleRefusal = Extract<ThrottleDecision, { allowed: false }> & {
  counter: ThrottleCounter
  /** Set when this refusal is to be audited: how many refusals it stands for. */
  audit?: { refused: number }
}

/** Refusals of one counter are audited at most this often, each entry with the count. */
export const refusalAuditSeconds = 60

/**
 * Counts one sign-in attempt, in the database so every API instance shares the counts, against
 * three counters: the email's from everywhere (a window of attempts), the source's (a window of
 * attempts) and the email's from this source (consecutive failures, which lock). Rows are
 * locked in key order, so concurrent attempts queue rather than deadlock. Nothing is counted
 * when the attempt is refused; the refusal is counted on the refusing counter instead, and
 * marked for the audit log at most once a minute per counter (with how many it stands for), so
 * a flood of refused attempts cannot flood the log.
 *
 * @example
 * ```ts
 * const decision = await countSignInAttempt(db, { email, source }, clock.now(), config.auth)
 * if (!decision.allowed) // 429 with Retry-After: decision.retryAfterSeconds
 * ```
 */
export function countSignInAttempt(
  db: Db,
  who: SignInSource,
  now: Date,
  config: AuthConfig
): Promise<{ allowed: true } | ThrottleRefusal> {
  const { windowSeconds, perEmail, perIp } = config.rateLimit
  const keys = counterKeys(who)
  const policies = new Map<string, ThrottlePolicy>([
    [keys.email, { windowSeconds, maxAttempts: perEmail }],
    [
      keys['email-source'],
      { windowSeconds, maxAttempts: Number.MAX_SAFE_INTEGER, lockout: config.lockout },
    ],
  ])
  if (keys.source !== undefined) policies.set(keys.source, { windowSeconds, maxAttempts: perIp })
  const ordered = [...policies.keys()].sort()
  return db.transaction(async (tx) => {
    await tx
      .insert(loginThrottle)
      .values(ordered.map((key) => ({ key, windowStart: now })))
      .onConflictDoNothing()
    const rows = await tx
      .select()
      .from(loginThrottle)
      .where(inArray(loginThrottle.key, ordered))
      .orderBy(asc(loginThrottle.key))
      .for('update')
    const decisions = rows.map((row) => ({
      row,
      decision: throttleStep(row, now, policies.get(row.key)!),
    }))
    const refused = decisions.flatMap(({ row, decision }) =>
      decision.allowed ? [] : [{ row, decision }]
    )
    if (refused.length > 0) {
      const { row, decision } = refused.reduce((a, b) =>
        b.decision.retryAfterSeconds > a.decision.retryAfterSeconds ? b : a
      )
      const refusal: ThrottleRefusal = { ...decision, counter: counterOf(row.key) }
      const count = row.refused + 1
      const last = row.refusalAuditedAt
      if (!last || now.getTime() - last.getTime() >= refusalAuditSeconds * 1000 || now < last) {
        refusal.audit = { refused: count }
        await tx
          .update(loginThrottle)
          .set({ refused: 0, refusalAuditedAt: now })
          .where(eq(loginThrottle.key, row.key))
      } else {
        await tx.update(loginThrottle).set({ refused: count }).where(eq(loginThrottle.key, row.key))
      }
      return refusal
    }
    for (const { decision } of decisions) {
      if (!decision.allowed) continue
      const { key, ...values } = decision.next
      await tx.update(loginThrottle).set(values).where(eq(loginThrottle.key, key))
    }
    return { allowed: true as const }
  })
}

/**
 * Clears the failure count and lock of an email from one source after a successful sign-in
 * (locks of the same email from other sources stay: they are someone else's guesses).
 *
 * @example
 * ```ts
 * await clearFailures(tx, { email, source })
 * ```
 */
export async function clearFailures(tx: Db, who: SignInSource): Promise<void> {
  await tx
    .update(loginThrottle)
    .set({ failures: 0, lockedUntil: null })
    .where(eq(loginThrottle.key, counterKeys(who)['email-source']))
}
