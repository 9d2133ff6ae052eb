import { z } from 'zod'
import type { CompletenessCheck } from './coverage.ts'
import { monthsEndingWith, shiftMonth } from './months.ts'

/**
 * The comparison windows (docs/local-monitoring.md#comparison-windows); month-on-month and
 * year-to-date are deliberately absent.
 *
 * - `last-3`: the last 3 months against the same 3 months a year earlier;
 * - `rolling-12`: the last 12 months against the 12 before them;
 * - `month`: one month against the same month in each of the three previous years, as a
 *   c-chart (centre c̄ = their mean, limits c̄ ± 3√c̄).
 *
 * @example
 * ```ts
 * ChangeWindow.parse('rolling-12') //=> 'rolling-12'
 * ```
 */
export const ChangeWindow = z
  .enum(['last-3', 'rolling-12', 'month'])
  .meta({ id: 'ChangeWindow', description: 'Comparison window of a change table' })
export type ChangeWindow = z.infer<typeof ChangeWindow>

/**
 * The months of a window ending with `month`: `current` (oldest first) and the `baselines`,
 * each as long as `current` and aligned with it month by month (`baselines[j][i]` is the
 * baseline month for `current[i]`, nearest year first).
 *
 * @example
 * ```ts
 * const plan: WindowPlan = { current: ['2025-06'], baselines: [['2024-06'], ['2023-06'], ['2022-06']] }
 * ```
 */
export interface WindowPlan {
  current: string[]
  baselines: string[][]
}

/**
 * The months a window compares when its current period ends with `month`. Throws a RangeError
 * for an unknown window or a bad month.
 *
 * @example
 * ```ts
 * windowMonths('last-3', '2025-06')
 * //=> { current: ['2025-04', '2025-05', '2025-06'], baselines: [['2024-04', '2024-05', '2024-06']] }
 * windowMonths('month', '2025-06')
 * //=> { current: ['2025-06'], baselines: [['2024-06'], ['2023-06'], ['2022-06']] }
 * ```
 */
export function windowMonths(window: ChangeWindow, month: string): WindowPlan {
  if (!ChangeWindow.safeParse(window).success) {
    throw new RangeError(
      `window must be one of ${ChangeWindow.options.join(', ')}, got ${String(window)}`
    )
  }
  if (window === 'month') {
    return {
      current: monthsEndingWith(month, 1),
      baselines: [1, 2, 3].map((years) => [shiftMonth(month, -12 * years)]),
    }
  }
  const length = window === 'last-3' ? 3 : 12
  return {
    current: monthsEndingWith(month, length),
    baselines: [monthsEndingWith(shiftMonth(month, -12), length)],
  }
}

/** @internal A window with the months that have a gap taken out. */
export interface UsableWindow extends WindowPlan {
  /** Months of the window left out (a gap, or the partner of a month with a gap), in order. */
  excluded: string[]
}

/**
 * @internal Takes the months with a gap for `measure` out of a window, keeping the comparison
 * fair: a current month with a gap goes with its baseline months; with one baseline period a
 * baseline month with a gap goes with its current month (both periods stay the same length);
 * with several, a baseline period with a gap is dropped whole (the baseline has fewer periods).
 *
 * @example
 * ```ts
 * usableWindow(plan, 'burglary', completenessOf(coverage)).excluded //=> ['2024-12', '2023-12'] when December 2024 has a gap
 * ```
 */
export function usableWindow(
  plan: WindowPlan,
  measure: string,
  complete: CompletenessCheck
): UsableWindow {
  const ok = (month: string) => complete(month, measure)
  let columns = plan.current.map((_, i) => i).filter((i) => ok(plan.current[i] as string))
  let baselines = plan.baselines
  if (baselines.length === 1) {
    const only = baselines[0] as string[]
    columns = columns.filter((i) => ok(only[i] as string))
  } else {
    baselines = baselines.filter((period) => columns.every((i) => ok(period[i] as string)))
  }
  const pick = (months: readonly string[]) => columns.map((i) => months[i] as string)
  const kept = new Set([...pick(plan.current), ...baselines.flatMap(pick)])
  const all = [...plan.current, ...plan.baselines.flat()]
  return {
    current: pick(plan.current),
    baselines: columns.length === 0 ? [] : baselines.map(pick),
    excluded: all.filter((month) => !kept.has(month)).sort(),
  }
}
