import { endOfPeriodBeginningWith, type CaseReviewEvent } from '@csp/domain'
import { and, eq, inArray, isNull } from 'drizzle-orm'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Db } from '../db/client.ts'
import {
  asbCaseReviewComplaints,
  asbCaseReviewEvents,
  asbCaseReviews,
  type CaseReviewPersonalData,
} from '../db/schema/index.ts'

/** What an erased case keeps in place of its personal data. */
export const erased = '[erased]'

const erasedPersonal: CaseReviewPersonalData = {
  applicant: { name: erased, contact: {} } as CaseReviewPersonalData['applicant'],
  victim: null,
  address: erased,
  incidentDescription: erased,
}

/** What {@link purgeClosedCaseReviews} did. */
export interface PurgeResult {
  erased: number
  /** Closed before `before` but still within the retention period: kept. */
  keptForRetention: number
}

/**
 * Erases the personal data of case reviews that closed before `before` and whose retention
 * period (`retentionMonths` from the day they closed) has ended by `today`: the applicant,
 * victim, place and description, who made each complaint and its reference, the justification
 * of an overridden threshold decision and the grounds of an escalation. Dates, states, counts,
 * relevant bodies and outcomes stay, so the annual return's figures do not change. Audited with
 * the number erased and their ids (no personal data).
 *
 * @example
 * ```ts
 * await purgeClosedCaseReviews(db, { before: '2025-04-01', today: '2027-06-01', retentionMonths: 24, at: new Date() })
 * //=> { erased: 3, keptForRetention: 1 }
 * ```
 */
export async function purgeClosedCaseReviews(
  db: Db,
  options: { before: string; today: string; retentionMonths: number; at: Date }
): Promise<PurgeResult> {
  return auditedTransaction(db, async (tx) => {
    const closings = await tx
      .select({ id: asbCaseReviews.id, closedOn: asbCaseReviewEvents.on })
      .from(asbCaseReviews)
      .innerJoin(asbCaseReviewEvents, eq(asbCaseReviewEvents.caseReviewId, asbCaseReviews.id))
      .where(
        and(
          eq(asbCaseReviews.state, 'closed'),
          eq(asbCaseReviewEvents.toState, 'closed'),
          isNull(asbCaseReviews.personalErasedAt)
        )
      )
    const due = closings.filter((c) => c.closedOn < options.before)
    const ids = due
      .filter((c) => endOfPeriodBeginningWith(c.closedOn, options.retentionMonths) < options.today)
      .map((c) => c.id)
    if (ids.length > 0) {
      const rows = await tx
        .select({ id: asbCaseReviews.id, decision: asbCaseReviews.thresholdDecision })
        .from(asbCaseReviews)
        .where(inArray(asbCaseReviews.id, ids))
      for (const row of rows) {
        await tx
          .update(asbCaseReviews)
          .set({
            personal: erasedPersonal,
            thresholdDecision: row.decision && { ...row.decision, justification: null },
            personalErasedAt: options.at,
          })
          .where(eq(asbCaseReviews.id, row.id))
      }
      await tx
        .update(asbCaseReviewComplaints)
        .set({ complainant: null, incidentKey: null })
        .where(inArray(asbCaseReviewComplaints.caseReviewId, ids))
      const escalations = await tx
        .select({ id: asbCaseReviewEvents.id, event: asbCaseReviewEvents.event })
        .from(asbCaseReviewEvents)
        .where(
          and(
            inArray(asbCaseReviewEvents.caseReviewId, ids),
            eq(asbCaseReviewEvents.type, 'escalate')
          )
        )
      for (const { id, event } of escalations) {
        const { grounds: _grounds, ...kept } = event as Extract<
          CaseReviewEvent,
          { type: 'escalate' }
        >
        await tx
          .update(asbCaseReviewEvents)
          .set({ event: kept })
          .where(eq(asbCaseReviewEvents.id, id))
      }
    }
    await appendAudit(tx, {
      at: options.at,
      actorId: null,
      action: 'asb-case-review.purge',
      subject: { type: 'asb-case-review', id: 'closed' },
      details: {
        before: options.before,
        retentionMonths: options.retentionMonths,
        erased: ids.length,
        ids,
      },
    })
    return { erased: ids.length, keptForRetention: due.length - ids.length }
  })
}
