import { buildAssessment, type CrimeTable, type StrategicAssessment } from '@csp/domain'
import type { Db } from '../db/client.ts'
import { findCrimeTable, listCrimeTables } from '../db/repositories/crime-tables.ts'
import { currentPlan } from '../db/repositories/plans.ts'
import { areaCatalogue, measureCatalogue } from '../views/catalogue.ts'

/**
 * The strategic assessment of `year` from everything stored: plan, uploaded and police.uk
 * tables of the year and the year before, for the area of the plan the API serves. `undefined`
 * when no plan is loaded.
 *
 * @example
 * ```ts
 * (await storedAssessment(db, 2024))?.measures.map((m) => m.measure)
 * ```
 */
export async function storedAssessment(
  db: Db,
  year: number
): Promise<StrategicAssessment | undefined> {
  const plan = await currentPlan(db)
  if (!plan) return undefined
  const periods = new Set([String(year), String(year - 1)])
  const tables: CrimeTable[] = []
  for (const summary of await listCrimeTables(db)) {
    if (!periods.has(summary.table.period)) continue
    const stored = await findCrimeTable(db, summary.table.measure, summary.table.period)
    if (stored) tables.push({ ...stored.table, completeness: stored.completeness })
  }
  return buildAssessment({
    year,
    areaCode: plan.partnership.areaCode,
    tables,
    areas: areaCatalogue,
    measures: measureCatalogue,
    priorities: plan.priorities,
  })
}
