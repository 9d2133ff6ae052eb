// The one place a service's refusal becomes problem+json (RFC 9457).

import { CaseReviewState } from '@csp/domain'
import type { Context } from 'hono'
import { z } from 'zod'
import type { Refusal as AccountRefusal } from '../auth/accounts.ts'
import type { Refusal } from '../casework/refusal.ts'
import { CaseReviewEventType } from '../schemas/case-review-views.ts'
import type { AppEnv } from './env.ts'
import {
  Problem,
  problem,
  problemBody,
  problemMediaType,
  problemResponses,
  type FieldError,
} from './problems.ts'

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
} as const satisfies Record<AccountRefusal['refused'], readonly [string, string, string]>

/**
 * Answers any service refusal: 404 for a record the user may not know exists (never 403, which
 * would confirm it), 400 naming the fields, 403 for a write the user may not make, 409 for a
 * clash with what is stored (an illegal case-review transition's 409 also carries `state` and
 * `allowedEvents`, RFC 9457 extension members). An account refusal (a taken email, a weak
 * password) names its field, so a form can show the message beside it.
 *
 * @example
 * ```ts
 * if ('refused' in result) return refusalProblem(c, result)
 * ```
 */
export function refusalProblem<R extends Refusal>(
  c: Context<AppEnv>,
  refusal: R
): ReturnType<typeof problem<KindOf<R>>> {
  return answer(c, refusal) as ReturnType<typeof problem<KindOf<R>>>
}

/** The problem kind of a refusal, so a route's typed responses list only what it can answer. */
type KindOf<R extends Refusal> = R extends { refused: 'not-found' }
  ? 'not-found'
  : R extends { refused: 'invalid' }
    ? 'validation'
    : R extends { refused: 'forbidden' }
      ? 'forbidden'
      : R extends { refused: 'conflict' | 'transition' }
        ? 'conflict'
        : R extends AccountRefusal
          ? (typeof answers)[R['refused']][0]
          : never

function answer(c: Context<AppEnv>, refusal: Refusal) {
  switch (refusal.refused) {
    case 'not-found':
      return problem(c, 'not-found', `There is no ${refusal.what} at ${c.req.path}.`)
    case 'invalid': {
      const n = refusal.errors.length
      const detail =
        n === 1
          ? 'One field of the request needs correcting.'
          : `${n} fields of the request need correcting.`
      return problem(c, 'validation', detail, { errors: refusal.errors })
    }
    case 'forbidden':
      return problem(c, 'forbidden', refusal.detail)
    case 'conflict':
      return problem(c, 'conflict', refusal.detail)
    case 'transition': {
      const body = problemBody('conflict', refusal.detail, { requestId: c.get('requestId') })
      return c.json({ ...body, state: refusal.state, allowedEvents: refusal.allowedEvents }, 409, {
        'Content-Type': problemMediaType,
        'Cache-Control': 'no-store',
      })
    }
    default: {
      const [kind] = answers[refusal.refused]
      return problem(c, kind, ...refusalText(refusal))
    }
  }
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
export function fieldRefusalProblem(c: Context<AppEnv>, refusal: AccountRefusal) {
  return problem(c, 'validation', ...refusalText(refusal))
}

function refusalText(refusal: AccountRefusal) {
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

/** The 409 of a case-review write: a problem, with the state and its allowed events if known. */
export const CaseReviewConflict = Problem.extend({
  state: CaseReviewState.optional(),
  allowedEvents: z.array(CaseReviewEventType).optional(),
}).meta({ id: 'CaseReviewConflict' })

/**
 * OpenAPI responses for case-review writes: 400, 401, 403 and 404 as problems; 409 as a
 * {@link CaseReviewConflict}.
 *
 * @example
 * ```ts
 * responses: { 200: …, ...caseReviewWriteProblems }
 * ```
 */
export const caseReviewWriteProblems = {
  ...problemResponses(400, 401, 403, 404),
  409: {
    description: 'The case review is not in a state that accepts this; see `allowedEvents`.',
    content: { [problemMediaType]: { schema: CaseReviewConflict } },
  },
}
