import { randomInt } from 'node:crypto'
import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { recoveryCodes } from '../db/schema/index.ts'
import { hashToken } from './tokens.ts'

/** How many recovery codes a user gets when two-factor sign-in is switched on. */
export const recoveryCodeCount = 10

// Crockford-style base32 without the letters people misread (I, L, O, U): 50 bits per code.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A recovery code as typed: case, spaces and hyphens do not matter. */
export const normaliseRecoveryCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '')

/** Whether `code` looks like a recovery code (10 characters of the alphabet), not a TOTP code. */
export const isRecoveryCode = (code: string) =>
  new RegExp(`^[${alphabet}]{10}$`).test(normaliseRecoveryCode(code))

function newCode(): string {
  const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)])
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`
}

/**
 * Replaces a user's recovery codes with {@link recoveryCodeCount} new ones and returns them:
 * shown once, only their SHA-256 is kept. Call inside the transaction that audits it.
 *
 * @example
 * ```ts
 * const codes = await replaceRecoveryCodes(tx, user.id, clock.now()) //=> ['7KQ2M-XW9D4', …]
 * ```
 */
export async function replaceRecoveryCodes(tx: Db, userId: string, now: Date): Promise<string[]> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId))
  const codes = Array.from({ length: recoveryCodeCount }, newCode)
  await tx.insert(recoveryCodes).values(
    codes.map((code) => ({
      userId,
      codeHash: hashToken(normaliseRecoveryCode(code)),
      createdAt: now,
    }))
  )
  return codes
}

/**
 * Uses up one of a user's recovery codes: true if it was theirs and unused (it is then used).
 *
 * @example
 * ```ts
 * if (await useRecoveryCode(tx, user.id, '7kq2m xw9d4', clock.now())) // signed in
 * ```
 */
export async function useRecoveryCode(
  tx: Db,
  userId: string,
  code: string,
  now: Date
): Promise<boolean> {
  const used = await tx
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashToken(normaliseRecoveryCode(code))),
        isNull(recoveryCodes.usedAt)
      )
    )
    .returning({ id: recoveryCodes.id })
  return used.length > 0
}

/**
 * How many unused recovery codes a user has left.
 *
 * @example
 * ```ts
 * await recoveryCodesLeft(db, user.id) //=> 9
 * ```
 */
export async function recoveryCodesLeft(db: Db, userId: string): Promise<number> {
  const rows = await db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
  return rows.length
}
