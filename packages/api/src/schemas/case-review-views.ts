import {
  AsbComplaint,
  CaseReviewEvent,
  CaseReviewState,
  ExclusionCode,
  IsoDate,
  ThresholdPolicy,
  ThresholdRoute,
} from '@csp/domain'
import { z } from 'zod'
import { NextLink } from './pages.ts'
import type { CaseReviewEventType as DomainEventType } from '@csp/domain'
import { CaseReviewApplicant, CaseReviewVictim } from './case-reviews.ts'
import { Id, Timestamp } from './people.ts'

// `schema` or null as `anyOf` (not a nullable component: see src/http/nullable-refs.ts, which this
// browser-safe folder must not import).
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()])

/** A lifecycle event's name, as the domain's state machine knows it. */
export const CaseReviewEventType = z
  .enum([
    'acknowledge',
    'decide-threshold',
    'inform-applicant',
    'hold-review',
    'make-recommendations',
    'send-outcome',
    'escalate',
    'close',
    'withdraw',
  ] as const satisfies readonly DomainEventType[])
  .meta({ id: 'CaseReviewEventType' })

/** A deadline of the local timescales, with when it was met (domain `deadlinesFor`). */
export const CaseReviewDeadlineView = z
  .object({
    key: z.enum(['acknowledge', 'decideThreshold', 'holdReview', 'informOutcome', 'appealWindow']),
    kind: z.enum(['agency', 'applicant']),
    label: z.string(),
    from: IsoDate,
    due: IsoDate,
    doneOn: IsoDate.optional(),
    late: z.boolean().optional(),
  })
  .meta({ id: 'CaseReviewDeadline' })

const BodyRef = z.object({ id: Id, name: z.string() }).meta({ id: 'OrganisationRef' })

/**
 * A case review without personal data: what lists show, and all that anyone but an admin or an
 * officer of a relevant body could ever be told (and they are told nothing: see the README).
 * `overdue` lists the agency deadlines missed as of `asOf` under the configured timescales.
 */
export const CaseReviewSummary = z
  .object({
    id: Id,
    receivedOn: IsoDate,
    applicantType: z.enum(['victim', 'third-party']),
    state: CaseReviewState,
    thresholdOutcome: z.enum(['met', 'not-met']).nullable(),
    relevantBodies: z.array(BodyRef),
    allowedEvents: z.array(CaseReviewEventType),
    asOf: IsoDate,
    deadlines: z.array(CaseReviewDeadlineView),
    overdue: z.array(CaseReviewDeadlineView),
    isOverdue: z.boolean(),
    deadlinesNote: z
      .string()
      .nullable()
      .meta({ description: 'Why deadlines could not be worked out (a date the calendar lacks).' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'CaseReviewSummary' })
export type CaseReviewSummary = z.infer<typeof CaseReviewSummary>

/** `GET /v1/asb-case-reviews`: a page, newest first; `next` for the rest. */
export const CaseReviewList = z
  .object({ asOf: IsoDate, items: z.array(CaseReviewSummary), next: NextLink })
  .meta({ id: 'CaseReviewList' })

/**
 * The engine's threshold result as stored: the domain's evaluation, the policy and who ran it.
 * `asAt` is the day whose law was applied (absent on evaluations stored before it was kept). The
 * complaints in it name their complainant only as "complainant 1", "complainant 2" …
 */
export const ThresholdEvaluationView = z
  .object({
    outcome: z.enum(['met', 'not-met']),
    asAt: IsoDate.optional(),
    route: ThresholdRoute.nullable(),
    required: z.number().int(),
    summary: z.string(),
    qualifying: z.array(AsbComplaint),
    excluded: z.array(
      z.object({ complaint: AsbComplaint, code: ExclusionCode, reason: z.string() })
    ),
    routesConsidered: z.array(
      z.object({ route: ThresholdRoute, applies: z.boolean(), reason: z.string() })
    ),
    notes: z.array(z.string()),
    policy: ThresholdPolicy,
    evaluatedAt: Timestamp,
    evaluatedBy: Id,
  })
  .meta({ id: 'ThresholdEvaluation' })
export type ThresholdEvaluationView = z.infer<typeof ThresholdEvaluationView>

/** The officer's decision on the engine's result: confirmed, or overridden with a justification. */
export const ThresholdDecisionView = z
  .object({
    basis: z.enum(['confirmed', 'overridden']),
    outcome: z.enum(['met', 'not-met']),
    route: ThresholdRoute.nullable(),
    engineOutcome: z.enum(['met', 'not-met']),
    justification: z.string().nullable(),
    decidedOn: IsoDate,
    decidedBy: Id,
    decidedAt: Timestamp,
  })
  .meta({ id: 'ThresholdDecision' })
export type ThresholdDecisionView = z.infer<typeof ThresholdDecisionView>

/** One stored lifecycle event: the domain event, the states it moved between, who and when. */
export const CaseReviewEventView = z
  .object({
    seq: z.number().int(),
    event: CaseReviewEvent,
    from: CaseReviewState,
    to: CaseReviewState,
    recordedBy: Id,
    recordedAt: Timestamp,
  })
  .meta({ id: 'CaseReviewEventRecord' })
export type CaseReviewEventView = z.infer<typeof CaseReviewEventView>

/** A complaint as stored, with the body it was made to. */
export const CaseReviewComplaintView = AsbComplaint.omit({ receivedBy: true })
  .extend({ receivedBy: BodyRef })
  .meta({ id: 'CaseReviewComplaint' })

/**
 * One case review with its PERSONAL DATA, for admins and officers of its relevant bodies;
 * every response carrying it is recorded in the audit log as a personal-data read.
 */
export const CaseReviewDetail = CaseReviewSummary.extend({
  applicant: CaseReviewApplicant,
  victimConsent: z.boolean().nullable(),
  victim: orNull(CaseReviewVictim),
  address: z.string(),
  incidentDescription: z.string(),
  reportingIndividuals: z.number().int().nullable(),
  complaints: z.array(CaseReviewComplaintView),
  threshold: z.object({
    evaluation: orNull(ThresholdEvaluationView),
    decision: orNull(ThresholdDecisionView),
  }),
  recommendations: z.array(z.string()),
  withdrawn: z.boolean(),
  events: z.array(CaseReviewEventView),
}).meta({ id: 'CaseReviewDetail' })
export type CaseReviewDetail = z.infer<typeof CaseReviewDetail>
