import type { Source } from '@csp/domain'
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { plans } from './plans.ts'

/** Where a stored crime table came from: a published plan, or an import of open data. */
export type CrimeTableOrigin = 'plan' | 'import' | 'upload'

/**
 * One comparison table per measure and period. Measures and areas are not stored: they are the
 * domain's catalogue; a table names its measure by id and its rows name areas by GSS code.
 * `complete`/`completenessNotes` are always true/[] for plan tables; imports will record gaps.
 */
export const crimeTables = pgTable(
  'crime_tables',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    measure: text('measure').notNull(),
    period: text('period').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    source: jsonb('source').$type<Source>().notNull(),
    origin: text('origin').$type<CrimeTableOrigin>().notNull(),
    planId: text('plan_id').references(() => plans.id, { onDelete: 'cascade' }),
    complete: boolean('complete').notNull().default(true),
    completenessNotes: jsonb('completeness_notes')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    uniqueIndex('crime_tables_measure_period_key').on(t.measure, t.period),
    check('crime_tables_origin_check', sql`${t.origin} in ('plan', 'import', 'upload')`),
    check('crime_tables_period_check', sql`${t.periodFrom} <= ${t.periodTo}`),
  ]
)

/**
 * A table's rows in published order. `rate` and `trend` are the figures as published (the API
 * recomputes exact rates from `volume` and the domain's populations and reports any mismatch).
 */
export const crimeTableRows = pgTable(
  'crime_table_rows',
  {
    tableId: integer('table_id')
      .notNull()
      .references(() => crimeTables.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    areaCode: text('area_code').notNull(),
    volume: integer('volume').notNull(),
    rate: doublePrecision('rate'),
    trend: doublePrecision('trend'),
  },
  (t) => [primaryKey({ columns: [t.tableId, t.areaCode] })]
)
