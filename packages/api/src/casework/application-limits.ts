import { asc, eq, inArray } from 'drizzle-orm'
import { addressGroup } from '../auth/client-address.ts'
import { throttleStep } from '../auth/throttle.ts'
import type { ApplicationsConfig } from '../config.ts'
import type { Db } from '../db/client.ts'
import { loginThrottle } from '../db/schema/index.ts'

/** Which limit refused an application: one client's, or the partnership's as a whole. */
export type ApplicationCounter = 'client' | 'partnership'

/** Whether an online application may go ahead. */
export type ApplicationAllowance =
  { allowed: true } | { allowed: false; counter: ApplicationCounter; retryAfterSeconds: number }

const partnershipKey = 'application-partnership'

/**
 * Counts one online application against two windows, in the sign-in counters' table so every
 * API instance shares them: the client's (its address group; clients whose address is unknown
 * share one counter) and the partnership's (everyone). Nothing is counted when refused.
 *
 * @example
 * ```ts
 * const allowance = await countApplication(db, '203.0.113.7', clock.now(), config.applications)
 * if (!allowance.allowed) // 429 with Retry-After: allowance.retryAfterSeconds
 * ```
 */
export function countApplication(
  db: Db,
  address: string | undefined,
  now: Date,
  config: ApplicationsConfig
): Promise<ApplicationAllowance> {
  const clientKey = `application-source:${address === undefined ? 'unknown' : addressGroup(address)}`
  const limits = new Map([
    [clientKey, config.perClient],
    [partnershipKey, config.perPartnership],
  ])
  const keys = [...limits.keys()].sort()
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
    const decisions = rows.map((row) => ({
      key: row.key,
      decision: throttleStep(row, now, {
        windowSeconds: config.windowSeconds,
        maxAttempts: limits.get(row.key)!,
      }),
    }))
    for (const { key, decision } of decisions) {
      if (!decision.allowed) {
        const counter = key === partnershipKey ? 'partnership' : 'client'
        return { allowed: false, counter, retryAfterSeconds: decision.retryAfterSeconds }
      }
    }
    for (const { decision } of decisions) {
      if (!decision.allowed) continue
      const { key, ...values } = decision.next
      await tx.update(loginThrottle).set(values).where(eq(loginThrottle.key, key))
    }
    return { allowed: true }
  })
}
