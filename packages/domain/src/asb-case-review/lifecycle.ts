import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { plainText } from '../_lib/plain-text.ts'
import { ThresholdRoute } from './evaluate-threshold.ts'
import { RuleViolation } from '../_lib/rule-violation.ts'
import { parseOrThrow } from './internal.ts'

/**
 * Where a case review stands (docs/rules.md#case-review-steps). `threshold-decided` is followed by
 * `applicant-informed` (ASB-07); a met threshold leads to `review-held`, optional
 * `recommendations-made` (ASB-09) and `outcome-sent` (ASB-08); either path may be `escalated`
 * (ASB-R5) before `closed`. An escalation of a "not met" decision that is upheld may lead to a
 * review (`escalated` → `review-held`): the procedures must provide for an applicant dissatisfied
 * with how the application was dealt with (Sch 4 para 3, ASB-E1).
 *
 * @example
 * ```ts
 * CaseReviewState.options[0] //=> 'received'
 * ```
 */
export const CaseReviewState = z.enum([
  'received',
  'threshold-decided',
  'applicant-informed',
  'review-held',
  'recommendations-made',
  'outcome-sent',
  'escalated',
  'closed',
])
export type CaseReviewState = z.infer<typeof CaseReviewState>

const dated = <T extends string>(type: T) => ({ type: z.literal(type), on: IsoDate })

/**
 * Something that happens to a case review, always dated. `acknowledge` records the
 * acknowledgement without changing state; `withdraw` closes an application the applicant
 * drops before the review is held.
 *
 * @example
 * ```ts
 * CaseReviewEvent.parse({ type: 'decide-threshold', on: '2025-03-10', outcome: 'met' }).type
 * //=> 'decide-threshold'
 * ```
 */
export const CaseReviewEvent = z
  .discriminatedUnion('type', [
    z.object(dated('acknowledge')),
    z.object({
      ...dated('decide-threshold'),
      outcome: z.enum(['met', 'not-met']),
      route: ThresholdRoute.nullable().optional(),
    }),
    z.object(dated('inform-applicant')),
    z.object(dated('hold-review')),
    z.object({
      ...dated('make-recommendations'),
      recommendations: z
        .array(plainText(5000, { min: 1, empty: 'enter the recommendation' }))
        .min(1)
        .max(100),
    }),
    z.object(dated('send-outcome')),
    z.object({
      ...dated('escalate'),
      grounds: plainText(10_000, { min: 1, empty: 'enter the grounds' }).optional(),
      /**
       * Whether the escalation was upheld, when known as it is recorded. Upheld (or not yet
       * known) before any review: a review may follow. Not upheld: the case can only close.
       */
      upheld: z.boolean().optional(),
    }),
    z.object(dated('close')),
    z.object(dated('withdraw')),
  ])
  .meta({ id: 'CaseReviewEvent' })
export type CaseReviewEvent = z.infer<typeof CaseReviewEvent>

/**
 * The kind of a {@link CaseReviewEvent}.
 *
 * @example
 * ```ts
 * const next: CaseReviewEventType = 'hold-review'
 * ```
 */
export type CaseReviewEventType = CaseReviewEvent['type']

/**
 * A case review: its state, the dates the timescales and annual return need, and the full
 * history of transitions (oldest first).
 *
 * @example
 * ```ts
 * openCaseReview({ id: 'R1', receivedOn: '2025-03-03' }).state //=> 'received'
 * ```
 */
export const CaseReview = z
  .object({
    id: z.string().min(1),
    receivedOn: IsoDate,
    state: CaseReviewState,
    acknowledgedOn: IsoDate.optional(),
    thresholdDecision: z
      .object({
        outcome: z.enum(['met', 'not-met']),
        decidedOn: IsoDate,
        route: ThresholdRoute.nullable().optional(),
      })
      .optional(),
    applicantInformedOn: IsoDate.optional(),
    reviewHeldOn: IsoDate.optional(),
    recommendations: z.array(z.string().min(1)).default([]),
    outcomeSentOn: IsoDate.optional(),
    escalatedOn: IsoDate.optional(),
    /** As recorded with the escalation; absent when not recorded. */
    escalationUpheld: z.boolean().optional(),
    closedOn: IsoDate.optional(),
    withdrawn: z.boolean().default(false),
    history: z
      .array(z.object({ event: CaseReviewEvent, from: CaseReviewState, to: CaseReviewState }))
      .default([]),
  })
  .meta({ id: 'CaseReview' })
