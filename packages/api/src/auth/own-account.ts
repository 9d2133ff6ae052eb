import { eq } from 'drizzle-orm'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { AppConfig } from '../config.ts'
import type { Db } from '../db/client.ts'
import { recoveryCodes, users } from '../db/schema/index.ts'
import type {
  ChangePasswordRequest,
  TokenResponse,
  TwoFactorChangeRequest,
  TwoFactorEnabled,
  TwoFactorEnrolment,
  TwoFactorStatus,
} from '../schemas/index.ts'
import { weakPassword, type Refusal } from './accounts.ts'
import { forgetFirstAdminPassword } from './first-admin-file.ts'
import { hashPassword, verifyPassword } from './passwords.ts'
import {
  isRecoveryCode,
  recoveryCodesLeft,
  replaceRecoveryCodes,
  useRecoveryCode,
} from './recovery-codes.ts'
import { issueSession, type UserRow } from './sessions.ts'
import { signInSettings } from './sign-in-settings.ts'
import { revokeUserTokens } from './tokens.ts'
import { checkTotp, newTotpSecret, totpUri } from './totp.ts'

/** Who changes their own account, when, and from where. */
export interface OwnChange {
  userId: string
  now: Date
  ip?: string | undefined
}

async function userRow(db: Db, id: string): Promise<UserRow> {
  const [row] = await db.select().from(users).where(eq(users.id, id))
  if (!row) throw new Error('a signed-in user has vanished')
  return row
}

/**
 * Ends every session of the user and starts a new one: after a change of credentials, a token
 * taken before it (say, from a stolen laptop) must not outlive it.
 */
async function replaceSessions(
  tx: Db,
  userId: string,
  config: AppConfig,
  { now, ip }: OwnChange,
  via: string
): Promise<{ body: TokenResponse; revokedTokens: number }> {
  const revokedTokens = await revokeUserTokens(tx, userId, now)
  const body = await issueSession(tx, await userRow(tx, userId), config, { now, ip, via })
  return { body, revokedTokens }
}

/**
 * A user changes their own password: the one in use must be right, the new one different and
 * not too easy to guess. Clears a change someone else's choice of password required, revokes
 * every token of the user and returns a new one. When the replaced password was the generated
 * first admin's, its file is deleted.
 *
 * @example
 * ```ts
 * const result = await changeOwnPassword(db, body, { userId, now }, config)
 * if ('refused' in result) // 400: wrong current password, same or weak new one
 * ```
 */
export async function changeOwnPassword(
  db: Db,
  { currentPassword, newPassword }: ChangePasswordRequest,
  change: OwnChange,
  config: AppConfig
): Promise<TokenResponse | Refusal> {
  const before = await userRow(db, change.userId)
  if (!(await verifyPassword(currentPassword, before.passwordHash))) {
    return { refused: 'wrong-password' }
  }
  if (newPassword.normalize('NFKC') === currentPassword.normalize('NFKC')) {
    return { refused: 'same-password' }
  }
  const weak = weakPassword(newPassword, 'newPassword', [before.email, before.name])
  if (weak) return weak
  const passwordHash = await hashPassword(newPassword, config.auth.passwordHashing)
  const body = await auditedTransaction(db, async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, updatedAt: change.now })
      .where(eq(users.id, change.userId))
    const { body, revokedTokens } = await replaceSessions(
      tx,
      change.userId,
      config,
      change,
      'password-change'
    )
    await appendAudit(tx, {
      at: change.now,
      actorId: change.userId,
      action: 'user.password.change',
      subject: { type: 'user', id: change.userId },
      details: { revokedTokens, ...(before.mustChangePassword ? { wasRequired: true } : {}) },
    })
    return body
  })
  await forgetFirstAdminPassword(config.auth.firstAdminPasswordFile, { password: currentPassword })
  return body
}

/**
 * Whether the user's two-factor sign-in is on, required by their role, or being set up.
 *
 * @example
 * ```ts
 * (await twoFactorStatus(db, userId)).enabled //=> false
 * ```
 */
export async function twoFactorStatus(db: Db, userId: string): Promise<TwoFactorStatus> {
  const user = await userRow(db, userId)
  const settings = await signInSettings(db)
  return {
    enabled: user.totpSecret !== null,
    required: settings.twoFactorRequiredFor.includes(user.role),
    recoveryCodesLeft: user.totpSecret === null ? 0 : await recoveryCodesLeft(db, userId),
    pending:
      user.totpPendingSecret === null
        ? null
        : { secret: user.totpPendingSecret, uri: totpUri(user.totpPendingSecret, user.email) },
  }
}

