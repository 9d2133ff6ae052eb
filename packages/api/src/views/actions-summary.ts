import {
  type ActionPeriod,
  countActionsByPeriod,
  countActionsByPower,
  addDays,
  addYears,
  findPower,
  IsoDate,
  PlanFigurePeriod,
  PowerId,
  Source,
} from '@csp/domain'
import { z } from 'zod'
import type { PlanActionCount } from '../db/repositories/plan-figures.ts'
import type { FieldError } from '../schemas/field-error.ts'
import type { RecordedAction } from '../schemas/actions.ts'

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

const Counts = z.object({
  from: IsoDate,
  to: IsoDate,
  total: z.number().int(),
  byPower: z.record(PowerId, z.number().int()),
  byPriority: z.record(z.string(), z.number().int()),
})

/**
 * Actions recorded in the toolkit (domain `countActionsByPower` / `countActionsByPeriod`) for
 * a window, in total and by period; a different source from the plan's published counts.
 */
export const RecordedActionCounts = Counts.extend({
  source: z.literal('recorded-actions'),
  period: z.enum(['month', 'quarter', 'year', 'financial-year']),
  periods: z.array(Counts.extend({ label: z.string().meta({ example: '2025-26' }) })),
}).meta({ id: 'RecordedActionCounts' })
export type RecordedActionCounts = z.infer<typeof RecordedActionCounts>

/**
 * The plan's counted actions: those of an ASB power (`powers`, catalogue order, each with the
 * power's name) and the rest (`otherCounts`), and the actions recorded in the toolkit
 * (`recorded`). Counts are never summed: each carries its own period and source, and the plan's
 * periods differ.
 */
export const ActionsSummary = z
  .object({
    planId: z.string(),
    powers: z.array(CountedAction.extend({ power: PowerId, powerName: z.string() })),
    otherCounts: z.array(CountedAction),
    recorded: RecordedActionCounts,
  })
  .meta({ id: 'ActionsSummary' })
export type ActionsSummary = z.infer<typeof ActionsSummary>

/** The longest window of `GET /v1/actions/summary` and the most periods it counts. */
export const actionsSummaryLimits = { maxYears: 10, maxPeriods: 120 } as const

const periodWords: Record<ActionPeriod, string> = {
  month: 'months',
  quarter: 'quarters',
  year: 'years',
  'financial-year': 'financial years',
}

/**
 * How many periods (whole or part) `from`–`to` spans, worked out without listing them.
 *
 * @example
 * ```ts
 * periodCount({ from: '2015-04-15', to: '2025-04-14' }, 'month') //=> 121
 * periodCount({ from: '2024-04-01', to: '2025-03-31' }, 'financial-year') //=> 1
 * ```
 */
export function periodCount(window: { from: string; to: string }, period: ActionPeriod): number {
  const [fromYear, fromMonth] = window.from.split('-').map(Number) as [number, number]
  const [toYear, toMonth] = window.to.split('-').map(Number) as [number, number]
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1
  if (period === 'month') return months
  if (period === 'year') return toYear - fromYear + 1
  const quarter = (year: number, month: number) => year * 4 + Math.floor((month - 1) / 3)
  if (period === 'quarter') return quarter(toYear, toMonth) - quarter(fromYear, fromMonth) + 1
  const financialYear = (year: number, month: number) => (month < 4 ? year - 1 : year)
  return financialYear(toYear, toMonth) - financialYear(fromYear, fromMonth) + 1
}

/**
 * The window of an actions summary (default: this financial year), or field errors (query) for
 * a window over {@link actionsSummaryLimits}: at most 10 years long, at most 120 periods, so a
 * public request never asks for unbounded work.
 *
 * @example
 * ```ts
 * actionsSummaryWindowOf({ from: '2015-04-15', to: '2025-04-14', period: 'month' }, year)
 * //=> { errors: [{ path: 'period', message: 'this window has 121 months; …', in: 'query' }] }
 * ```
 */
export function actionsSummaryWindowOf(
  query: { from?: string | undefined; to?: string | undefined; period: ActionPeriod },
  year: { from: string; to: string }
): { from: string; to: string } | { errors: FieldError[] } {
  const from = query.from ?? year.from
  const to = query.to ?? year.to
  const error = (path: string, message: string) => ({
    errors: [{ path, message, in: 'query' as const }],
  })
  if (from > to) return error('to', 'must not be before from')
  const { maxYears, maxPeriods } = actionsSummaryLimits
  const latest = addDays(addYears(from, maxYears), -1)
  if (to > latest) {
    return error(
      'to',
      `the window may be at most ${maxYears} years long: to must be on or before ${latest}`
    )
  }
  const periods = periodCount({ from, to }, query.period)
  if (periods > maxPeriods) {
    return error(
      'period',
      `this window has ${periods} ${periodWords[query.period]}; at most ${maxPeriods} periods are counted: choose a longer period or a shorter window`
    )
  }
  return { from, to }
}

/**
 * Counts recorded actions for `window`, in total and split by `period`.
 *
 * @example
 * ```ts
 * recordedActionCounts(await listActionRecords(db), { from: '2025-04-01', to: '2026-03-31',
 *   period: 'quarter' }).periods.map((p) => p.label) //=> ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']
 * ```
 */
export function recordedActionCounts(
  actions: readonly RecordedAction[],
  window: { from: string; to: string; period: ActionPeriod }
): RecordedActionCounts {
  const records = actions.map((a) => ({
    id: a.id,
    power: a.power,
    date: a.date,
    agency: a.agency.id,
    count: a.count,
    ...(a.priorityId === null ? {} : { priorityId: a.priorityId }),
  }))
  return {
    source: 'recorded-actions',
    period: window.period,
    ...countActionsByPower(records, window),
    periods: countActionsByPeriod(records, window),
  }
}

/**
 * Builds the summary from the plan's stored counts and the recorded ones.
 *
 * @example
 * ```ts
 * actionsSummary(plan.id, await listPlanActionCounts(db, plan.id), recorded).powers[0]?.power
 * //=> 'warning-letter'
 * ```
 */
export function actionsSummary(
  planId: string,
  counts: readonly PlanActionCount[],
  recorded: RecordedActionCounts
): ActionsSummary {
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
  const otherCounts = counts.filter((a) => a.power === null).map(view)
  return { planId, powers, otherCounts, recorded }
}
