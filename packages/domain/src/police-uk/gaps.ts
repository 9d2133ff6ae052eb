import { z } from 'zod'
import { PoliceUkCrimeType } from './crime-types.ts'
import { PoliceUkMonth } from './month.ts'

/**
 * Why a month looks incomplete: the force has no rows at all (`missing-month`), a crime type
 * it reports in most months (median above zero) is absent (`missing-crime-type`), or far below
 * its own median (`low-count`). Such months must be flagged, not reported as falls
 * (docs/police-uk.md#gaps).
 *
 * @example
 * ```ts
 * PoliceUkGapKind.parse('low-count') //=> 'low-count'
 * ```
 */
export const PoliceUkGapKind = z
  .enum(['missing-month', 'missing-crime-type', 'low-count'])
  .meta({ id: 'PoliceUkGapKind' })
export type PoliceUkGapKind = z.infer<typeof PoliceUkGapKind>

/**
 * A suspected gap in a force's published data. `force` is the `Reported by` value (`null` only
 * for an expected month when no rows were read at all); `crimeType` is `null` for a missing
 * month. `count` and `median` (over the force's months with data) are set for crime-type gaps.
 *
 * @example
 * ```ts
 * PoliceUkGap.parse({ month: '2024-05', force: 'Derbyshire Constabulary',
 *   crimeType: 'Shoplifting', kind: 'missing-crime-type', count: 0, median: 612 })
 * ```
 */
export const PoliceUkGap = z
  .object({
    month: PoliceUkMonth,
    force: z.string().nullable(),
    crimeType: PoliceUkCrimeType.nullable(),
    kind: PoliceUkGapKind,
    count: z.number().int().nonnegative().optional(),
    median: z.number().nonnegative().optional(),
  })
  .meta({ id: 'PoliceUkGap' })
export type PoliceUkGap = z.infer<typeof PoliceUkGap>

export {
  checkPoliceUkGapOptions,
  findPoliceUkGaps,
  policeUkGapDefaults,
  type PoliceUkForceMonthCount,
  type PoliceUkGapOptions,
} from './find-gaps.ts'
