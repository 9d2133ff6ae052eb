import { planMeasures, type Measure } from '../crime/measures.ts'
import {
  priorityLinksFor,
  measureIdsFor,
  pccPrioritiesFor,
  requireLocalPriority,
  themeGroupsFor,
  type LocalPriority,
} from './lookup.ts'
import type { PrioritySet } from './priority-set.ts'
import type { CountyThemeGroup, PccPriority, PriorityLink } from './schema.ts'

/**
 * What {@link priorityDetails} needs from a plan: its priorities and its action records, each
 * tagged with the local priority it serves. Kept structural so any action record type fits.
 *
 * @example
 * ```ts
 * const plan: PlanWithPriorities<{ priorityId: string }> = southDerbyshirePlan
 * ```
 */
export interface PlanWithPriorities<A extends { priorityId: string }> {
  readonly priorities: PrioritySet
  readonly actionsTaken: readonly A[]
}

/**
 * Everything a plan says about one local priority.
 *
 * @example
 * ```ts
 * const details: PriorityDetails<{ priorityId: string }> = priorityDetails(southDerbyshirePlan, 'violence')
 * ```
 */
export interface PriorityDetails<A> {
  priority: LocalPriority
  measures: Measure[]
  pccPriorities: PccPriority[]
  themeGroups: CountyThemeGroup[]
  actions: A[]
  /** The links the other lists come from, with their basis and reason. */
  links: PriorityLink[]
}

/**
 * A local priority with its measures, the PCC priorities and county theme groups it serves, and
 * the plan's actions for it.
 *
 * Links are inherited as in `priorityLinksFor` (theme ↔ sub-priorities). Actions are not inherited
 * downwards: a theme collects the actions tagged with the theme or any of its sub-priorities, but
 * a sub-priority collects only the actions tagged with it, since work recorded against a whole
 * theme is not evidence about each part. Measures are resolved in `measures` (default: the plan's
 * six); an id missing from it throws. An unknown priority id throws a `RangeError`.
 *
 * @example
 * ```ts
 * const asb = priorityDetails(southDerbyshirePlan, 'asb-and-safer-spaces')
 * asb.measures.map((m) => m.id) //=> ['anti-social-behaviour']
 * asb.pccPriorities.map((p) => p.id) //=> ['pcc-asb-and-community-safety', 'pcc-bringing-offenders-to-justice']
 * priorityDetails(southDerbyshirePlan, 'parks-and-open-spaces').actions.length //=> 1 (the Eureka Park PSPO)
 * ```
 */
export function priorityDetails<A extends { priorityId: string }>(
  plan: PlanWithPriorities<A>,
  priorityId: string,
  options: { measures?: readonly Measure[] } = {}
): PriorityDetails<A> {
  const set = plan.priorities
  const priority = requireLocalPriority(priorityId, set)
  const catalogue = options.measures ?? planMeasures
  const measures = measureIdsFor(priorityId, set).map((id) => {
    const measure = catalogue.find((m) => m.id === id)
    if (!measure) throw new RangeError(`Priority "${priorityId}" links to unknown measure "${id}"`)
    return measure
  })
  const own = new Set([priority.id])
  if (priority.kind === 'theme') {
    set.themes.find((t) => t.id === priority.id)?.subPriorities.forEach((s) => own.add(s.id))
  }
  return {
    priority,
    measures,
    pccPriorities: pccPrioritiesFor(priorityId, set),
    themeGroups: themeGroupsFor(priorityId, set),
    actions: plan.actionsTaken.filter((action) => own.has(action.priorityId)),
    links: priorityLinksFor(priorityId, set),
  }
}
