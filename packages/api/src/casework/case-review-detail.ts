import type { CaseReviewTimescales } from '@csp/domain'
import { auditPersonalDataRead, type AuditActor } from '../audit/append.ts'
import type { Db } from '../db/client.ts'
import {
  readCaseReviewPersonalData,
  type LoadedCaseReview,
} from '../db/repositories/case-reviews.ts'
import type { CaseReviewDetail } from '../schemas/case-review-views.ts'
import { caseReviewSummary, replayCaseReview } from './case-review-state.ts'

/** The audit subject of a case review. */
export const caseReviewSubject = (id: string) => ({ type: 'asb-case-review', id })

/**
 * The full view of a case review, PERSONAL DATA included, and its audit entry: call only after
 * checking visibility, inside an audited transaction (the entry and the read commit together).
 * `purpose` says why it was read (`get`, or the write whose response carries it).
 *
 * @example
 * ```ts
 * const detail = await readCaseReviewDetail(tx, loaded, timescales, today, actor, 'get')
 * ```
 */
export async function readCaseReviewDetail(
  tx: Db,
  loaded: LoadedCaseReview,
  timescales: CaseReviewTimescales,
  today: string,
  actor: AuditActor,
  purpose: string
): Promise<CaseReviewDetail> {
  const { row, events } = loaded
  const { personal, complaints } = await readCaseReviewPersonalData(tx, row.id)
  await auditPersonalDataRead(tx, actor, caseReviewSubject(row.id), { purpose })
  const review = replayCaseReview(loaded)
  return {
    ...caseReviewSummary(loaded, timescales, today),
    applicant: personal.applicant,
    victimConsent: row.victimConsent,
    victim: personal.victim,
    address: personal.address,
    incidentDescription: personal.incidentDescription,
    reportingIndividuals: row.reportingIndividuals,
    complaints: complaints.map((c) => ({
      id: c.ref,
      behaviourOn: c.behaviourOn,
      complainedOn: c.complainedOn,
      receivedBy: { id: c.receivedBy, name: c.receivedByName },
      ...(c.complainant === null ? {} : { complainant: c.complainant }),
      ...(c.incidentKey === null ? {} : { incidentKey: c.incidentKey }),
      ...(c.hateIncident === null ? {} : { hateIncident: c.hateIncident }),
    })),
    threshold: {
      evaluation: row.thresholdEvaluation ?? null,
      decision: row.thresholdDecision ?? null,
    },
    recommendations: review.recommendations,
    withdrawn: review.withdrawn,
    events: events.map((e) => ({
      seq: e.seq,
      event: e.event,
      from: e.fromState,
      to: e.toState,
      recordedBy: e.recordedBy,
      recordedAt: e.recordedAt.toISOString(),
    })),
  }
}