export type CaseReview = z.infer<typeof CaseReview>

/**
 * Starts a case review in state `received` on the day the application arrived at the point of
 * contact (ASB-03).
 *
 * @example
 * ```ts
 * openCaseReview({ id: 'R1', receivedOn: '2025-03-03' }).history //=> []
 * ```
 */
export function openCaseReview(input: { id: string; receivedOn: string }): CaseReview {
  return parseOrThrow(CaseReview, { ...input, state: 'received' }, 'case review')
}

type Outcome = 'met' | 'not-met'

/** What the next events depend on besides the state; `undefined` when not known. */
interface TransitionContext {
  outcome: Outcome | undefined
  reviewHeld: boolean | undefined
  escalationUpheld: boolean | undefined
}

const table: Record<CaseReviewState, (context: TransitionContext) => CaseReviewEventType[]> = {
  received: () => ['acknowledge', 'decide-threshold', 'withdraw'],
  'threshold-decided': () => ['acknowledge', 'inform-applicant', 'withdraw'],
  'applicant-informed': ({ outcome }) =>
    outcome === 'met'
      ? ['hold-review', 'withdraw']
      : outcome === 'not-met'
        ? ['escalate', 'close']
        : ['hold-review', 'withdraw', 'escalate', 'close'],
  // Recommendations are optional (ASB-09): a review may go straight to outcome.
  'review-held': () => ['make-recommendations', 'send-outcome'],
  'recommendations-made': () => ['send-outcome'],
  'outcome-sent': () => ['escalate', 'close'],
  // Sch 4 para 3: an upheld escalation before any review (a "not met" decision) may lead to one.
  escalated: ({ reviewHeld, escalationUpheld }) =>
    reviewHeld === true || escalationUpheld === false ? ['close'] : ['hold-review', 'close'],
  closed: () => [],
}

/**
 * The events a case review accepts next. Given only a state, `applicant-informed` and
 * `escalated` list every event they may accept; given a review, the threshold outcome, an
 * earlier acknowledgement, a review already held and the escalation's outcome narrow the list.
 *
 * @example
 * ```ts
 * allowedEvents('review-held') //=> ['make-recommendations', 'send-outcome']
 * allowedEvents({ state: 'applicant-informed', thresholdDecision: { outcome: 'not-met' } })
 * //=> ['escalate', 'close']
 * allowedEvents({ state: 'escalated', escalationUpheld: true }) //=> ['hold-review', 'close']
 * ```
 */
export function allowedEvents(
  review:
    | CaseReviewState
    | (Pick<CaseReview, 'state'> & {
        thresholdDecision?: { outcome: Outcome } | undefined
        acknowledgedOn?: string | undefined
        reviewHeldOn?: string | undefined
        escalationUpheld?: boolean | undefined
      })
): CaseReviewEventType[] {
  if (typeof review === 'string') {
    const unknown = { outcome: undefined, reviewHeld: undefined, escalationUpheld: undefined }
    return table[CaseReviewState.parse(review)](unknown)
  }
  const events = table[review.state]({
    outcome: review.thresholdDecision?.outcome,
    reviewHeld: review.reviewHeldOn !== undefined,
    escalationUpheld: review.escalationUpheld,
  })
  return review.acknowledgedOn === undefined ? events : events.filter((e) => e !== 'acknowledge')
}

/**
 * Thrown when a case-review event is dated before the event before it (or before receipt):
 * the history must read in order. `code` is `'case-review-event-date'`.
 *
 * @example
 * ```ts
 * try { transition(review, { type: 'acknowledge', on: '2025-03-02' }) }
 * catch (e) { (e as CaseReviewEventDateError).code } //=> 'case-review-event-date'
 * ```
 */
export class CaseReviewEventDateError extends RuleViolation {
  override readonly name = 'CaseReviewEventDateError'
  constructor(message: string) {
    super('case-review-event-date', message)
  }
}

