import type { Context } from 'hono'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import { findUserForSignIn } from '../db/repositories/people.ts'
import type { RouteDeps } from '../http/router.ts'
import type { TokenResponse } from '../schemas/index.ts'
import { dummyHash, verifyPassword } from './passwords.ts'
import { clearFailures, countSignInAttempt } from './throttle.ts'
import { issueToken } from './tokens.ts'

/** How a sign-in ended. */
export type SignInOutcome =
  | { outcome: 'signed-in'; body: TokenResponse }
  | { outcome: 'refused' }
  | { outcome: 'throttled'; reason: 'locked' | 'rate-limited'; retryAfterSeconds: number }

/**
 * The client's IP address: the last `X-Forwarded-For` entry when the API sits behind a proxy
 * (`trustProxy`), otherwise the socket's peer (@hono/node-server puts it in `c.env`); undefined
 * when neither is known (then only the per-email limit applies, rather than one shared bucket).
 *
 * @example
 * ```ts
 * clientIp(c, config.auth.trustProxy) //=> '203.0.113.7'
 * ```
 */
export function clientIp(c: Context, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = c.req
      .header('X-Forwarded-For')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    if (forwarded?.length) return forwarded.at(-1)
  }
  type Incoming = { incoming?: { socket?: { remoteAddress?: string } } }
  const env = c.env as (Incoming & { server?: Incoming }) | undefined
  return (env?.server ?? env)?.incoming?.socket?.remoteAddress
}

/**
 * Signs a user in: counts the attempt (per email and per IP, in the database), checks the
 * password with scrypt whether or not the email is known (a dummy hash stands in, so timing
 * says nothing), and on success issues a token and audits it. Failures are audited too, with
 * the reason, which the caller never reveals.
 *
 * @example
 * ```ts
 * const result = await signIn(deps, { email, password, ip: clientIp(c, config.auth.trustProxy) })
 * ```
 */
export async function signIn(
  { db, clock, config }: RouteDeps,
  attempt: { email: string; password: string; ip: string | undefined }
): Promise<SignInOutcome> {
  const now = clock.now()
  const { email, password, ip } = attempt
  const throttle = await countSignInAttempt(db, { email, ip }, now, config.auth)
  if (!throttle.allowed) return { outcome: 'throttled', ...throttle }
  const user = await findUserForSignIn(db, email)
  const stored = user?.passwordHash ?? (await dummyHash(config.auth.passwordHashing))
  const matches = await verifyPassword(password, stored)
  if (!user || !matches || user.disabled) {
    const reason = !user ? 'unknown-email' : !matches ? 'wrong-password' : 'disabled'
    await auditedTransaction(db, (tx) =>
      appendAudit(tx, {
        at: now,
        actorId: user?.id ?? null,
        action: 'auth.sign-in.fail',
        subject: user ? { type: 'user', id: user.id } : undefined,
        details: { email, reason, ...(ip === undefined ? {} : { ip }) },
      })
    )
    return { outcome: 'refused' }
  }
  return auditedTransaction(db, async (tx) => {
    await clearFailures(tx, email)
    const issued = await issueToken(tx, user.id, now, config.auth.tokenTtlSeconds)
    await appendAudit(tx, {
      at: now,
      actorId: user.id,
      action: 'auth.token.create',
      subject: { type: 'token', id: issued.id },
      details: { expiresAt: issued.expiresAt.toISOString(), ...(ip === undefined ? {} : { ip }) },
    })
    const { id, name, role, organisationId } = user
    return {
      outcome: 'signed-in' as const,
      body: {
        token: issued.token,
        tokenType: 'Bearer' as const,
        expiresAt: issued.expiresAt.toISOString(),
        user: { id, email: user.email, name, role, organisationId },
      },
    }
  })
}
