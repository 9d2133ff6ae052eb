import { z } from 'zod'
import { Email, Id, Timestamp } from './people.ts'
import { SessionUser } from './users.ts'

/**
 * The body of `POST /v1/auth/token`. The password is not checked against the length rule
 * here: a sign-in form says only whether the pair is right.
 *
 * @example
 * ```ts
 * SignInRequest.parse({ email: 'Jo@Example.org', password: 'correct horse battery' }).email
 * //=> 'jo@example.org'
 * ```
 */
export const SignInRequest = z
  .object({
    email: Email,
    password: z.string().min(1, 'enter your password').max(1024).meta({ format: 'password' }),
  })
  .meta({ id: 'SignInRequest' })
export type SignInRequest = z.infer<typeof SignInRequest>

/** The answer to a successful sign-in: send `Authorization: Bearer <token>` until `expiresAt`. */
export const TokenResponse = z
  .object({
    token: z.string().meta({ description: 'Shown once; the server keeps only its hash.' }),
    tokenType: z.literal('Bearer'),
    expiresAt: Timestamp,
    user: SessionUser,
  })
  .meta({ id: 'TokenResponse' })
export type TokenResponse = z.infer<typeof TokenResponse>

/** A token as admins see it: never the token itself. */
export const TokenInfo = z
  .object({
    id: Id,
    userId: Id,
    createdAt: Timestamp,
    expiresAt: Timestamp,
    revokedAt: Timestamp.nullable(),
    active: z.boolean().meta({ description: 'Neither expired nor revoked.' }),
  })
  .meta({ id: 'TokenInfo' })
export type TokenInfo = z.infer<typeof TokenInfo>

/** `GET /v1/users/{id}/tokens`: the user's tokens, newest first. */
export const TokenList = z.object({ items: z.array(TokenInfo) }).meta({ id: 'TokenList' })
export type TokenList = z.infer<typeof TokenList>
