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
 * Monthly police.uk counts by force, district, LSOA and crime type, as each import wrote them. Counts
 * are written by an import in batches before it commits and count only once
 * {@link policeUkSources} names that import for their force and month: so a reader never sees
 * half an import, an import never holds a long transaction, and importing a month again never
 * doubles it. Rows no source names any longer (superseded, or of a failed import) are deleted
 * in batches afterwards. `force` is "Reported by", or '' for counts imported before forces were
 * kept (those stand for every force in their month). `areaCode` is null for a district outside
 * the partnership.
 */
export const policeUkCounts = pgTable(
  'police_uk_counts',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => importJobs.id),
    force: text('force').notNull().default(''),
    month: text('month').notNull(),
    district: text('district').notNull(),
    areaCode: text('area_code'),
    /** The LSOA 2021 code, or '' for "no area" (no bundled LSOA holds the row's point). */
    lsoa: text('lsoa').notNull().default(''),
    crimeType: text('crime_type').$type<PoliceUkCrimeType>().notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.force, t.month, t.district, t.lsoa, t.crimeType] }),
    index('police_uk_counts_source_idx').on(t.force, t.month, t.importId),
    check('police_uk_counts_month_check', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('police_uk_counts_count_check', sql`${t.count} > 0`),
  ]
)

/**
 * Which import's counts stand for each force and month: the one row an import's final
 * transaction writes for each (force, month) it read, replacing the earlier import's, so an
 * import of another force's file (British Transport Police, a neighbouring force whose rows
 * fall partly in the partnership) never replaces this force's counts.
 */
export const policeUkSources = pgTable(
  'police_uk_sources',
  {
    force: text('force').notNull(),
    month: text('month').notNull(),
    importId: uuid('import_id')
      .notNull()
      .references(() => importJobs.id),
  },
  (t) => [
    primaryKey({ columns: [t.force, t.month] }),
    index('police_uk_sources_import_idx').on(t.importId),
  ]
)

/**
 * Monthly police.uk counts of rows placed in one of the partnership's LSOAs, by the 250 m
 * British National Grid cell of their (anonymised) point: the grid the hot-spot list ranks.
 * Written and made current with {@link policeUkCounts}, under the same import and sources.
 */
export const policeUkGridCounts = pgTable(
  'police_uk_grid_counts',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => importJobs.id),
    force: text('force').notNull(),
    month: text('month').notNull(),
    lsoa: text('lsoa').notNull(),
    cell: text('cell').notNull(),
    crimeType: text('crime_type').$type<PoliceUkCrimeType>().notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.force, t.month, t.lsoa, t.cell, t.crimeType] }),
    index('police_uk_grid_counts_source_idx').on(t.force, t.month, t.importId),
    check('police_uk_grid_counts_count_check', sql`${t.count} > 0`),
  ]
)

/**
 * The same counts summed over LSOAs, by force, district and crime type: what the crime tables
 * are rebuilt from at every import's commit, small enough to read in one short query.
 * Written and made current with {@link policeUkCounts}, under the same import and sources.
 */
export const policeUkDistrictCounts = pgTable(
  'police_uk_district_counts',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => importJobs.id),
    force: text('force').notNull(),
    month: text('month').notNull(),
    district: text('district').notNull(),
    areaCode: text('area_code'),
    crimeType: text('crime_type').$type<PoliceUkCrimeType>().notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.force, t.month, t.district, t.crimeType] }),
    index('police_uk_district_counts_source_idx').on(t.force, t.month, t.importId),
    check('police_uk_district_counts_count_check', sql`${t.count} > 0`),
  ]
)
