import type { Context } from 'hono'
import type { Refusal } from '../auth/accounts.ts'
import type { AppEnv } from '../http/env.ts'
import { problem } from '../http/problems.ts'

const answers = {
  'duplicate-email': ['conflict', 'email', 'a user with this email address already exists'],
  'duplicate-name': ['conflict', 'name', 'an organisation with this name already exists'],
  'unknown-organisation': ['validation', 'organisationId', 'no organisation has this id'],
  'self-lockout': [
    'conflict',
    'disabled',
    'you cannot disable yourself or give up your own admin role',
  ],
} as const

/**
 * Answers a refused change: 409 for a clash with what is stored, 400 for a reference to
 * nothing; both name the field, so a form can show the message beside it.
 *
 * @example
 * ```ts
 * if ('refused' in result) return refusalProblem(c, result)
 * ```
 */
export function refusalProblem(c: Context<AppEnv>, { refused }: Refusal) {
  const [kind, path, message] = answers[refused]
  const detail = message.charAt(0).toUpperCase() + message.slice(1) + '.'
  return problem(c, kind, detail, { errors: [{ path, message, in: 'json' }] })
}
