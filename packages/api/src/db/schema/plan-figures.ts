import type { PlanFigurePeriod, PowerId, Source } from '@csp/domain'
import { sql } from 'drizzle-orm'
import {
  check,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { plans } from './plans.ts'

/**
 * Published ASB Case Review returns: the four figures for one period (ASBCPA 2014 s104(10)),
 * from a plan (`plan_id` set) or counted from case-review records and published through the API.
 * `published_on` is the day the figures were published, when known: the next publication falls
 * due 12 months after the latest (ASB-10). A plan's return has none unless its source gives one.
 */
export const asbCaseReviewReturns = pgTable(
  'asb_case_review_returns',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    planId: text('plan_id').references(() => plans.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    applications: integer('applications').notNull(),
    thresholdNotMet: integer('threshold_not_met').notNull(),
    reviewsCarriedOut: integer('reviews_carried_out').notNull(),
    reviewsWithRecommendations: integer('reviews_with_recommendations').notNull(),
    furtherInformationUrl: text('further_information_url'),
    source: jsonb('source').$type<Source>().notNull(),
    publishedOn: date('published_on', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('asb_case_review_returns_period_key').on(t.periodFrom, t.periodTo),
    check('asb_case_review_returns_period_check', sql`${t.periodFrom} <= ${t.periodTo}`),
  ]
)

/**
 * The counted outputs a plan reports under "Action Taken" (55 warning letters, 1 PSPO …), each
 * with its own period and source. `power` is the domain's power id, or null for counts that are
 * not an ASB power (meetings held, properties secured). Recorded actions will live elsewhere.
 */
export const planActionCounts = pgTable(
  'plan_action_counts',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    actionId: text('action_id').notNull(),
    position: integer('position').notNull(),
    priorityId: text('priority_id').notNull(),
    priorityNote: text('priority_note'),
    heading: text('heading').notNull(),
    description: text('description').notNull(),
    location: text('location'),
    count: integer('count').notNull(),
    unit: text('unit').notNull(),
    power: text('power').$type<PowerId>(),
    period: jsonb('period').$type<PlanFigurePeriod>().notNull(),
    source: jsonb('source').$type<Source>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.actionId] }),
    check('plan_action_counts_count_check', sql`${t.count} >= 0`),
  ]
)
