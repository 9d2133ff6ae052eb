import type { CaseReviewEvent, CaseReviewState } from '@csp/domain'
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import type { CaseReviewApplicant, CaseReviewVictim } from '../../schemas/case-reviews.ts'
import type {
  ThresholdDecisionView,
  ThresholdEvaluationView,
} from '../../schemas/case-review-views.ts'
import { organisations, users } from './people.ts'

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })
const day = (name: string) => date(name, { mode: 'string' })

/** The PERSONAL DATA of an application, kept in one column so no query selects it by accident. */
export interface CaseReviewPersonalData {
  applicant: CaseReviewApplicant
  victim: CaseReviewVictim | null
  address: string
  incidentDescription: string
}

/**
 * ASB Case Review applications. `state` caches the state the events (the record) lead to, for
 * filtering; the domain state machine replays the events to work it out again on every write.
 */
export const asbCaseReviews = pgTable(
  'asb_case_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    receivedOn: day('received_on').notNull(),
    applicantType: text('applicant_type').$type<'victim' | 'third-party'>().notNull(),
    victimConsent: boolean('victim_consent'),
    reportingIndividuals: integer('reporting_individuals'),
    state: text('state').$type<CaseReviewState>().notNull(),
    personal: jsonb('personal').$type<CaseReviewPersonalData>().notNull(),
    thresholdEvaluation: jsonb('threshold_evaluation').$type<ThresholdEvaluationView>(),
    thresholdDecision: jsonb('threshold_decision').$type<ThresholdDecisionView>(),
    /** Null for an application made online by the public. */
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
    /** When `csp case-reviews purge` erased the personal data (null: still held). */
    personalErasedAt: at('personal_erased_at'),
  },
  (t) => [
    index('asb_case_reviews_received_on_idx').on(t.receivedOn),
    index('asb_case_reviews_state_idx').on(t.state),
    check(
      'asb_case_reviews_applicant_type_check',
      sql`${t.applicantType} in ('victim', 'third-party')`
    ),
  ]
)

/** The relevant bodies on a case: their officers, and admins, are the only ones who see it. */
export const asbCaseReviewBodies = pgTable(
  'asb_case_review_bodies',
  {
    caseReviewId: uuid('case_review_id')
      .notNull()
      .references(() => asbCaseReviews.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [
    primaryKey({ columns: [t.caseReviewId, t.organisationId] }),
    index('asb_case_review_bodies_organisation_id_idx').on(t.organisationId),
  ]
)

/**
 * The complaints an application relies on; `ref` (C1, C2 …) is the id the engine reports.
 * `complainant` (who made the complaint: a name or a reference) is PERSONAL DATA, read only with
 * the rest of a case's personal data; the threshold engine sees it as "complainant 1, 2 …".
 */
export const asbCaseReviewComplaints = pgTable(
  'asb_case_review_complaints',
  {
    caseReviewId: uuid('case_review_id')
      .notNull()
      .references(() => asbCaseReviews.id),
    ref: text('ref').notNull(),
    position: integer('position').notNull(),
    behaviourOn: day('behaviour_on').notNull(),
    complainedOn: day('complained_on').notNull(),
    receivedBy: uuid('received_by')
      .notNull()
      .references(() => organisations.id),
    complainant: text('complainant'),
    incidentKey: text('incident_key'),
    hateIncident: boolean('hate_incident'),
  },
  (t) => [
    primaryKey({ columns: [t.caseReviewId, t.ref] }),
    check('asb_case_review_complaints_dates_check', sql`${t.complainedOn} >= ${t.behaviourOn}`),
  ]
)

/** Every dated lifecycle event, in order (`seq` from 1): the case review's record. */
export const asbCaseReviewEvents = pgTable(
  'asb_case_review_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    caseReviewId: uuid('case_review_id')
      .notNull()
      .references(() => asbCaseReviews.id),
    seq: integer('seq').notNull(),
    type: text('type').$type<CaseReviewEvent['type']>().notNull(),
    on: day('on').notNull(),
    event: jsonb('event').$type<CaseReviewEvent>().notNull(),
    fromState: text('from_state').$type<CaseReviewState>().notNull(),
    toState: text('to_state').$type<CaseReviewState>().notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: at('recorded_at').notNull(),
  },
  (t) => [uniqueIndex('asb_case_review_events_seq_key').on(t.caseReviewId, t.seq)]
)

/**
 * Applications made online: the reference the applicant quotes and the SHA-256 of their one-time
 * access code (the code itself is shown once, on the confirmation page, and never stored).
 */
export const asbCaseReviewApplications = pgTable(
  'asb_case_review_applications',
  {
    caseReviewId: uuid('case_review_id')
      .primaryKey()
      .references(() => asbCaseReviews.id),
    reference: text('reference').notNull(),
    codeHash: text('code_hash').notNull(),
    submittedAt: at('submitted_at').notNull(),
  },
  (t) => [uniqueIndex('asb_case_review_applications_reference_key').on(t.reference)]
)
