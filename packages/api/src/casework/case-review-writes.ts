import {
  CaseReviewEventDateError,
  CaseReviewTransitionError,
  transition,
  type CaseReviewEvent,
  type CaseReviewTimescales,
} from '@csp/domain'
import { eq } from 'drizzle-orm'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Principal } from '../auth/tokens.ts'
import type { Db } from '../db/client.ts'
import { findCaseReview, type LoadedCaseReview } from '../db/repositories/case-reviews.ts'
import { asbCaseReviewEvents, asbCaseReviews } from '../db/schema/index.ts'
import type { CaseReviewDetail } from '../schemas/case-review-views.ts'
import { caseReviewSubject, readCaseReviewDetail } from './case-review-detail.ts'
import { replayCaseReview } from './case-review-state.ts'
import { jsonError, type CaseReviewRefusal } from './refusal.ts'
import { canSeeCaseReview } from './visibility.ts'

/** What every case-review write needs: who, the timescales in force, today and now. */
export interface CaseReviewWriteContext {
  principal: Principal
  timescales: CaseReviewTimescales
  today: string
  at: Date
}

/** What a write returns: the case after it (with personal data), or why it was refused. */
export type CaseReviewWriteResult = CaseReviewDetail | CaseReviewRefusal

/**
 * Runs `work` on case review `id` in an audited transaction, if the principal may see it;
 * otherwise refuses with not-found, exactly as for an id that does not exist.
 *
 * @example
 * ```ts
 * return withVisibleCaseReview(db, id, context, async (tx, loaded) => …)
 * ```
 */
export function withVisibleCaseReview(
  db: Db,
  id: string,
  context: CaseReviewWriteContext,
  work: (tx: Db, loaded: LoadedCaseReview) => Promise<CaseReviewWriteResult>
): Promise<CaseReviewWriteResult> {
  return auditedTransaction(db, async (tx) => {
    const loaded = await findCaseReview(tx, id)
    const bodies = loaded?.bodies.map((b) => b.id) ?? []
    if (!loaded || !canSeeCaseReview(context.principal, bodies))
      return { refused: 'not-found', what: 'case review' }
    return work(tx, loaded)
  })
}

/** How {@link recordCaseReviewEvent} audits the event and what else it stores on the case. */
export interface EventRecording {
  action: string
  details?: Record<string, unknown>
  set?: Partial<typeof asbCaseReviews.$inferInsert>
}

/**
 * Applies one dated event through the domain's state machine and stores it: the event row,
 * the case's new state, an audit entry. An event the state does not accept is refused with the
 * state and the events it does accept; one dated after today, or before the previous event, is
 * refused on `on`.
 *
 * @example
 * ```ts
 * await recordCaseReviewEvent(tx, loaded, { type: 'hold-review', on: '2025-06-20' }, context,
 *   { action: 'asb-case-review.event' })
 * ```
 */
export async function recordCaseReviewEvent(
  tx: Db,
  loaded: LoadedCaseReview,
  event: CaseReviewEvent,
  context: CaseReviewWriteContext,
  recording: EventRecording
): Promise<CaseReviewWriteResult> {
  if (event.on > context.today) {
    return {
      refused: 'invalid',
      errors: [jsonError('on', `must not be after today (${context.today})`)],
    }
  }
  let next
  try {
    next = transition(replayCaseReview(loaded), event)
  } catch (error) {
    if (error instanceof CaseReviewTransitionError) {
      const { state, allowed } = error
      return { refused: 'transition', detail: error.message, state, allowedEvents: [...allowed] }
    }
    if (error instanceof CaseReviewEventDateError) {
      return { refused: 'invalid', errors: [jsonError('on', error.message)] }
    }
    throw error
  }
  const step = next.history.at(-1)
  if (!step) throw new Error('a transition left no history')
  const { id } = loaded.row
  const { user } = context.principal
  await tx.insert(asbCaseReviewEvents).values({
    caseReviewId: id,
    seq: loaded.events.length + 1,
    type: step.event.type,
    on: step.event.on,
    event: step.event,
    fromState: step.from,
    toState: step.to,
    recordedBy: user.id,
    recordedAt: context.at,
  })
  await tx
    .update(asbCaseReviews)
    .set({ ...recording.set, state: next.state, updatedAt: context.at })
    .where(eq(asbCaseReviews.id, id))
  await appendAudit(tx, {
    at: context.at,
    actorId: user.id,
    action: recording.action,
    subject: caseReviewSubject(id),
    details: {
      type: step.event.type,
      on: step.event.on,
      from: step.from,
      to: step.to,
      ...recording.details,
    },
  })
  return reread(tx, id, context, recording.action)
}

/**
 * The case after a write, with its personal data, audited as a read for `purpose`.
 *
 * @example
 * ```ts
 * return reread(tx, id, context, 'asb-case-review.threshold-evaluate')
 * ```
 */
export async function reread(tx: Db, id: string, context: CaseReviewWriteContext, purpose: string) {
  const loaded = await findCaseReview(tx, id)
  if (!loaded) throw new Error(`case review ${id} vanished during a write`)
  const actor = { id: context.principal.user.id, at: context.at }
  return readCaseReviewDetail(tx, loaded, context.timescales, context.today, actor, purpose)
}
