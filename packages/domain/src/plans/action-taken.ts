import { z } from 'zod'
import { PriorityId } from '../priorities/schema.ts'
import { Source } from '../source/index.ts'
import { PlanFigurePeriod, PlanFrequency } from './figure-period.ts'

const common = {
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by -'),
  /** The local theme or sub-priority this work serves (the toolkit's reading; see `priorityNote`). */
  priorityId: PriorityId,
  priorityNote: z.string().min(1).optional(),
  /** The plan's heading the item is printed under. */
  heading: z.string().min(1),
  description: z.string().min(1),
  location: z.string().min(1).nullable(),
  period: PlanFigurePeriod,
  source: Source,
}

/**
 * Something a plan reports as done. A `count` carries a number of things issued or delivered (with
 * `unit` as printed and, for ASB powers, an `interventionId`); an `activity` is qualitative, with
 * its `frequency` when the plan gives one.
 *
 * The plan never tags its actions with priorities; it says only that the work was done "in line
 * with the CSP priorities". Each `priorityId` is the toolkit's reading of the heading and subject.
 *
 * @example
 * ```ts
 * PlanActionTaken.parse({ kind: 'count', id: 'fpns', priorityId: 'asb-and-safer-spaces',
 *   heading: 'Anti-social Behaviour', description: 'Fixed Penalty Notices issued', location: null,
 *   count: 2, unit: "Fixed Penalty Notices (FPN's)", interventionId: 'fixed-penalty-notice',
 *   period: { label: 'over the past year', from: null, to: null },
 *   source: { publisher: 'South Derbyshire CSP', title: 'Partnership Plan 2023-26' } }).count //=> 2
 * ```
 */
export const PlanActionTaken = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('count'),
      ...common,
      count: z.number().int().nonnegative(),
      unit: z.string().min(1),
      interventionId: z.string().min(1).nullable(),
    }),
    z.object({
      kind: z.literal('activity'),
      ...common,
      frequency: PlanFrequency.nullable(),
    }),
  ])
  .meta({ id: 'PlanActionTaken' })
export type PlanActionTaken = z.infer<typeof PlanActionTaken>
