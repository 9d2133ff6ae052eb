import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Db } from '../db/client.ts'
import { findSetting, saveSetting } from '../db/repositories/settings.ts'
import { SignInSettings, type Role } from '../schemas/index.ts'
import type { TokenScope } from './tokens.ts'
import type { AccountRequirement } from '../schemas/index.ts'

const key = 'sign-in'

/** Until an admin says otherwise, no role has to use two-factor sign-in. */
export const defaultSignInSettings: SignInSettings = { twoFactorRequiredFor: [] }

/**
 * The sign-in settings in force: the stored ones, or the defaults.
 *
 * @example
 * ```ts
 * (await signInSettings(db)).twoFactorRequiredFor //=> ['admin']
 * ```
 */
export async function signInSettings(db: Db): Promise<SignInSettings> {
  const stored = await findSetting(db, key)
  const parsed = SignInSettings.safeParse(stored?.value)
  return parsed.success ? parsed.data : defaultSignInSettings
}

/**
 * Stores the sign-in settings and audits the change.
 *
 * @example
 * ```ts
 * await saveSignInSettings(db, { twoFactorRequiredFor: ['admin'] }, { actorId, at })
 * ```
 */
export function saveSignInSettings(
  db: Db,
  settings: SignInSettings,
  { actorId, at }: { actorId: string; at: Date }
): Promise<SignInSettings> {
  return auditedTransaction(db, async (tx) => {
    const before = await signInSettings(tx)
    await saveSetting(tx, key, settings, { at, by: actorId })
    await appendAudit(tx, {
      at,
      actorId,
      action: 'settings.sign-in.update',
      subject: { type: 'settings', id: key },
      details: {
        twoFactorRequiredFor: {
          from: before.twoFactorRequiredFor,
          to: settings.twoFactorRequiredFor,
        },
      },
    })
    return settings
  })
}

/** What decides what an account must still do: its stored flags and its role. */
export interface AccountState {
  role: Role
  mustChangePassword: boolean
  totpSecret: string | null
}

/**
 * What an account must do before a token of theirs allows more: change a password someone else
 * chose, and switch on two-factor sign-in when its role requires it.
 *
 * @example
 * ```ts
 * accountRequirements({ role: 'admin', mustChangePassword: true, totpSecret: null }, { twoFactorRequiredFor: ['admin'] })
 * //=> ['password-change', 'two-factor-setup']
 * ```
 */
export function accountRequirements(
  account: AccountState,
  settings: SignInSettings
): AccountRequirement[] {
  const needs: AccountRequirement[] = []
  if (account.mustChangePassword) needs.push('password-change')
  if (account.totpSecret === null && settings.twoFactorRequiredFor.includes(account.role)) {
    needs.push('two-factor-setup')
  }
  return needs
}

/**
 * The scope of a new token for an account with these requirements.
 *
 * @example
 * ```ts
 * scopeFor([]) //=> 'full'
 * ```
 */
export const scopeFor = (requirements: readonly AccountRequirement[]): TokenScope =>
  requirements.length === 0 ? 'full' : 'setup'
