import type { Context } from 'hono'
import type { Refusal } from '../auth/accounts.ts'
import type { AppEnv } from '../http/env.ts'
import { problem, type FieldError } from '../http/problems.ts'

const answers = {
  'duplicate-email': ['conflict', 'email', 'a user with this email address already exists'],
  'duplicate-name': ['conflict', 'name', 'an organisation with this name already exists'],
  'unknown-organisation': ['validation', 'organisationId', 'no organisation has this id'],
  'self-lockout': [
    'conflict',
    'disabled',
    'you cannot disable yourself or give up your own admin role',
  ],
  'weak-password': ['validation', 'password', 'is too easy to guess'],
  'wrong-password': ['validation', 'currentPassword', 'is not your password'],
  'same-password': ['validation', 'newPassword', 'must be different from the password in use'],
  'wrong-code': ['validation', 'code', 'is not a code your authenticator app shows now'],
  'no-pending-two-factor': [
    'conflict',
    'code',
    'start setting up two-factor sign-in first (POST /v1/me/two-factor/enrolment)',
  ],
  'two-factor-on': ['conflict', 'code', 'two-factor sign-in is already on'],
  'two-factor-off': ['conflict', 'code', 'two-factor sign-in is not on'],
  'two-factor-required': [
    'conflict',
    'code',
    'your role requires two-factor sign-in, so it cannot be switched off',
  ],
} as const satisfies Record<Refusal['refused'], readonly [string, string, string]>

/**
 * Answers a refused change: 409 for a clash with what is stored, 400 for a reference to
 * nothing or a value that fails a rule only the server can check (a common password); both
 * name the field, so a form can show the message beside it.
 *
 * @example
 * ```ts
 * if ('refused' in result) return refusalProblem(c, result)
 * ```
 */
export function refusalProblem(c: Context<AppEnv>, refusal: Refusal) {
  const [kind] = answers[refusal.refused]
  return problem(c, kind, ...refusalText(refusal))
}

/**
 * Answers a refusal that can only be about a field's value (a wrong or weak password) as a 400
 * validation problem naming the field.
 *
 * @example
 * ```ts
 * if ('refused' in result) return fieldRefusalProblem(c, result)
 * ```
 */
export function fieldRefusalProblem(c: Context<AppEnv>, refusal: Refusal) {
  return problem(c, 'validation', ...refusalText(refusal))
}

function refusalText(refusal: Refusal) {
  const [, defaultPath, defaultMessage] = answers[refusal.refused]
  const path = refusal.path ?? defaultPath
  const message = refusal.message ?? defaultMessage
  const detail =
    refusal.refused === 'weak-password'
      ? `The password ${message}: choose a longer passphrase of words that do not go together.`
      : message.charAt(0).toUpperCase() + message.slice(1) + '.'
  const errors: FieldError[] = [{ path, message, in: 'json' }]
  return [detail, { errors }] as const
}
