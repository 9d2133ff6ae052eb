import { z } from 'zod'
import { policeUkMonthPattern } from './month-key.ts'

/**
 * A police.uk month, `YYYY-MM` (the street file's `Month` column).
 *
 * @example
 * ```ts
 * PoliceUkMonth.parse('2024-12') //=> '2024-12'
 * PoliceUkMonth.safeParse('2024-13').success //=> false
 * ```
 */
export const PoliceUkMonth = z
  .string()
  .regex(policeUkMonthPattern, 'must be a month in the form YYYY-MM')
  .meta({ id: 'PoliceUkMonth', description: 'Month YYYY-MM' })
export type PoliceUkMonth = z.infer<typeof PoliceUkMonth>

export { monthFromKey, monthKeyAt, monthKeyOf, policeUkMonthsBetween } from './month-key.ts'
