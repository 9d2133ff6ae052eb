import { createHash, randomBytes } from 'node:crypto'
import { and, desc, eq, gt, isNull } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { apiTokens, users, type TokenScope } from '../db/schema/index.ts'
import type { SessionUser } from '../schemas/users.ts'

export type { TokenScope }

/** The signed-in user behind a request, and the token they presented. */
export interface Principal {
  user: SessionUser
  tokenId: string
  tokenExpiresAt: Date
  /** `setup` tokens may only finish setting up the account (see src/auth/middleware.ts). */
  scope: TokenScope
}

/**
 * The SHA-256 (hex) of a token: what the database keeps instead of the token. A fast hash is
 * enough here, unlike for passwords: a token is 256 random bits, so there is nothing to guess.
 *
 * @example
 * ```ts
 * hashToken('abc') //=> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * Creates a token for `userId`: 32 random bytes as base64url, returned once; only its hash is
 * stored. Call inside the transaction that audits it.
 *
 * @example
 * ```ts
 * const { token, expiresAt } = await issueToken(tx, user.id, clock.now(), 8 * 3600)
 * ```
 */
export async function issueToken(
  tx: Db,
  userId: string,
  now: Date,
  ttlSeconds: number,
  scope: TokenScope = 'full'
) {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + ttlSeconds * 1000)
  const [row] = await tx
    .insert(apiTokens)
    .values({ userId, tokenHash: hashToken(token), createdAt: now, expiresAt, scope })
    .returning({ id: apiTokens.id })
  if (!row) throw new Error('inserting a token returned nothing')
  return { id: row.id, token, expiresAt }
}

/**
 * The principal a bearer token stands for, if the token is known, unrevoked and unexpired and
 * its user is not disabled; otherwise undefined (the caller answers 401 either way).
 *
 * @example
 * ```ts
 * const principal = await findPrincipal(db, token, clock.now())
 * ```
 */
export async function findPrincipal(
  db: Db,
  token: string,
  now: Date
): Promise<Principal | undefined> {
  // A real token is 43 characters; anything far off is not worth a query.
  if (token.length < 20 || token.length > 200) return undefined
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      tokenExpiresAt: apiTokens.expiresAt,
      scope: apiTokens.scope,
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      organisationId: users.organisationId,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, hashToken(token)),
        isNull(apiTokens.revokedAt),
        gt(apiTokens.expiresAt, now),
        eq(users.disabled, false)
      )
    )
  if (!row) return undefined
  const { tokenId, tokenExpiresAt, scope, ...user } = row
  return { user, tokenId, tokenExpiresAt, scope }
}

/**
 * Revokes one token (if still unrevoked) and returns its user's id, or undefined when there is
 * no such token.
 *
 * @example
 * ```ts
 * await revokeToken(tx, tokenId, clock.now())
 * ```
 */
export async function revokeToken(tx: Db, id: string, now: Date) {
  const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id))
  if (!row) return undefined
  if (row.revokedAt === null) {
    await tx.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, id))
  }
  return { userId: row.userId, alreadyRevoked: row.revokedAt !== null }
}

/**
 * The live token a bearer token stands for (unrevoked, unexpired), if any: the session a new
 * sign-in replaces.
 *
 * @example
 * ```ts
 * const previous = await findLiveToken(tx, bearer, clock.now())
 * ```
 */
export async function findLiveToken(db: Db, token: string, now: Date) {
  if (token.length < 20 || token.length > 200) return undefined
  const [row] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId })
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.tokenHash, hashToken(token)),
        isNull(apiTokens.revokedAt),
        gt(apiTokens.expiresAt, now)
      )
    )
  return row
}

/**
 * Revokes every live token of a user (when they are disabled or their password is reset) and
 * returns how many.
 *
 * @example
 * ```ts
 * await revokeUserTokens(tx, userId, clock.now()) //=> 2
 * ```
 */
export async function revokeUserTokens(tx: Db, userId: string, now: Date): Promise<number> {
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id })
  return revoked.length
}

/**
 * A user's tokens, newest first, without their hashes.
 *
 * @example
 * ```ts
 * (await listUserTokens(db, userId, now))[0]?.active //=> true
 * ```
 */
export async function listUserTokens(db: Db, userId: string, now: Date) {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
  return rows.map(({ tokenHash: _, ...row }) => ({
    ...row,
    active: row.revokedAt === null && row.expiresAt > now,
  }))
}
