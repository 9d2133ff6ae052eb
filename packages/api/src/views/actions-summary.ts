import { findPower, PlanFigurePeriod, PowerId, Source } from '@csp/domain'
import { z } from 'zod'
import type { PlanActionCount } from '../db/repositories/plan-figures.ts'

const CountedAction = z.object({
  actionId: z.string(),
  count: z.number().int().nonnegative(),
  unit: z.string().meta({ description: 'As printed in the plan.' }),
  description: z.string(),
  location: z.string().nullable(),
  priorityId: z.string(),
  period: PlanFigurePeriod,
  source: Source,
})

/**
 * The plan's counted actions: those of an ASB power (`powers`, catalogue order, each with the
 * power's name) and the rest (`otherCounts`). Counts are never summed: each carries its own
 * period, and the plan's periods differ.
 */
export const ActionsSummary = z
  .object({
    planId: z.string(),
    powers: z.array(CountedAction.extend({ power: PowerId, powerName: z.string() })),
    otherCounts: z.array(CountedAction),
  })
  .meta({ id: 'ActionsSummary' })
export type ActionsSummary = z.infer<typeof ActionsSummary>

/**
 * Builds the summary from stored counts.
 *
 * @example
 * ```ts
 * actionsSummary(plan.id, await listPlanActionCounts(db, plan.id)).powers[0]?.power
 * //=> 'warning-letter'
 * ```
 */
export function actionsSummary(planId: string, counts: readonly PlanActionCount[]): ActionsSummary {
  const view = (a: PlanActionCount) => ({
    actionId: a.id,
    count: a.count,
    unit: a.unit,
    description: a.description,
    location: a.location,
    priorityId: a.priorityId,
    period: a.period,
    source: a.source,
  })
  const order = (power: PowerId) => PowerId.options.indexOf(power)
  const powers = counts
    .flatMap((a) => (a.power === null ? [] : [{ ...view(a), power: a.power }]))
    .sort((a, b) => order(a.power) - order(b.power))
    .map((a) => ({ ...a, powerName: findPower(a.power)?.name ?? a.power }))
  return { planId, powers, otherCounts: counts.filter((a) => a.power === null).map(view) }
}
