import { createHash, randomBytes } from 'node:crypto'
import { and, eq, gt, isNull, sql } from 'drizzle-orm'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Db } from '../db/client.ts'
import { findUserForSignIn } from '../db/repositories/people.ts'
import { signInChallenges, users } from '../db/schema/index.ts'
import type { AppConfig } from '../config.ts'
import type { Clock } from '../clock.ts'
import type { TokenResponse, TwoFactorChallenge } from '../schemas/index.ts'
import { addressGroup } from './client-address.ts'
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './passwords.ts'
import { isRecoveryCode, useRecoveryCode } from './recovery-codes.ts'
import { issueSession, type UserRow } from './sessions.ts'
import { clearFailures, countSignInAttempt, type ThrottleRefusal } from './throttle.ts'
import { checkTotp } from './totp.ts'

/** What signing in uses: the database, the clock and the sign-in settings. */
export interface SignInDeps {
  db: Db
  clock: Clock
  config: AppConfig
}

/** Who is signing in from where, and the token they held before, if any. */
export interface SignInContext {
  /** The client's address (see `clientAddress`), or undefined when unknown. */
  address: string | undefined
  /** A bearer token sent along: revoked when the sign-in succeeds (a sign-in again). */
  previousToken?: string | undefined
}

/** How a sign-in (or its second step) ended. */
export type SignInOutcome =
  | { outcome: 'signed-in'; body: TokenResponse }
  | { outcome: 'second-factor'; body: TwoFactorChallenge }
  | { outcome: 'refused' }
  | { outcome: 'throttled'; reason: 'locked' | 'rate-limited'; retryAfterSeconds: number }

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * Audits a refused (throttled or locked) attempt when the throttle marked it for the log (at
 * most once a minute per counter, with how many refusals it stands for). The email and address
 * are the ones failed sign-ins already record.
 */
async function auditRefusal(
  db: Db,
  now: Date,
  refusal: ThrottleRefusal,
  who: { email: string; address: string | undefined }
) {
  if (!refusal.audit) return
  await auditedTransaction(db, (tx) =>
    appendAudit(tx, {
      at: now,
      actorId: null,
      action: 'auth.sign-in.throttle',
      details: {
        reason: refusal.reason,
        counter: refusal.counter,
        refused: refusal.audit!.refused,
        retryAfterSeconds: refusal.retryAfterSeconds,
        email: who.email,
        ...(who.address === undefined ? {} : { ip: who.address }),
      },
    })
  )
}

const throttled = (refusal: ThrottleRefusal): SignInOutcome => ({
  outcome: 'throttled',
  reason: refusal.reason,
  retryAfterSeconds: refusal.retryAfterSeconds,
})

/**
 * Signs a user in: counts the attempt (per email, per source and per email from that source,
 * in the database), checks the password whether or not the email is known (a dummy hash stands
 * in, so timing says nothing), and on success either issues a token or, when the account has
 * two-factor sign-in, a challenge to send a code with. A matching hash made with older
 * parameters (or scrypt) is replaced by one with the current ones. Failures are audited with
 * the reason, which the caller never reveals; so are throttled attempts.
 *
 * @example
 * ```ts
 * const result = await signIn(deps, { email, password }, { address: clientAddress(c, …) })
 * ```
 */
export async function signIn(
  { db, clock, config }: SignInDeps,
  credentials: { email: string; password: string },
  context: SignInContext
): Promise<SignInOutcome> {
  const now = clock.now()
  const { email, password } = credentials
  const { address } = context
  const source = address === undefined ? undefined : addressGroup(address)
  const throttle = await countSignInAttempt(db, { email, source }, now, config.auth)
  if (!throttle.allowed) {
    await auditRefusal(db, now, throttle, { email, address })
    return throttled(throttle)
  }
  const user = await findUserForSignIn(db, email)
  const stored = user?.passwordHash ?? (await dummyHash(config.auth.passwordHashing))
  const matches = await verifyPassword(password, stored)
  if (!user || !matches || user.disabled) {
    const reason = !user ? 'unknown-email' : !matches ? 'wrong-password' : 'disabled'
    await auditFailure(db, now, user, { email, address, reason })
    return { outcome: 'refused' }
  }
  // Hashed before the transaction opens, as every hash is: it must not hold the audit lock. Until
  // its owner signs in once, a scrypt hash takes longer to check than the Argon2id dummy, which
  // tells a patient timer the email has an account; the sign-in throttle bounds the asking.
  const rehashed = needsRehash(user.passwordHash, config.auth.passwordHashing)
    ? await hashPassword(password, config.auth.passwordHashing)
    : undefined
  if (user.totpSecret !== null) {
    const body = await auditedTransaction(db, async (tx) => {
      await replaceHash(tx, user, rehashed)
      return startChallenge(tx, user, now, config.auth.signInChallengeSeconds, { address, source })
    })
    return { outcome: 'second-factor', body }
  }
  return auditedTransaction(db, async (tx) => {
    await replaceHash(tx, user, rehashed)
    await clearFailures(tx, { email, source })
    const body = await issueSession(tx, user, config, {
      now,
      ip: address,
      previousToken: context.previousToken,
    })
    return { outcome: 'signed-in' as const, body }
  })
}

