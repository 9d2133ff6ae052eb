import type { CaseReviewEvent } from '@csp/domain'
import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { asbCaseReviewEvents, asbCaseReviews } from '../db/schema/index.ts'
import type { ApplicantStage } from '../schemas/case-review-applications.ts'

type Stage = ApplicantStage['stage']

/** What each stage means to the applicant, in plain English. */
export const stageExplanations: Record<Stage, string> = {
  received:
    'We received your application. The partners will now decide whether it meets the threshold for a case review.',
  'threshold-met': 'The threshold for a case review is met: the partners will review the case.',
  'threshold-not-met':
    'The threshold for a case review is not met. We will write to you to explain why and what you can do if you disagree.',
  'applicant-informed': 'We told you whether the threshold was met.',
  'review-held': 'The partners met to review your case.',
  'recommendations-made': 'The partners made recommendations to deal with the behaviour.',
  'outcome-sent': 'We sent you the outcome of the review.',
  escalated: 'Your request to have how the review was handled looked at again was received.',
  closed: 'The case review is closed.',
  withdrawn: 'The application was withdrawn.',
}

const stageOfEvent = (event: CaseReviewEvent): Stage | undefined => {
  switch (event.type) {
    case 'decide-threshold':
      return event.outcome === 'met' ? 'threshold-met' : 'threshold-not-met'
    case 'inform-applicant':
      return 'applicant-informed'
    case 'hold-review':
      return 'review-held'
    case 'make-recommendations':
      return 'recommendations-made'
    case 'send-outcome':
      return 'outcome-sent'
    case 'escalate':
      return 'escalated'
    case 'close':
      return 'closed'
    case 'withdraw':
      return 'withdrawn'
    case 'acknowledge':
      return undefined
  }
}

/**
 * The stages an application has reached, with their dates: what the applicant may know, and
 * nothing else (no names, no notes, no recommendations' text). A threshold decision carries the
 * engine's plain-English summary when the partners confirmed it.
 *
 * @example
 * ```ts
 * await applicantStages(db, id)
 * //=> [{ stage: 'received', on: '2025-06-02', explanation: 'We received …' }, …]
 * ```
 */
export async function applicantStages(db: Db, caseReviewId: string): Promise<ApplicantStage[]> {
  const [row] = await db
    .select({
      receivedOn: asbCaseReviews.receivedOn,
      evaluation: asbCaseReviews.thresholdEvaluation,
      decision: asbCaseReviews.thresholdDecision,
    })
    .from(asbCaseReviews)
    .where(eq(asbCaseReviews.id, caseReviewId))
  if (!row) return []
  const events = await db
    .select({ event: asbCaseReviewEvents.event })
    .from(asbCaseReviewEvents)
    .where(eq(asbCaseReviewEvents.caseReviewId, caseReviewId))
    .orderBy(asc(asbCaseReviewEvents.seq))
  const stages: ApplicantStage[] = [
    { stage: 'received', on: row.receivedOn, explanation: stageExplanations.received },
  ]
  for (const { event } of events) {
    const stage = stageOfEvent(event)
    if (!stage) continue
    const summary =
      event.type === 'decide-threshold' &&
      row.decision?.basis === 'confirmed' &&
      row.evaluation?.outcome === event.outcome
        ? ` ${row.evaluation.summary}`
        : ''
    stages.push({ stage, on: event.on, explanation: stageExplanations[stage] + summary })
  }
  return stages
}