/**
 * Starts setting up two-factor sign-in: a new secret, kept as pending (replacing any earlier
 * one) until a code from it switches it on. Refused while it is on.
 *
 * @example
 * ```ts
 * const { secret, uri } = await startTwoFactorEnrolment(db, { userId, now })
 * ```
 */
export async function startTwoFactorEnrolment(
  db: Db,
  { userId, now }: OwnChange
): Promise<TwoFactorEnrolment | Refusal> {
  return auditedTransaction(db, async (tx) => {
    const user = await userRow(tx, userId)
    if (user.totpSecret !== null) return { refused: 'two-factor-on' as const }
    const secret = newTotpSecret()
    await tx.update(users).set({ totpPendingSecret: secret }).where(eq(users.id, userId))
    await appendAudit(tx, {
      at: now,
      actorId: userId,
      action: 'user.two-factor.start',
      subject: { type: 'user', id: userId },
    })
    return { secret, uri: totpUri(secret, user.email) }
  })
}

/**
 * Switches two-factor sign-in on with the pending secret, given the password and a code from
 * it: ten recovery codes are made, every token of the user is revoked and a new one returned.
 *
 * @example
 * ```ts
 * const result = await enableTwoFactor(db, { password, code }, { userId, now }, config)
 * if (!('refused' in result)) result.recoveryCodes.length //=> 10
 * ```
 */
export async function enableTwoFactor(
  db: Db,
  { password, code }: TwoFactorChangeRequest,
  change: OwnChange,
  config: AppConfig
): Promise<TwoFactorEnabled | Refusal> {
  const before = await userRow(db, change.userId)
  if (!(await verifyPassword(password, before.passwordHash))) {
    return { refused: 'wrong-password', path: 'password' }
  }
  return auditedTransaction(db, async (tx) => {
    const user = await userRow(tx, change.userId)
    if (user.totpSecret !== null) return { refused: 'two-factor-on' as const }
    const secret = user.totpPendingSecret
    if (secret === null) return { refused: 'no-pending-two-factor' as const }
    const step = checkTotp(secret, code, change.now, null)
    if (step === undefined) return { refused: 'wrong-code' as const }
    await tx
      .update(users)
      .set({
        totpSecret: secret,
        totpPendingSecret: null,
        totpLastStep: step,
        updatedAt: change.now,
      })
      .where(eq(users.id, change.userId))
    const codes = await replaceRecoveryCodes(tx, change.userId, change.now)
    const { body, revokedTokens } = await replaceSessions(
      tx,
      change.userId,
      config,
      change,
      'two-factor-on'
    )
    await appendAudit(tx, {
      at: change.now,
      actorId: change.userId,
      action: 'user.two-factor.enable',
      subject: { type: 'user', id: change.userId },
      details: { recoveryCodes: codes.length, revokedTokens },
    })
    return { ...body, recoveryCodes: codes }
  })
}

/**
 * Switches two-factor sign-in off, given the password and a code (or a recovery code); refused
 * when the user's role requires it. Every token of the user is revoked and a new one returned.
 *
 * @example
 * ```ts
 * await disableTwoFactor(db, { password, code }, { userId, now }, config)
 * ```
 */
export async function disableTwoFactor(
  db: Db,
  { password, code }: TwoFactorChangeRequest,
  change: OwnChange,
  config: AppConfig
): Promise<TokenResponse | Refusal> {
  const before = await userRow(db, change.userId)
  if (!(await verifyPassword(password, before.passwordHash))) {
    return { refused: 'wrong-password', path: 'password' }
  }
  return auditedTransaction(db, async (tx) => {
    const user = await userRow(tx, change.userId)
    const secret = user.totpSecret
    if (secret === null) return { refused: 'two-factor-off' as const }
    if ((await signInSettings(tx)).twoFactorRequiredFor.includes(user.role)) {
      return { refused: 'two-factor-required' as const }
    }
    const accepted = isRecoveryCode(code)
      ? await useRecoveryCode(tx, user.id, code, change.now)
      : checkTotp(secret, code, change.now, user.totpLastStep) !== undefined
    if (!accepted) return { refused: 'wrong-code' as const }
    await tx
      .update(users)
      .set({ totpSecret: null, totpPendingSecret: null, totpLastStep: null, updatedAt: change.now })
      .where(eq(users.id, change.userId))
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, change.userId))
    const { body, revokedTokens } = await replaceSessions(
      tx,
      change.userId,
      config,
      change,
      'two-factor-off'
    )
    await appendAudit(tx, {
      at: change.now,
      actorId: change.userId,
      action: 'user.two-factor.disable',
      subject: { type: 'user', id: change.userId },
      details: { revokedTokens },
    })
    return body
  })
}
