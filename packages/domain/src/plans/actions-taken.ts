import { southDerbyshireActivities } from './action-activities.ts'
import { southDerbyshireActionCounts } from './action-counts.ts'
import type { PlanActionTaken } from './action-taken.ts'

/**
 * Every item of the plan's "Action Taken" pages: the counted outputs, then the qualitative work.
 *
 * @example
 * ```ts
 * southDerbyshireActionsTaken.length //=> 21 (8 counts + 13 activities)
 * ```
 */
export const southDerbyshireActionsTaken: readonly PlanActionTaken[] = [
  ...southDerbyshireActionCounts,
  ...southDerbyshireActivities,
]
