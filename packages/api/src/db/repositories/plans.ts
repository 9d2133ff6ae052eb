import { PartnershipPlan } from '@csp/domain'
import { asc, desc } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { plans } from '../schema/index.ts'

/**
 * Stores a validated plan (insert or replace by id).
 *
 * @example
 * ```ts
 * await savePlan(db, southDerbyshirePlan, clock.now())
 * ```
 */
export async function savePlan(db: Db, plan: PartnershipPlan, loadedAt: Date): Promise<void> {
  const values = {
    id: plan.id,
    title: plan.title,
    partnershipAreaCode: plan.partnership.areaCode,
    periodFrom: plan.period.from,
    periodTo: plan.period.to,
    document: plan,
    loadedAt,
  }
  await db.insert(plans).values(values).onConflictDoUpdate({ target: plans.id, set: values })
}

/**
 * The plan the API serves: the one whose period starts latest (a deployment serves one
 * partnership; a new plan supersedes the old one). Re-validated on the way out, so a document
 * stored by an older version fails loudly rather than serving a wrong shape.
 *
 * @example
 * ```ts
 * (await currentPlan(db))?.id //=> 'south-derbyshire-csp-2023-26'
 * ```
 */
export async function currentPlan(db: Db): Promise<PartnershipPlan | undefined> {
  const [row] = await db
    .select({ document: plans.document })
    .from(plans)
    .orderBy(desc(plans.periodFrom), asc(plans.id))
    .limit(1)
  return row ? PartnershipPlan.parse(row.document) : undefined
}

/**
 * The id of the plan {@link currentPlan} would return, without loading the document.
 *
 * @example
 * ```ts
 * await currentPlanId(db) //=> 'south-derbyshire-csp-2023-26'
 * ```
 */
export async function currentPlanId(db: Db): Promise<string | undefined> {
  const [row] = await db
    .select({ id: plans.id })
    .from(plans)
    .orderBy(desc(plans.periodFrom), asc(plans.id))
    .limit(1)
  return row?.id
}
