import { appendAudit } from '../audit/append.ts'
import type { AppConfig } from '../config.ts'
import type { Db } from '../db/client.ts'
import type { users } from '../db/schema/index.ts'
import type { TokenResponse } from '../schemas/index.ts'
import { accountRequirements, scopeFor, signInSettings } from './sign-in-settings.ts'
import { findLiveToken, issueToken, revokeToken } from './tokens.ts'

/** A stored user row, as sign-in reads it. */
export type UserRow = typeof users.$inferSelect

/** How a session starts: when, from where, and which token (if any) it replaces. */
export interface SessionStart {
  now: Date
  /** The client's address, for the audit log. */
  ip?: string | undefined
  /** A token the client held before (a sign-in again): revoked as the new one is issued. */
  previousToken?: string | undefined
  /** Recorded in the audit entry, e.g. `'password-change'`. */
  via?: string
}

/**
 * Issues a token for `user` inside the caller's audited transaction: `setup` scope while the
 * account must still change its password or switch on two-factor sign-in, `full` otherwise.
 * A previous token the client still held is revoked (a sign-in again ends the old session),
 * and both are audited.
 *
 * @example
 * ```ts
 * const body = await issueSession(tx, user, config, { now: clock.now(), ip, previousToken })
 * ```
 */
export async function issueSession(
  tx: Db,
  user: UserRow,
  config: AppConfig,
  start: SessionStart
): Promise<TokenResponse> {
  const { now, ip, previousToken, via } = start
  const requires = accountRequirements(user, await signInSettings(tx))
  const scope = scopeFor(requires)
  const previous = previousToken ? await findLiveToken(tx, previousToken, now) : undefined
  if (previous) {
    await revokeToken(tx, previous.id, now)
    await appendAudit(tx, {
      at: now,
      actorId: user.id,
      action: 'auth.token.revoke',
      subject: { type: 'token', id: previous.id },
      details: { userId: previous.userId, replacedBySignIn: true },
    })
  }
  const issued = await issueToken(tx, user.id, now, config.auth.tokenTtlSeconds, scope)
  await appendAudit(tx, {
    at: now,
    actorId: user.id,
    action: 'auth.token.create',
    subject: { type: 'token', id: issued.id },
    details: {
      expiresAt: issued.expiresAt.toISOString(),
      ...(scope === 'full' ? {} : { scope, requires }),
      ...(ip === undefined ? {} : { ip }),
      ...(via === undefined ? {} : { via }),
    },
  })
  const { id, name, role, organisationId, email } = user
  return {
    token: issued.token,
    tokenType: 'Bearer',
    expiresAt: issued.expiresAt.toISOString(),
    user: { id, email, name, role, organisationId },
    requires,
  }
}
