import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { financialYearStarting } from '../dates/index.ts'

/**
 * The period a figure in a plan covers. `label` is the plan's own wording; `from`/`to` are the
 * first and last day when the plan makes them knowable, else `null` (plans are often vague:
 * "over the past year"). `note` says how the dates were read.
 *
 * @example
 * ```ts
 * PlanFigurePeriod.parse({ label: '2024-25', from: '2024-04-01', to: '2025-03-31' }).to //=> '2025-03-31'
 * PlanFigurePeriod.safeParse({ label: 'x', from: '2025-01-01', to: '2024-01-01' }).success //=> false
 * ```
 */
export const PlanFigurePeriod = z
  .object({
    label: z.string().min(1),
    from: IsoDate.nullable(),
    to: IsoDate.nullable(),
    note: z.string().optional(),
  })
  .refine((p) => p.from === null || p.to === null || p.from <= p.to, {
    message: 'from must not be after to',
    path: ['to'],
  })
  .meta({ id: 'PlanFigurePeriod' })
export type PlanFigurePeriod = z.infer<typeof PlanFigurePeriod>

/**
 * A financial year label such as `'2024-25'` or `'2024/25'` as a period from 1 April to 31 March.
 * Throws a `RangeError` naming the label when it is not a financial year.
 *
 * @example
 * ```ts
 * financialYear('2023-24') //=> { label: '2023-24', from: '2023-04-01', to: '2024-03-31' }
 * financialYear('2023-25') // throws RangeError
 * ```
 */
export function financialYear(label: string): { label: string; from: string; to: string } {
  const match = /^(\d{4})[-/–](\d{2})$/.exec(label)
  const start = match ? Number(match[1]) : NaN
  if (!match || (start + 1) % 100 !== Number(match[2])) {
    throw new RangeError(`"${label}" is not a financial year such as "2024-25"`)
  }
  const { from, to } = financialYearStarting(start)
  return { label, from, to }
}

/**
 * How often a meeting or activity happens, in the plan's words. `bi-monthly` is kept as printed:
 * the plan does not say whether it means every two months or twice a month.
 *
 * @example
 * ```ts
 * PlanFrequency.parse('fortnightly') //=> 'fortnightly'
 * ```
 */
export const PlanFrequency = z
  .enum(['weekly', 'fortnightly', 'monthly', 'bi-monthly', 'quarterly', 'annual'])
  .meta({ id: 'PlanFrequency' })
export type PlanFrequency = z.infer<typeof PlanFrequency>
