import {
  derbyshireAreas,
  findPoliceUkGaps,
  policeUkCrimeTable,
  policeUkCrimeTypes,
  policeUkMeasures,
  type PoliceUkAggregate,
  type PoliceUkCount,
} from '@csp/domain'
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { saveCrimeTables } from '../db/repositories/crime-tables.ts'
import {
  importJobs,
  policeUkCounts,
  policeUkDistrictCounts,
  policeUkGridCounts,
  policeUkSources,
} from '../db/schema/imports.ts'

/** A crime table an import rebuilt. */
export interface RebuiltTable {
  measure: string
  period: string
  complete: boolean
}

const yearOf = (month: string) => Number(month.slice(0, 4))

// The district counts that count: those of the import each (force, month) names.
const currentDistricts = and(
  eq(policeUkSources.importId, policeUkDistrictCounts.importId),
  eq(policeUkSources.force, policeUkDistrictCounts.force),
  eq(policeUkSources.month, policeUkDistrictCounts.month)
)

/** Options for {@link stagePoliceUkCounts}. */
export interface StageOptions {
  /**
   * Rows per statement (default 250). Each statement sends one array per column (`unnest`);
   * on PGlite a statement holds the event loop while it runs, so a server keeps them small
   * (250 rows took about 15 ms here), and a command line, answering no one, can make them large.
   */
  batchRows?: number
  /** Runs after each statement (to record progress and stop if the import was cancelled). */
  between?: () => Promise<void>
}

// One array sent as one parameter (drizzle would spread a plain array into a list).
const column = (values: readonly unknown[]) => sql.param(values)

/** An aggregate with the finer counts the store keeps (the aggregator always gives them). */
export type StoredPoliceUkAggregate = PoliceUkAggregate &
  Required<Pick<PoliceUkAggregate, 'forceCounts' | 'lsoaCounts' | 'gridCounts'>>

/**
 * Writes the import's counts — by force, district and LSOA, and by grid cell — under its id,
 * in short statements, each committed on its own: no reader counts them until
 * {@link makePoliceUkSourcesCurrent} names the import, and no long transaction holds anything
 * meanwhile.
 *
 * @example
 * ```ts
 * await stagePoliceUkCounts(db, aggregate, job.id, { between: checkpoint })
 * ```
 */
export async function stagePoliceUkCounts(
  db: Db,
  aggregate: StoredPoliceUkAggregate,
  importId: string,
  { batchRows: stageBatch = 250, between = async () => {} }: StageOptions = {}
): Promise<void> {
  const { lsoaCounts, gridCounts } = aggregate
  for (let at = 0; at < lsoaCounts.length; at += stageBatch) {
    const batch = lsoaCounts.slice(at, at + stageBatch)
    await db.execute(sql`
      insert into ${policeUkCounts}
        (import_id, force, month, district, area_code, lsoa, crime_type, count)
      select ${importId}::uuid, * from unnest(
        ${column(batch.map((c) => c.force))}::text[], ${column(batch.map((c) => c.month))}::text[],
        ${column(batch.map((c) => c.district))}::text[], ${column(batch.map((c) => c.areaCode))}::text[],
        ${column(batch.map((c) => c.lsoa ?? ''))}::text[], ${column(batch.map((c) => c.crimeType))}::text[],
        ${column(batch.map((c) => c.count))}::int[])`)
    await between()
  }
  const districts = districtCountsOf(lsoaCounts)
  for (let at = 0; at < districts.length; at += stageBatch) {
    const batch = districts.slice(at, at + stageBatch)
    await db.execute(sql`
      insert into ${policeUkDistrictCounts}
        (import_id, force, month, district, area_code, crime_type, count)
      select ${importId}::uuid, * from unnest(
        ${column(batch.map((c) => c.force))}::text[], ${column(batch.map((c) => c.month))}::text[],
        ${column(batch.map((c) => c.district))}::text[], ${column(batch.map((c) => c.areaCode))}::text[],
        ${column(batch.map((c) => c.crimeType))}::text[], ${column(batch.map((c) => c.count))}::int[])`)
    await between()
  }
  for (let at = 0; at < gridCounts.length; at += stageBatch) {
    const batch = gridCounts.slice(at, at + stageBatch)
    await db.execute(sql`
      insert into ${policeUkGridCounts} (import_id, force, month, lsoa, cell, crime_type, count)
      select ${importId}::uuid, * from unnest(
        ${column(batch.map((c) => c.force))}::text[], ${column(batch.map((c) => c.month))}::text[],
        ${column(batch.map((c) => c.lsoa))}::text[], ${column(batch.map((c) => c.cell))}::text[],
        ${column(batch.map((c) => c.crimeType))}::text[], ${column(batch.map((c) => c.count))}::int[])`)
    await between()
  }
}

