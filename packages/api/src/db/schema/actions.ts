import type { PowerId, PspoExtension } from '@csp/domain'
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
  uuid,
} from 'drizzle-orm/pg-core'
import { organisations, users } from './people.ts'

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })
const day = (name: string) => date(name, { mode: 'string' })

/**
 * Recorded uses of ASB powers (the domain's `ActionRecord`), by partner agency. Separate from
 * the plan's published counts (`plan_action_counts`): the two are never added together.
 */
export const actionRecords = pgTable(
  'action_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    power: text('power').$type<PowerId>().notNull(),
    date: day('date').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => organisations.id),
    priorityId: text('priority_id'),
    place: text('place'),
    count: integer('count').notNull(),
    notes: text('notes'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: at('recorded_at').notNull(),
  },
  (t) => [
    index('action_records_date_idx').on(t.date),
    check('action_records_count_check', sql`${t.count} > 0`),
  ]
)

/** The PSPO register (the domain's `PspoOrder`); extensions are appended, never edited. */
export const pspos = pgTable(
  'pspos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    place: text('place').notNull(),
    kind: text('kind').$type<'standard' | 'expedited'>().notNull(),
    madeOn: day('made_on').notNull(),
    startsOn: day('starts_on').notNull(),
    endsOn: day('ends_on').notNull(),
    extensions: jsonb('extensions').$type<PspoExtension[]>().notNull(),
    variations: jsonb('variations').$type<{ madeOn: string; note?: string }[]>().notNull(),
    dischargedOn: day('discharged_on'),
    /** The council that made the order (ASBCPA 2014 s59); null for orders stored before. */
    councilId: uuid('council_id').references(() => organisations.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    check('pspos_kind_check', sql`${t.kind} in ('standard', 'expedited')`),
    check('pspos_dates_check', sql`${t.startsOn} >= ${t.madeOn} and ${t.endsOn} >= ${t.startsOn}`),
  ]
)
