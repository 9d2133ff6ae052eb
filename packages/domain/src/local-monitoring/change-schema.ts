import { z } from 'zod'
import { MeasureId } from '../crime/measures.ts'
import { PoliceUkMonth } from '../police-uk/month.ts'
import { PAdjustment } from './adjust.ts'
import { ChangeWindow } from './windows.ts'

/**
 * The direction of a change the table calls significant.
 *
 * @example
 * ```ts
 * ChangeFlag.parse('increase') //=> 'increase'
 * ```
 */
export const ChangeFlag = z.enum(['increase', 'decrease']).meta({ id: 'ChangeFlag' })
export type ChangeFlag = z.infer<typeof ChangeFlag>

/**
 * The c-chart of a `month` row: centre c̄ (the baseline mean) and limits c̄ ± 3√c̄ (the lower
 * one never below 0), to 1 d.p.; `exception` says whether this month's count is outside them
 * (judged on the unrounded limits). A chart rule, not adjusted for the number of rows.
 *
 * @example
 * ```ts
 * ControlLimits.parse({ centre: 20, lower: 6.6, upper: 33.4, exception: 'above' })
 * ```
 */
export const ControlLimits = z
  .object({
    centre: z.number().nonnegative(),
    lower: z.number().nonnegative(),
    upper: z.number().nonnegative(),
    exception: z.enum(['above', 'below']).nullable(),
  })
  .meta({ id: 'ControlLimits' })
export type ControlLimits = z.infer<typeof ControlLimits>

/**
 * One row of a change table: one area and one measure. `current` is C; `baseline` the expected
 * count for the same length of time (B, or c̄ = B / k for the `month` window, 1 d.p.), with
 * `baselineTotal` B over `baselinePeriods` k; `difference` C − baseline; `percentChange` only
 * when the baseline is at least 20; `z` the square-root Z; `p` the exact two-sided conditional
 * p; `pAdjusted` the p adjusted across the table (`null` for rows with C + B < 10, which are
 * never flagged and so are not tested); `flag` set only when C + B ≥ 10 and `pAdjusted` is
 * below alpha. Figures are `null` when the window has no usable month. `complete` is false
 * when months were left out for a gap (listed in `excludedMonths`).
 *
 * @example
 * ```ts
 * ChangeRow.parse({ area: 'E05012345', measure: 'police-uk.anti-social-behaviour',
 *   current: 62, baseline: 40, baselineTotal: 40, baselinePeriods: 1, difference: 22,
 *   percentChange: 55, z: 2.19, p: 0.037, pAdjusted: 0.037, flag: 'increase',
 *   complete: true, excludedMonths: [], limits: null })
 * ```
 */
export const ChangeRow = z
  .object({
    area: z.string().min(1),
    measure: MeasureId,
    current: z.number().int().nonnegative().nullable(),
    baseline: z.number().nonnegative().nullable(),
    baselineTotal: z.number().int().nonnegative().nullable(),
    baselinePeriods: z.number().int().nonnegative(),
    difference: z.number().nullable(),
    percentChange: z.number().nullable(),
    z: z.number().nullable(),
    p: z.number().min(0).max(1).nullable(),
    pAdjusted: z.number().min(0).max(1).nullable(),
    flag: ChangeFlag.nullable(),
    complete: z.boolean(),
    excludedMonths: z.array(PoliceUkMonth),
    limits: ControlLimits.nullable(),
  })
  .meta({ id: 'ChangeRow' })
export type ChangeRow = z.infer<typeof ChangeRow>

/**
 * A period of a change table: its first and last month and every month in it.
 *
 * @example
 * ```ts
 * ChangePeriod.parse({ from: '2025-04', to: '2025-06', months: ['2025-04', '2025-05', '2025-06'] })
 * ```
 */
export const ChangePeriod = z
  .object({ from: PoliceUkMonth, to: PoliceUkMonth, months: z.array(PoliceUkMonth) })
  .meta({ id: 'ChangePeriod' })
export type ChangePeriod = z.infer<typeof ChangePeriod>

/**
 * A change table: a window ending with `month`, its current and baseline months (before any
 * gap was taken out), the rule used to flag (`adjustment`, `alpha`, the minimum total for a
 * flag and the minimum baseline for a percentage) and one row per area and measure.
 * `complete` is false when any row left months out for a gap.
 *
 * @example
 * ```ts
 * ChangeTable.shape.window.parse('last-3') //=> 'last-3'
 * ```
 */
export const ChangeTable = z
  .object({
    window: ChangeWindow,
    month: PoliceUkMonth,
    current: ChangePeriod,
    baseline: ChangePeriod,
    complete: z.boolean(),
    adjustment: PAdjustment,
    alpha: z.number().gt(0).lt(1),
    minimumTotalForFlag: z.number().int().positive(),
    minimumBaselineForPercent: z.number().int().positive(),
    rows: z.array(ChangeRow),
  })
  .meta({ id: 'ChangeTable' })
export type ChangeTable = z.infer<typeof ChangeTable>