/** The LSOA counts summed to districts, per force: what the crime tables are rebuilt from. */
function districtCountsOf(rows: StoredPoliceUkAggregate['lsoaCounts']) {
  const sums = new Map<string, Omit<(typeof rows)[number], 'lsoa'>>()
  for (const { lsoa: _lsoa, ...row } of rows) {
    const key = `${row.force}\n${row.month}\n${row.district}\n${row.crimeType}`
    const sum = sums.get(key)
    if (sum) sum.count += row.count
    else sums.set(key, { ...row })
  }
  return [...sums.values()]
}

/**
 * Makes the import's staged counts the current ones for every force and month it read, inside
 * the caller's (final) transaction: the import is the authority for those (force, month)
 * pairs, so an earlier import's counts of them stop counting at once, importing a month again
 * never doubles it, and another force's file for the same month (British Transport Police, or a
 * neighbouring force whose rows fall partly in the partnership) leaves this force's counts be.
 * Counts stored before forces were kept (force '') stand for every force of their month: the
 * first import with forces for that month replaces them.
 *
 * @example
 * ```ts
 * await makePoliceUkSourcesCurrent(tx, aggregate, job.id)
 * ```
 */
export async function makePoliceUkSourcesCurrent(
  tx: Db,
  aggregate: StoredPoliceUkAggregate,
  importId: string
): Promise<void> {
  const pairs = new Map<string, { force: string; month: string }>()
  for (const { force, month } of aggregate.forceCounts)
    pairs.set(`${force}\n${month}`, { force, month })
  if (pairs.size === 0) return
  await tx
    .delete(policeUkSources)
    .where(and(eq(policeUkSources.force, ''), inArray(policeUkSources.month, aggregate.months)))
  await tx
    .insert(policeUkSources)
    .values([...pairs.values()].map(({ force, month }) => ({ force, month, importId })))
    .onConflictDoUpdate({
      target: [policeUkSources.force, policeUkSources.month],
      set: { importId: sql`excluded.import_id` },
    })
}

/** Options for {@link prunePoliceUkCounts}. */
export interface PruneOptions {
  /** Rows deleted per statement (default 1,000): on PGlite a statement holds the event loop. */
  batchRows?: number
  /** Runs after each statement (a server waits there, to keep its thread for requests). */
  between?: () => Promise<void>
}

/**
 * Deletes counts no source names — those of superseded, failed or cancelled imports — a batch at
 * a time, each batch committed on its own. Safe at any time and in any instance: the counts of
 * a job still running are left alone. Returns how many rows went.
 *
 * It finds the stale (import, force, month) sets by walking each table's primary key from one
 * set to the next, an index probe per set, and deletes each set by its key: with nothing to
 * prune it reads a few dozen index entries, where a scan of every count took as long as the
 * counts grew (60 ms of the event loop at a year of a force's counts on PGlite).
 *
 * @example
 * ```ts
 * await prunePoliceUkCounts(db)
 * ```
 */
export async function prunePoliceUkCounts(
  db: Db,
  { batchRows = 1000, between = async () => {} }: PruneOptions = {}
): Promise<number> {
  let deleted = 0
  for (const table of [policeUkCounts, policeUkDistrictCounts, policeUkGridCounts]) {
    for (const stale of await staleCountSets(db, table)) {
      for (;;) {
        const result = (await db.execute(sql`
          delete from ${table} where ctid in (
            select ctid from ${table}
            where import_id = ${stale.import_id} and force = ${stale.force} and month = ${stale.month}
            limit ${batchRows})`)) as unknown as { rowCount?: number; affectedRows?: number }
        const count = result.rowCount ?? result.affectedRows ?? 0
        deleted += count
        await between()
        if (count < batchRows) break
      }
    }
  }
  return deleted
}

type CountTable = typeof policeUkCounts | typeof policeUkDistrictCounts | typeof policeUkGridCounts

/**
 * The (import, force, month) sets of `table` that no source names and whose import is not
 * running. The sets are listed by a loose index scan of the primary key, which begins with
 * them: each step finds the first key after the last set.
 */
async function staleCountSets(db: Db, table: CountTable) {
  const result = (await db.execute(sql`
    with recursive sets as (
      (select import_id, force, month from ${table} order by import_id, force, month limit 1)
      union all
      select next.import_id, next.force, next.month from sets cross join lateral (
        select c.import_id, c.force, c.month from ${table} c
        where (c.import_id, c.force, c.month) > (sets.import_id, sets.force, sets.month)
        order by c.import_id, c.force, c.month limit 1) next
    )
    select sets.import_id::text as import_id, sets.force, sets.month from sets
    join ${importJobs} j on j.id = sets.import_id and j.status <> 'running'
    where not exists (
      select 1 from ${policeUkSources} s
      where s.import_id = sets.import_id and s.force = sets.force and s.month = sets.month)`)) as unknown as {
    rows: { import_id: string; force: string; month: string }[]
  }
  return result.rows
}