/**
 * Stores a rehashed password, unless the password changed since it was read (a change in
 * between wins: its hash is already current).
 */
async function replaceHash(tx: Db, user: UserRow, rehashed: string | undefined) {
  if (rehashed === undefined) return
  await tx
    .update(users)
    .set({ passwordHash: rehashed })
    .where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash)))
}

async function auditFailure(
  db: Db,
  now: Date,
  user: UserRow | undefined,
  { email, address, reason }: { email: string; address: string | undefined; reason: string }
) {
  await auditedTransaction(db, (tx) =>
    appendAudit(tx, {
      at: now,
      actorId: user?.id ?? null,
      action: 'auth.sign-in.fail',
      subject: user ? { type: 'user', id: user.id } : undefined,
      details: { email, reason, ...(address === undefined ? {} : { ip: address }) },
    })
  )
}

async function startChallenge(
  tx: Db,
  user: UserRow,
  now: Date,
  ttlSeconds: number,
  { address, source }: { address: string | undefined; source: string | undefined }
): Promise<TwoFactorChallenge> {
  const challenge = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + ttlSeconds * 1000)
  const [row] = await tx
    .insert(signInChallenges)
    .values({
      userId: user.id,
      challengeHash: sha256(challenge),
      source: source ?? null,
      createdAt: now,
      expiresAt,
    })
    .returning({ id: signInChallenges.id })
  await appendAudit(tx, {
    at: now,
    actorId: user.id,
    action: 'auth.sign-in.challenge',
    subject: { type: 'sign-in-challenge', id: row!.id },
    details: {
      expiresAt: expiresAt.toISOString(),
      ...(address === undefined ? {} : { ip: address }),
    },
  })
  return { challenge, expiresAt: expiresAt.toISOString(), methods: ['totp', 'recovery-code'] }
}

/** Wrong codes one challenge takes before it is spent: start again with the password. */
export const challengeFailures = 5

/**
 * The second step of a two-factor sign-in: a code from the authenticator app (each accepted
 * once) or an unused recovery code, with the challenge the password step gave, before it
 * expires and from the same source. Counted by the same limits as passwords; a challenge is
 * spent after {@link challengeFailures} wrong codes. Success issues the token.
 *
 * @example
 * ```ts
 * const result = await signInWithCode(deps, { challenge, code: '492039' }, { address })
 * ```
 */
export async function signInWithCode(
  { db, clock, config }: SignInDeps,
  { challenge, code }: { challenge: string; code: string },
  context: SignInContext
): Promise<SignInOutcome> {
  const now = clock.now()
  const { address } = context
  const source = address === undefined ? undefined : addressGroup(address)
  const [pending] = await db
    .select({ challenge: signInChallenges, user: users })
    .from(signInChallenges)
    .innerJoin(users, eq(users.id, signInChallenges.userId))
    .where(
      and(
        eq(signInChallenges.challengeHash, sha256(challenge)),
        isNull(signInChallenges.usedAt),
        gt(signInChallenges.expiresAt, now)
      )
    )
  if (!pending || pending.challenge.source !== (source ?? null)) return { outcome: 'refused' }
  const { user } = pending
  const email = user.email
  const throttle = await countSignInAttempt(db, { email, source }, now, config.auth)
  if (!throttle.allowed) {
    await auditRefusal(db, now, throttle, { email, address })
    return throttled(throttle)
  }
  return auditedTransaction(db, async (tx) => {
    // Locked with the audit chain: two requests with one code cannot both pass.
    const [current] = await tx.select().from(users).where(eq(users.id, user.id))
    const secret = current?.totpSecret
    let accepted = false
    let method: 'totp' | 'recovery-code' = 'totp'
    if (current && secret && !current.disabled) {
      if (isRecoveryCode(code)) {
        method = 'recovery-code'
        accepted = await useRecoveryCode(tx, user.id, code, now)
      } else {
        const step = checkTotp(secret, code, now, current.totpLastStep)
        if (step !== undefined) {
          accepted = true
          await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, user.id))
        }
      }
    }
    if (!accepted) {
      await tx
        .update(signInChallenges)
        .set({
          failures: sql`${signInChallenges.failures} + 1`,
          usedAt: pending.challenge.failures + 1 >= challengeFailures ? now : null,
        })
        .where(eq(signInChallenges.id, pending.challenge.id))
      await appendAudit(tx, {
        at: now,
        actorId: user.id,
        action: 'auth.sign-in.fail',
        subject: { type: 'user', id: user.id },
        details: {
          email,
          reason: current?.disabled ? 'disabled' : 'wrong-code',
          ...(address === undefined ? {} : { ip: address }),
        },
      })
      return { outcome: 'refused' as const }
    }
    await tx
      .update(signInChallenges)
      .set({ usedAt: now })
      .where(eq(signInChallenges.id, pending.challenge.id))
    await clearFailures(tx, { email, source })
    const body = await issueSession(tx, current!, config, {
      now,
      ip: address,
      previousToken: context.previousToken,
      via: method,
    })
    return { outcome: 'signed-in' as const, body }
  })
}
