import type { PoliceUkCrimeType } from '@csp/domain'
import { sql } from 'drizzle-orm'
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import { users } from './people.ts'

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })

/** What an import job is doing; `succeeded`, `failed` and `cancelled` are final. */
export type ImportStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled'

/** What kind of file a job imports. */
export type ImportKind = 'police-uk'

/**
 * Import jobs, in the database rather than in memory so that every API instance sees the same
 * jobs and their progress. `rows`/`bytes` are read so far; `report` is the summary once the
 * file has been read (also for a failed import, to list its errors).
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<ImportKind>().notNull(),
    status: text('status').$type<ImportStatus>().notNull(),
    fileName: text('file_name').notNull(),
    /** The user who uploaded it; null for the command line. */
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: at('created_at').notNull(),
    startedAt: at('started_at'),
    finishedAt: at('finished_at'),
    rows: bigint('rows', { mode: 'number' }).notNull().default(0),
    bytes: bigint('bytes', { mode: 'number' }).notNull().default(0),
    progressUpdatedAt: at('progress_updated_at'),
    report: jsonb('report').$type<Record<string, unknown>>(),
    error: text('error'),
  },
  (t) => [
    index('import_jobs_created_at_idx').on(t.createdAt),
    check(
      'import_jobs_status_check',
      sql`${t.status} in ('queued', 'running', 'succeeded', 'failed', 'cancelled')`
    ),
    check('import_jobs_kind_check', sql`${t.kind} in ('police-uk')`),
  ]
)

/**
 * Monthly police.uk counts by district and crime type, from every successful import: the data
 * the `police-uk.*` crime tables are rebuilt from. An import replaces every month it contains
 * (its rows for those months are deleted first), so importing a month again never doubles it.
 * `areaCode` is null for a district outside the partnership.
 */
export const policeUkCounts = pgTable(
  'police_uk_counts',
  {
    month: text('month').notNull(),
    district: text('district').notNull(),
    areaCode: text('area_code'),
    crimeType: text('crime_type').$type<PoliceUkCrimeType>().notNull(),
    count: integer('count').notNull(),
    importId: uuid('import_id')
      .notNull()
      .references(() => importJobs.id),
  },
  (t) => [
    primaryKey({ columns: [t.month, t.district, t.crimeType] }),
    index('police_uk_counts_import_id_idx').on(t.importId),
    check('police_uk_counts_month_check', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('police_uk_counts_count_check', sql`${t.count} > 0`),
  ]
)