/**
 * Rebuilds the `police-uk.*` crime tables of every year in `months`, and of the year after
 * each when it has stored data (its trend compares with the year before), from ALL current
 * counts, and saves them with their completeness (origin `import`). Runs in the caller's
 * transaction. Returns what it saved.
 *
 * Gaps are judged over everything stored, as one series: the aggregate's counts do not say
 * which force reported them, so a gap is found per month and crime type across all forces.
 *
 * @example
 * ```ts
 * await rebuildPoliceUkTables(tx, ['2024-11', '2024-12'], clock.now())
 * //=> [{ measure: 'police-uk.anti-social-behaviour', period: '2024', complete: false }, …]
 * ```
 */
export async function rebuildPoliceUkTables(
  tx: Db,
  months: readonly string[],
  at: Date
): Promise<RebuiltTable[]> {
  if (months.length === 0) return []
  const totals = await tx
    .select({
      month: policeUkDistrictCounts.month,
      crimeType: policeUkDistrictCounts.crimeType,
      count: sql<number>`sum(${policeUkDistrictCounts.count})::int`,
    })
    .from(policeUkDistrictCounts)
    .innerJoin(policeUkSources, currentDistricts)
    .groupBy(policeUkDistrictCounts.month, policeUkDistrictCounts.crimeType)
  const storedYears = new Set(totals.map((row) => yearOf(row.month)))
  const touched = new Set(months.map(yearOf))
  const years = [...touched, ...[...touched].map((y) => y + 1).filter((y) => storedYears.has(y))]
  const rebuilt = [...new Set(years)].sort((a, b) => a - b)
  const aggregate = await storedAggregate(tx, rebuilt, totals)
  const tables = rebuilt.flatMap((year) =>
    policeUkMeasures.map((measure) => {
      const table = policeUkCrimeTable(aggregate, {
        measure: measure.id,
        year,
        areas: derbyshireAreas,
      })
      return { table, completeness: table.completeness ?? { complete: true, notes: [] } }
    })
  )
  await saveCrimeTables(tx, tables, { origin: 'import', updatedAt: at })
  return tables.map(({ table, completeness }) => ({
    measure: table.measure,
    period: table.period,
    complete: completeness.complete,
  }))
}

type Totals = { month: string; crimeType: PoliceUkCount['crimeType']; count: number }[]

/** The stored counts of `years` and the years before them, as an aggregate to build from. */
async function storedAggregate(
  tx: Db,
  years: readonly number[],
  totals: Totals
): Promise<PoliceUkAggregate> {
  const wanted = new Set(years.flatMap((year) => [year, year - 1]))
  const months = [...new Set(totals.map((row) => row.month))]
    .filter((month) => wanted.has(yearOf(month)))
    .sort()
  // Summed over forces (and the imports that stand for them) in the database, so a district
  // arrives as one row per month and crime type whatever the number of forces.
  const rows =
    months.length === 0
      ? []
      : await tx
          .select({
            month: policeUkDistrictCounts.month,
            district: policeUkDistrictCounts.district,
            areaCode: policeUkDistrictCounts.areaCode,
            crimeType: policeUkDistrictCounts.crimeType,
            count: sql<number>`sum(${policeUkDistrictCounts.count})::int`,
          })
          .from(policeUkDistrictCounts)
          .innerJoin(policeUkSources, currentDistricts)
          .where(inArray(policeUkDistrictCounts.month, months))
          .groupBy(
            policeUkDistrictCounts.month,
            policeUkDistrictCounts.district,
            policeUkDistrictCounts.areaCode,
            policeUkDistrictCounts.crimeType
          )
          .orderBy(asc(policeUkDistrictCounts.month), asc(policeUkDistrictCounts.district))
  const counts: PoliceUkCount[] = rows.map(({ month, district, areaCode, crimeType, count }) => ({
    month,
    district,
    areaCode,
    crimeType,
    measure: policeUkCrimeTypes[crimeType].measureId,
    count,
  }))
  const series = 'all imported forces'
  const gaps = findPoliceUkGaps(totals.map((row) => ({ ...row, force: series }))).map((gap) => ({
    ...gap,
    force: null,
  }))
  return {
    rows: counts.reduce((sum, row) => sum + row.count, 0),
    months,
    counts,
    outsideArea: [],
    noLocation: [],
    gaps,
    errors: [],
  }
}
