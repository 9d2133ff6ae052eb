import type { PoliceUkCrimeType } from '@csp/domain'
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm'
import type { LocalCounts } from '../../views/local-data.ts'
import type { Db } from '../client.ts'
import {
  policeUkCounts,
  policeUkDistrictCounts,
  policeUkGridCounts,
  policeUkSources,
} from '../schema/imports.ts'

/** Rows of `table` that count: those of the import each (force, month) names. */
const current = (
  table: typeof policeUkCounts | typeof policeUkDistrictCounts | typeof policeUkGridCounts
) =>
  and(
    eq(policeUkSources.importId, table.importId),
    eq(policeUkSources.force, table.force),
    eq(policeUkSources.month, table.month)
  )

/**
 * The current police.uk counts of one district and crime type (its LSOAs' and "no area" rows,
 * and its LSOAs' grid cells), summed over forces, with every force's monthly totals by crime
 * type (to find gaps) — what the local routes answer from.
 *
 * @example
 * ```ts
 * const counts = await currentLocalCounts(db, 'E07000039', geography.lsoas('E07000039'), 'Drugs')
 * ```
 */
export async function currentLocalCounts(
  db: Db,
  district: string,
  lsoas: readonly string[],
  crimeType: PoliceUkCrimeType
): Promise<LocalCounts> {
  const totals = await db
    .select({
      month: policeUkDistrictCounts.month,
      crimeType: policeUkDistrictCounts.crimeType,
      count: sql<number>`sum(${policeUkDistrictCounts.count})::int`,
    })
    .from(policeUkDistrictCounts)
    .innerJoin(policeUkSources, current(policeUkDistrictCounts))
    .groupBy(policeUkDistrictCounts.month, policeUkDistrictCounts.crimeType)
  const counts = await db
    .select({
      month: policeUkCounts.month,
      areaCode: policeUkCounts.areaCode,
      lsoa: policeUkCounts.lsoa,
      crimeType: policeUkCounts.crimeType,
      count: sql<number>`sum(${policeUkCounts.count})::int`,
    })
    .from(policeUkCounts)
    .innerJoin(policeUkSources, current(policeUkCounts))
    .where(
      and(
        eq(policeUkCounts.areaCode, district),
        eq(policeUkCounts.crimeType, crimeType),
        isNotNull(policeUkCounts.areaCode)
      )
    )
    .groupBy(
      policeUkCounts.month,
      policeUkCounts.areaCode,
      policeUkCounts.lsoa,
      policeUkCounts.crimeType
    )
  const grid =
    lsoas.length === 0
      ? []
      : await db
          .select({
            month: policeUkGridCounts.month,
            lsoa: policeUkGridCounts.lsoa,
            cell: policeUkGridCounts.cell,
            crimeType: policeUkGridCounts.crimeType,
            count: sql<number>`sum(${policeUkGridCounts.count})::int`,
          })
          .from(policeUkGridCounts)
          .innerJoin(policeUkSources, current(policeUkGridCounts))
          .where(
            and(
              inArray(policeUkGridCounts.lsoa, [...lsoas]),
              eq(policeUkGridCounts.crimeType, crimeType)
            )
          )
          .groupBy(
            policeUkGridCounts.month,
            policeUkGridCounts.lsoa,
            policeUkGridCounts.cell,
            policeUkGridCounts.crimeType
          )
  return {
    months: [...new Set(totals.map((row) => row.month))].sort(),
    totals,
    counts: counts.map((row) => ({
      ...row,
      areaCode: row.areaCode as string,
      lsoa: row.lsoa === '' ? null : row.lsoa,
    })),
    grid,
  }
}
