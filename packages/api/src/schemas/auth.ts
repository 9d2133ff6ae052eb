import { z } from 'zod'
import { Email, Id, NewPassword, Role, Timestamp } from './people.ts'
import { AccountRequirement, SessionUser } from './users.ts'

const requires = z.array(AccountRequirement).meta({
  description:
    'Empty for a full token. Otherwise the token may only do these (and `GET /v1/me`, sign out); every other route answers 403.',
})

const password = (description: string) =>
  z.string().min(1, 'enter your password').max(1024).meta({ format: 'password', description })

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
    requires,
  })
  .meta({ id: 'TokenResponse' })
export type TokenResponse = z.infer<typeof TokenResponse>

/**
 * The answer to the right password of an account with two-factor sign-in: send a code with the
 * challenge to `POST /v1/auth/token/two-factor` before `expiresAt`.
 */
export const TwoFactorChallenge = z
  .object({
    challenge: z.string().meta({ description: 'Shown once; good for one sign-in.' }),
    expiresAt: Timestamp,
    methods: z.array(z.enum(['totp', 'recovery-code'])),
  })
  .meta({ id: 'TwoFactorChallenge' })
export type TwoFactorChallenge = z.infer<typeof TwoFactorChallenge>

/**
 * The body of `POST /v1/auth/token/two-factor`: the challenge and a 6-digit code from the
 * authenticator app, or one of the recovery codes (spaces and hyphens ignored).
 *
 * @example
 * ```ts
 * TwoFactorSignInRequest.parse({ challenge, code: '492 039' }).code //=> '492039'
 * ```
 */
export const TwoFactorSignInRequest = z
  .object({
    challenge: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[A-Za-z0-9_-]+$/, 'sign in again: the challenge is not one the API gave'),
    code: z
      .string()
      .max(40, 'enter the 6-digit code, or a recovery code')
      .regex(/^[0-9A-Za-z\s-]*$/, 'enter the 6-digit code, or a recovery code')
      .transform((code) => code.replace(/[\s-]/g, ''))
      .pipe(
        z
          .string()
          .min(1, 'enter the code')
          .regex(/^(\d{6}|[0-9A-Za-z]{10})$/, 'enter the 6-digit code, or a recovery code')
      ),
  })
  .meta({ id: 'TwoFactorSignInRequest' })
export type TwoFactorSignInRequest = z.infer<typeof TwoFactorSignInRequest>

/**
 * The body of `POST /v1/me/password`: the password in use, and the new one (12 to 1,024
 * characters, not a common or breached password, not the same as the one in use).
 *
 * @example
 * ```ts
 * ChangePasswordRequest.parse({ currentPassword: 'temporary password 1', newPassword: 'a passphrase of my own' })
 * ```
 */
export const ChangePasswordRequest = z
  .object({
    currentPassword: password('The password in use.'),
    newPassword: NewPassword,
  })
  .meta({ id: 'ChangePasswordRequest' })
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>

const enrolment = z.object({
  secret: z.string().meta({ description: 'Base32, for typing into an authenticator app.' }),
  uri: z.string().meta({ example: 'otpauth://totp/CSP%20Toolkit:jo%40example.org?…' }),
})

/** A secret being set up: the `otpauth://` address (for a QR code) and the secret as text. */
export const TwoFactorEnrolment = enrolment.meta({ id: 'TwoFactorEnrolment' })
export type TwoFactorEnrolment = z.infer<typeof TwoFactorEnrolment>

/** `GET /v1/me/two-factor`: whether two-factor sign-in is on, required, or being set up. */
export const TwoFactorStatus = z
  .object({
    enabled: z.boolean(),
    required: z.boolean().meta({ description: 'The user’s role requires two-factor sign-in.' }),
    recoveryCodesLeft: z.number().int(),
    pending: enrolment.nullable().meta({ description: 'A secret being set up, if any.' }),
  })
  .meta({ id: 'TwoFactorStatus' })
export type TwoFactorStatus = z.infer<typeof TwoFactorStatus>

/**
 * The body of `POST /v1/me/two-factor` (switch it on with the secret being set up) and of
 * `POST /v1/me/two-factor/removal` (switch it off): the password, and a code from the app (or,
 * to switch off, a recovery code).
 *
 * @example
 * ```ts
 * TwoFactorChangeRequest.parse({ password: 'my passphrase', code: '492039' })
 * ```
 */
export const TwoFactorChangeRequest = z
  .object({
    password: password('The password in use.'),
    code: TwoFactorSignInRequest.shape.code,
  })
  .meta({ id: 'TwoFactorChangeRequest' })
export type TwoFactorChangeRequest = z.infer<typeof TwoFactorChangeRequest>

/** Two-factor sign-in switched on: a new token (the old ones are revoked) and recovery codes. */
export const TwoFactorEnabled = TokenResponse.extend({
  recoveryCodes: z
    .array(z.string())
    .meta({ description: 'Ten one-time codes, shown only now; each signs in once.' }),
}).meta({ id: 'TwoFactorEnabled' })
export type TwoFactorEnabled = z.infer<typeof TwoFactorEnabled>

/** `GET/PUT /v1/settings/sign-in`: the roles that must use two-factor sign-in. */
export const SignInSettings = z
  .object({
    twoFactorRequiredFor: z
      .array(Role)
      .max(4)
      .refine((roles) => new Set(roles).size === roles.length, 'list each role once')
      .meta({
        description:
          'People with these roles must switch on two-factor sign-in: from their next sign-in, their token allows nothing else until they do.',
      }),
  })
  .meta({ id: 'SignInSettings' })
export type SignInSettings = z.infer<typeof SignInSettings>

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
