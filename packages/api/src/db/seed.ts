import type { PartnershipPlan } from '@csp/domain'
import { todayInEngland } from '../casework/today.ts'
import { seedPlan } from '../plans/plan-file.ts'
import { loadAdoptedPlan, PlanAdoptionError } from '../plans/revisions.ts'
import type { Db } from './client.ts'
import { adminSeedStep } from './seed-admin.ts'
import { SeedError, type SeedContext, type SeedStep } from './seed-step.ts'

export { SeedError, type SeedContext, type SeedStep }

/**
 * Loads a partnership plan as the adopted revision of its first year (see `loadAdoptedPlan`):
 * the plan document, its crime tables, its published ASB Case Review return and its counted
 * actions. Without `input`, the South Derbyshire 2023-26 plan from its JSON document
 * (`plans/south-derbyshire-csp-2023-26.plan.json`). Upserts throughout, so it can run again
 * after an upgrade.
 *
 * @example
 * ```ts
 * await seed(db, { steps: [planSeedStep(await readPlanFile('my-plan.json'))], clock: systemClock, env: {} })
 * ```
 */
export function planSeedStep(input?: PartnershipPlan): SeedStep {
  return {
    name: 'plan',
    async run(db, { clock }) {
      const plan = input ?? (await seedPlan())
      const at = clock.now()
      await loadAdoptedPlan(db, plan, { actorId: null, at, today: todayInEngland(clock) }).catch(
        (error: unknown) => {
          throw error instanceof PlanAdoptionError ? new SeedError(error.message) : error
        }
      )
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
