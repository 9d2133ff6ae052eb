import type { PlanActionTaken } from './action-taken.ts'
import type { PlanFigurePeriod } from './figure-period.ts'
import { southDerbyshirePlanSource } from './source.ts'

type CountFields = Omit<Extract<PlanActionTaken, { kind: 'count' }>, 'kind' | 'source' | 'period'>
type ActivityFields = Omit<
  Extract<PlanActionTaken, { kind: 'activity' }>,
  'kind' | 'source' | 'period' | 'frequency'
>
type Frequency = Extract<PlanActionTaken, { kind: 'activity' }>['frequency']

const source = southDerbyshirePlanSource('Action Taken')

/**
 * The period of an item printed under "Over the past year the following work has been
 * completed". The plan does not say which twelve months, so there are no dates.
 *
 * @example
 * ```ts
 * pastYearAsStated.from //=> null
 * ```
 */
export const pastYearAsStated: PlanFigurePeriod = {
  label: 'over the past year',
  from: null,
  to: null,
  note: 'As stated in the plan, which does not say which twelve months.',
}

/**
 * Builds a counted South Derbyshire action with the Action Taken source.
 *
 * @example
 * ```ts
 * countAction({ id: 'fpns', priorityId: 'asb-and-safer-spaces', heading: 'Anti-social Behaviour',
 *   description: 'FPNs issued', location: null, count: 2, unit: "FPN's", interventionId: null }).kind
 * //=> 'count'
 * ```
 */
export function countAction(
  fields: CountFields,
  period: PlanFigurePeriod = pastYearAsStated
): PlanActionTaken {
  return { kind: 'count', ...fields, period, source }
}

/**
 * Builds a qualitative South Derbyshire action with the Action Taken source.
 *
 * @example
 * ```ts
 * activityAction({ id: 'x', priorityId: 'violence', heading: 'Action Taken cont.',
 *   description: 'A campaign', location: null }, 'weekly').frequency //=> 'weekly'
 * ```
 */
export function activityAction(
  fields: ActivityFields,
  frequency: Frequency = null,
  period: PlanFigurePeriod = pastYearAsStated
): PlanActionTaken {
  return { kind: 'activity', ...fields, frequency, period, source }
}
