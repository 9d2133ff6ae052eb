import { CaseReviewState, type CaseReviewEventType } from '@csp/domain'
import type { Context } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../http/env.ts'
import {
  Problem,
  problem,
  problemBody,
  problemMediaType,
  problemResponses,
  type FieldError,
} from '../http/problems.ts'
import { CaseReviewEventType as CaseReviewEventTypeSchema } from '../schemas/case-review-views.ts'

/** Why a case-review request was not carried out. */
export type CaseReviewRefusal =
  | { refused: 'not-found' }
  | { refused: 'invalid'; errors: FieldError[] }
  | { refused: 'conflict'; detail: string }
  | {
      refused: 'transition'
      detail: string
      state: CaseReviewState
      allowedEvents: CaseReviewEventType[]
    }

/** A field error in the JSON body. */
export const jsonError = (path: string, message: string): FieldError => ({
  path,
  message,
  in: 'json',
})

/**
 * Answers a refusal: 404 for a case the user may not know exists (never 403, which would
 * confirm it), 400 naming the fields, 409 for a conflict with the stored record; an illegal
 * transition's 409 also carries `state` and `allowedEvents` (RFC 9457 extension members).
 *
 * @example
 * ```ts
 * if ('refused' in result) return caseReviewRefusal(c, result)
 * ```
 */
export function caseReviewRefusal(c: Context<AppEnv>, refusal: CaseReviewRefusal) {
  switch (refusal.refused) {
    case 'not-found':
      return problem(c, 'not-found', `There is no case review at ${c.req.path}.`)
    case 'invalid': {
      const n = refusal.errors.length
      const detail =
        n === 1
          ? 'One field of the request needs correcting.'
          : `${n} fields of the request need correcting.`
      return problem(c, 'validation', detail, { errors: refusal.errors })
    }
    case 'conflict':
      return problem(c, 'conflict', refusal.detail)
    case 'transition': {
      const body = problemBody('conflict', refusal.detail, { requestId: c.get('requestId') })
      return c.json({ ...body, state: refusal.state, allowedEvents: refusal.allowedEvents }, 409, {
        'Content-Type': problemMediaType,
        'Cache-Control': 'no-store',
      })
    }
  }
}

/** The 409 of a case-review write: a problem, with the state and its allowed events if known. */
export const CaseReviewConflict = Problem.extend({
  state: CaseReviewState.optional(),
  allowedEvents: z.array(CaseReviewEventTypeSchema).optional(),
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
