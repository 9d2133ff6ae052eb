import {
  derbyshireAreas,
  findPoliceUkGaps,
  policeUkCrimeTable,
  policeUkCrimeTypes,
  policeUkMeasures,
  type PoliceUkAggregate,
  type PoliceUkCount,
} from '@csp/domain'
import { asc, inArray, sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { saveCrimeTable } from '../db/repositories/crime-tables.ts'
import { policeUkCounts } from '../db/schema/imports.ts'

/** A crime table an import rebuilt. */
export interface RebuiltTable {
  measure: string
  period: string
  complete: boolean
}

const yearOf = (month: string) => Number(month.slice(0, 4))
const batchSize = 1000

/**
 * Replaces the stored counts of every month in `aggregate` with its counts, inside the caller's
 * transaction. The import is the authority for the months it contains: counts of those months
 * from earlier imports are deleted first, so importing a month again never doubles it.
 *
 * @example
 * ```ts
 * await replacePoliceUkCounts(tx, aggregate, job.id)
 * ```
 */
export async function replacePoliceUkCounts(
  tx: Db,
  aggregate: PoliceUkAggregate,
  importId: string
): Promise<void> {
  if (aggregate.months.length === 0) return
  await tx.delete(policeUkCounts).where(inArray(policeUkCounts.month, aggregate.months))
  for (let at = 0; at < aggregate.counts.length; at += batchSize) {
    const batch = aggregate.counts.slice(at, at + batchSize)
    await tx.insert(policeUkCounts).values(
      batch.map(({ month, district, areaCode, crimeType, count }) => ({
        month,
        district,
        areaCode,
        crimeType,
        count,
        importId,
      }))
    )
  }
}

/**
 * Rebuilds the `police-uk.*` crime tables of every year in `months`, and of the year after
 * each when it has stored data (its trend compares with the year before), from ALL stored
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
      month: policeUkCounts.month,
      crimeType: policeUkCounts.crimeType,
      count: sql<number>`sum(${policeUkCounts.count})::int`,
    })
    .from(policeUkCounts)
    .groupBy(policeUkCounts.month, policeUkCounts.crimeType)
  const storedYears = new Set(totals.map((row) => yearOf(row.month)))
  const touched = new Set(months.map(yearOf))
  const years = [...touched, ...[...touched].map((y) => y + 1).filter((y) => storedYears.has(y))]
  const rebuilt = [...new Set(years)].sort((a, b) => a - b)
  const aggregate = await storedAggregate(tx, rebuilt, totals)
  const saved: RebuiltTable[] = []
  for (const year of rebuilt) {
    for (const measure of policeUkMeasures) {
      const table = policeUkCrimeTable(aggregate, {
        measure: measure.id,
        year,
        areas: derbyshireAreas,
      })
      const completeness = table.completeness ?? { complete: true, notes: [] }
      await saveCrimeTable(tx, table, { origin: 'import', completeness, updatedAt: at })
      saved.push({ measure: measure.id, period: table.period, complete: completeness.complete })
    }
  }
  return saved
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
  const rows =
    months.length === 0
      ? []
      : await tx
          .select()
          .from(policeUkCounts)
          .where(inArray(policeUkCounts.month, months))
          .orderBy(asc(policeUkCounts.month), asc(policeUkCounts.district))
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
