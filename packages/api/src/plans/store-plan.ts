import type { PartnershipPlan } from '@csp/domain'
import type { Db } from '../db/client.ts'
import { findCrimeTable, saveCrimeTable } from '../db/repositories/crime-tables.ts'
import { saveAsbCaseReviewReturn, savePlanActionCounts } from '../db/repositories/plan-figures.ts'
import { savePlan } from '../db/repositories/plans.ts'

/**
 * Makes `plan` the one the API serves: the document, its crime tables (except where a table
 * of the same measure and period was uploaded, which the upload keeps), its ASB Case Review
 * return and its action counts. Upserts throughout.
 *
 * @example
 * ```ts
 * await servePlanDocument(tx, plan, clock.now())
 * ```
 */
export async function servePlanDocument(db: Db, plan: PartnershipPlan, at: Date): Promise<void> {
  await savePlan(db, plan, at)
  for (const table of plan.crimeTables) {
    const stored = await findCrimeTable(db, table.measure, table.period)
    if (stored?.origin === 'upload') continue
    await saveCrimeTable(db, table, { origin: 'plan', planId: plan.id, updatedAt: at })
  }
  await saveAsbCaseReviewReturn(db, plan.asbCaseReviewReturn, plan.id)
  await savePlanActionCounts(db, plan.id, plan.actionsTaken)
}