/**
 * Thrown by {@link transition} for an event the current state does not accept. Carries the
 * state and the attempted event so callers (e.g. an API) can map it to a 409 response. `code` is `'case-review-transition'`.
 *
 * @example
 * ```ts
 * try { transition(review, { type: 'close', on: '2025-03-04' }) }
 * catch (e) { e instanceof CaseReviewTransitionError && e.state } //=> 'received'
 * ```
 */
export class CaseReviewTransitionError extends RuleViolation {
  override readonly name = 'CaseReviewTransitionError'
  constructor(
    readonly reviewId: string,
    readonly state: CaseReviewState,
    readonly event: CaseReviewEventType,
    readonly allowed: readonly CaseReviewEventType[],
    outcome: Outcome | undefined
  ) {
    const when =
      outcome === undefined ? '' : ` (threshold ${outcome === 'met' ? 'met' : 'not met'})`
    const next = allowed.length === 0 ? 'none' : allowed.join(', ')
    super(
      'case-review-transition',
      `Cannot apply event '${event}' to case review ${reviewId} in state '${state}'${when}; ` +
        `allowed events: ${next}`
    )
  }
}

function apply(review: CaseReview, e: CaseReviewEvent): CaseReview {
  switch (e.type) {
    case 'acknowledge':
      return { ...review, acknowledgedOn: e.on }
    case 'decide-threshold': {
      const route = e.route === undefined ? {} : { route: e.route }
      const decision = { outcome: e.outcome, decidedOn: e.on, ...route }
      return { ...review, state: 'threshold-decided', thresholdDecision: decision }
    }
    case 'inform-applicant':
      return { ...review, state: 'applicant-informed', applicantInformedOn: e.on }
    case 'hold-review':
      return { ...review, state: 'review-held', reviewHeldOn: e.on }
    case 'make-recommendations':
      return {
        ...review,
        state: 'recommendations-made',
        recommendations: [...review.recommendations, ...e.recommendations],
      }
    case 'send-outcome':
      return { ...review, state: 'outcome-sent', outcomeSentOn: e.on }
    case 'escalate':
      return {
        ...review,
        state: 'escalated',
        escalatedOn: e.on,
        ...(e.upheld === undefined ? {} : { escalationUpheld: e.upheld }),
      }
    case 'close':
      return { ...review, state: 'closed', closedOn: e.on }
    case 'withdraw':
      return { ...review, state: 'closed', closedOn: e.on, withdrawn: true }
  }
}

/**
 * Applies one dated event and returns the new review with the transition appended to its
 * history; the input is not changed. An event dated before the previous transition (or before
 * receipt) is rejected, so the history always reads in date order.
 *
 * @throws {CaseReviewTransitionError} when the current state does not accept the event.
 * @throws {RangeError} when the event is dated before the previous transition.
 * @throws {TypeError} for a malformed review or event, naming the field path.
 * @example
 * ```ts
 * const r1 = openCaseReview({ id: 'R1', receivedOn: '2025-03-03' })
 * const r2 = transition(r1, { type: 'decide-threshold', on: '2025-03-10', outcome: 'not-met' })
 * r2.state //=> 'threshold-decided'
 * r2.history.length //=> 1
 * ```
 */
export function transition(
  review: z.input<typeof CaseReview>,
  event: z.input<typeof CaseReviewEvent>
): CaseReview {
  const current = parseOrThrow(CaseReview, review, 'case review', ['review'])
  const e = parseOrThrow(CaseReviewEvent, event, 'case review event', ['event'])
  const allowed = allowedEvents(current)
  if (!allowed.includes(e.type)) {
    const outcome = current.thresholdDecision?.outcome
    throw new CaseReviewTransitionError(current.id, current.state, e.type, allowed, outcome)
  }
  const previous = current.history.at(-1)?.event
  const floor = previous?.on ?? current.receivedOn
  if (e.on < floor) {
    const after = previous
      ? `the previous event '${previous.type}' on ${floor}`
      : `receipt on ${floor}`
    throw new CaseReviewEventDateError(
      `Event '${e.type}' on ${e.on} for case review ${current.id} is dated before ${after}`
    )
  }
  const next = apply(current, e)
  return {
    ...next,
    history: [...current.history, { event: e, from: current.state, to: next.state }],
  }
}
