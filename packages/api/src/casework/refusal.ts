import type { CaseReviewEventType, CaseReviewState } from '@csp/domain'
import type { Refusal as AccountRefusal } from '../auth/accounts.ts'
import type { FieldError } from '../schemas/field-error.ts'

/**
 * Why a service did not carry out a request: the one refusal union every service returns
 * (`'refused' in result`), answered as problem+json in one place, `http/refusals.ts`. Account
 * refusals name their usual field; the others say what is wrong in general terms.
 */
export type Refusal =
  | AccountRefusal
  | { refused: 'not-found'; what: string }
  | { refused: 'invalid'; errors: FieldError[] }
  | { refused: 'forbidden'; detail: string }
  | { refused: 'conflict'; detail: string }
  | {
      refused: 'transition'
      detail: string
      state: CaseReviewState
      allowedEvents: CaseReviewEventType[]
    }

/** Why a case-review request was not carried out. */
export type CaseReviewRefusal = Extract<
  Refusal,
  { refused: 'not-found' | 'invalid' | 'conflict' | 'transition' }
>

/** A field error in the JSON body. */
export const jsonError = (path: string, message: string): FieldError => ({
  path,
  message,
  in: 'json',
})

/**
 * The refusal of a request with fields to correct.
 *
 * @example
 * ```ts
 * invalid([jsonError('endsOn', 'must be after startsOn')]).refused //=> 'invalid'
 * ```
 */
export const invalid = (errors: FieldError[]) => ({ refused: 'invalid' as const, errors })
