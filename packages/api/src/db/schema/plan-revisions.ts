import type { CrimeTable, PartnershipPlan, PlanRevisionStatus } from '@csp/domain'
import { sql } from 'drizzle-orm'
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { users } from './people.ts'

/**
 * Revisions of a partnership plan (domain `PlanRevision`): drafts edited by admins and analysts,
 * then adopted (one per plan and year) and published. The adopted revision's document is also
 * what `plans` serves publicly.
 */
export const planRevisions = pgTable(
  'plan_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: text('plan_id').notNull(),
    planYear: integer('plan_year').notNull(),
    status: text('status').$type<PlanRevisionStatus>().notNull(),
    basedOn: uuid('based_on'),
    document: jsonb('document').$type<PartnershipPlan>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    adoptedBy: uuid('adopted_by').references(() => users.id),
    overrideReason: text('override_reason'),
    publishedOn: date('published_on', { mode: 'string' }),
    publishedLink: text('published_link'),
  },
  (t) => [
    uniqueIndex('plan_revisions_one_adopted_key')
      .on(t.planId, t.planYear)
      .where(sql`${t.status} <> 'draft'`),
    check('plan_revisions_status_check', sql`${t.status} in ('draft', 'adopted', 'published')`),
  ]
)

/** A crime table as it was before an upload replaced it. */
export const crimeTableVersions = pgTable(
  'crime_table_versions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    measure: text('measure').notNull(),
    period: text('period').notNull(),
    table: jsonb('table').$type<CrimeTable>().notNull(),
    origin: text('origin').notNull(),
    storedAt: timestamp('stored_at', { withTimezone: true, mode: 'date' }).notNull(),
    supersededAt: timestamp('superseded_at', { withTimezone: true, mode: 'date' }).notNull(),
    supersededBy: uuid('superseded_by').references(() => users.id),
  },
  (t) => [index('crime_table_versions_measure_period_idx').on(t.measure, t.period)]
)

/** A statutory duty instance recorded as done: which rule (e.g. CDA-11), the deadline it met, when, by whom. */
export const dutyCompletions = pgTable(
  'duty_completions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ruleId: text('rule_id').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }).notNull(),
    doneBy: uuid('done_by').references(() => users.id),
    evidence: text('evidence').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('duty_completions_rule_due_key').on(t.ruleId, t.dueOn)]
)
