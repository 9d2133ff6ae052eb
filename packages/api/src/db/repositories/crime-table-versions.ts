import type { CrimeTable } from '@csp/domain'
import { and, desc, eq } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { crimeTableVersions } from '../schema/index.ts'
import { findCrimeTable, saveCrimeTable } from './crime-tables.ts'

/**
 * Stores an uploaded table (origin `upload`), first keeping the table it replaces, if any, as a
 * superseded version. Returns whether one was replaced. Run it in a transaction.
 *
 * @example
 * ```ts
 * await replaceCrimeTable(tx, table, { actorId, at }) //=> { replaced: true }
 * ```
 */
export async function replaceCrimeTable(
  db: Db,
  table: CrimeTable,
  by: { actorId: string | null; at: Date }
): Promise<{ replaced: boolean }> {
  const old = await findCrimeTable(db, table.measure, table.period)
  if (old) {
    await db.insert(crimeTableVersions).values({
      measure: table.measure,
      period: table.period,
      table: old.table,
      origin: old.origin,
      storedAt: old.updatedAt,
      supersededAt: by.at,
      supersededBy: by.actorId,
    })
  }
  await saveCrimeTable(db, table, {
    origin: 'upload',
    planId: null,
    completeness: { complete: true, notes: [] },
    updatedAt: by.at,
  })
  return { replaced: old !== undefined }
}

/**
 * The superseded versions of a table, newest first.
 *
 * @example
 * ```ts
 * (await supersededCrimeTables(db, 'domestic-abuse', '2024')).length //=> 1
 * ```
 */
export async function supersededCrimeTables(db: Db, measure: string, period: string) {
  return db
    .select()
    .from(crimeTableVersions)
    .where(and(eq(crimeTableVersions.measure, measure), eq(crimeTableVersions.period, period)))
    .orderBy(desc(crimeTableVersions.supersededAt), desc(crimeTableVersions.id))
}
