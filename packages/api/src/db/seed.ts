import { PartnershipPlan, southDerbyshirePlan } from '@csp/domain'
import type { Db } from './client.ts'
import { adminSeedStep } from './seed-admin.ts'
import type { SeedContext, SeedStep } from './seed-step.ts'
import { saveCrimeTable } from './repositories/crime-tables.ts'
import { saveAsbCaseReviewReturn, savePlanActionCounts } from './repositories/plan-figures.ts'
import { savePlan } from './repositories/plans.ts'

export { SeedError, type SeedContext, type SeedStep } from './seed-step.ts'

/**
 * Loads a partnership plan: the plan document, its crime tables, its published ASB Case Review
 * return and its counted actions. Upserts throughout, so it can run again after an upgrade.
 *
 * @example
 * ```ts
 * await seed(db, { steps: [planSeedStep(southDerbyshirePlan)], clock: systemClock, env: {} })
 * ```
 */
export function planSeedStep(input: PartnershipPlan = southDerbyshirePlan): SeedStep {
  return {
    name: 'plan',
    async run(db, { clock }) {
      const plan = PartnershipPlan.parse(input)
      const now = clock.now()
      await savePlan(db, plan, now)
      for (const table of plan.crimeTables) {
        await saveCrimeTable(db, table, { origin: 'plan', planId: plan.id, updatedAt: now })
      }
      await saveAsbCaseReviewReturn(db, plan.asbCaseReviewReturn, plan.id)
      await savePlanActionCounts(db, plan.id, plan.actionsTaken)
      const counts = plan.actionsTaken.filter((a) => a.kind === 'count').length
      return `${plan.title}: ${plan.crimeTables.length} crime tables, the ${plan.asbCaseReviewReturn.period} ASB Case Review return, ${counts} action counts`
    },
  }
}

/**
 * The steps `csp seed` runs, in order: the South Derbyshire plan, then the first admin from
 * CSP_ADMIN_EMAIL / CSP_ADMIN_PASSWORD (see ./seed-admin.ts).
 *
 * @example
 * ```ts
 * defaultSeedSteps().map((s) => s.name) //=> ['plan', 'admin']
 * ```
 */
export function defaultSeedSteps(): SeedStep[] {
  return [planSeedStep(), adminSeedStep()]
}

/** Options for {@link seed}. */
export interface SeedOptions extends SeedContext {
  steps?: readonly SeedStep[]
}

/** What one step did. */
export interface SeedResult {
  step: string
  summary: string
}

/**
 * Runs seed steps in order, each in its own transaction: a failing step leaves nothing behind
 * and stops the run (earlier steps stay committed; each is idempotent, so rerun after a fix).
 *
 * @example
 * ```ts
 * await seed(handle.db, { clock: systemClock, env: process.env })
 * //=> [{ step: 'plan', summary: 'South Derbyshire …: 6 crime tables, …' }]
 * ```
 */
export async function seed(db: Db, options: SeedOptions): Promise<SeedResult[]> {
  const results: SeedResult[] = []
  for (const step of options.steps ?? defaultSeedSteps()) {
    const summary = await db.transaction((tx) => step.run(tx, options))
    results.push({ step: step.name, summary })
  }
  return results
}
