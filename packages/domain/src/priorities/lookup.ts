import { z } from 'zod'
import { MeasureId } from '../crime/measures.ts'
import { southDerbyshirePriorities, type PrioritySet } from './priority-set.ts'
import { PriorityId, type CountyThemeGroup, type PccPriority, type PriorityLink } from './schema.ts'

/**
 * A local theme or sub-priority seen on its own, with the theme it sits in (a theme's `themeId`
 * is its own id).
 *
 * @example
 * ```ts
 * findLocalPriority('burglary')
 * //=> { id: 'burglary', title: 'Burglary', printedAs: 'Burglary', kind: 'sub-priority', themeId: 'acquisitive-and-rural-crime' }
 * ```
 */
export const LocalPriority = z
  .object({
    id: PriorityId,
    title: z.string().min(1),
    printedAs: z.string().min(1),
    kind: z.enum(['theme', 'sub-priority']),
    themeId: PriorityId,
  })
  .meta({ id: 'LocalPriority' })
export type LocalPriority = z.infer<typeof LocalPriority>

/**
 * Every theme and sub-priority of a set, in plan order, each theme followed by its sub-priorities.
 *
 * @example
 * ```ts
 * localPriorities().length //=> 22 (4 themes + 18 sub-priorities)
 * ```
 */
export function localPriorities(set: PrioritySet = southDerbyshirePriorities): LocalPriority[] {
  return set.themes.flatMap((theme) => [
    {
      id: theme.id,
      title: theme.title,
      printedAs: theme.printedAs,
      kind: 'theme',
      themeId: theme.id,
    },
    ...theme.subPriorities.map((sub) => ({
      id: sub.id,
      title: sub.title,
      printedAs: sub.printedAs,
      kind: 'sub-priority' as const,
      themeId: theme.id,
    })),
  ])
}

/**
 * Finds a local theme or sub-priority by id; `undefined` when the set has none.
 *
 * @example
 * ```ts
 * findLocalPriority('violence')?.kind //=> 'theme'
 * findLocalPriority('pcc-neighbourhood-policing') //=> undefined (a PCC priority, not a local one)
 * ```
 */
export function findLocalPriority(
  priorityId: string,
  set: PrioritySet = southDerbyshirePriorities
): LocalPriority | undefined {
  return localPriorities(set).find((p) => p.id === priorityId)
}

/**
 * Like {@link findLocalPriority} but throws a `RangeError` naming the id when it is unknown.
 *
 * @example
 * ```ts
 * requireLocalPriority('knife-crime') // throws RangeError: Unknown local priority id "knife-crime" …
 * ```
 */
export function requireLocalPriority(
  priorityId: string,
  set: PrioritySet = southDerbyshirePriorities
): LocalPriority {
  const found = findLocalPriority(priorityId, set)
  if (!found) {
    const known = set.themes.map((t) => t.id).join(', ')
    throw new RangeError(
      `Unknown local priority id "${priorityId}": expected a theme (${known}) or one of their sub-priority ids`
    )
  }
  return found
}

/**
 * The links that apply to a local priority. A theme gathers its own links and its sub-priorities';
 * a sub-priority gets its own and its theme's (what a theme serves, each part of it serves too).
 * Throws a `RangeError` for an unknown id.
 *
 * @example
 * ```ts
 * priorityLinksFor('parks-and-open-spaces').map((l) => l.target.id)
 * //=> ['pcc-asb-and-community-safety', 'county-neighbourhood-crime-and-asb', 'anti-social-behaviour']
 * ```
 */
export function priorityLinksFor(
  priorityId: string,
  set: PrioritySet = southDerbyshirePriorities
): PriorityLink[] {
  const priority = requireLocalPriority(priorityId, set)
  const related = new Set([priority.id, priority.themeId])
  if (priority.kind === 'theme') {
    const theme = set.themes.find((t) => t.id === priority.id)
    theme?.subPriorities.forEach((sub) => related.add(sub.id))
  }
  return set.links.filter((link) => related.has(link.priorityId))
}

function targetIds(links: readonly PriorityLink[], kind: PriorityLink['target']['kind']) {
  return new Set(links.filter((l) => l.target.kind === kind).map((l) => l.target.id))
}

/**
 * The PCC strategic priorities a local theme or sub-priority serves, in the PCC plan's order
 * (links inherited up and down as in {@link priorityLinksFor}). Throws a `RangeError` for an unknown id.
 *
 * @example
 * ```ts
 * pccPrioritiesFor('targeting-persistent-offenders').map((p) => p.id)
 * //=> ['pcc-asb-and-community-safety', 'pcc-bringing-offenders-to-justice']
 * ```
 */
export function pccPrioritiesFor(
  priorityId: string,
  set: PrioritySet = southDerbyshirePriorities
): PccPriority[] {
  const ids = targetIds(priorityLinksFor(priorityId, set), 'pcc-priority')
  return set.pccPriorities.filter((p) => ids.has(p.id))
}

/**
 * The county theme groups a local theme or sub-priority reports into, in the chart's order.
 * Throws a `RangeError` for an unknown id.
 *
 * @example
 * ```ts
 * themeGroupsFor('cyber-safety').map((g) => g.name) //=> ['Online Harm']
 * ```
 */
export function themeGroupsFor(
  priorityId: string,
  set: PrioritySet = southDerbyshirePriorities
): CountyThemeGroup[] {
  const ids = targetIds(priorityLinksFor(priorityId, set), 'county-theme-group')
  return set.countyThemeGroups.filter((g) => ids.has(g.id))
}

/**
 * The ids of the measures that evidence a local theme or sub-priority, in link order.
 * Throws a `RangeError` for an unknown id.
 *
 * @example
 * ```ts
 * measureIdsFor('violence') //=> ['domestic-abuse', 'serious-violence']
 * measureIdsFor('modern-slavery') //=> [] (no table measures it)
 * ```
 */
export function measureIdsFor(
  priorityId: string,
  set: PrioritySet = southDerbyshirePriorities
): string[] {
  return [...targetIds(priorityLinksFor(priorityId, set), 'measure')]
}

/**
 * The local priorities a measure evidences: each directly linked theme or sub-priority and, for a
 * sub-priority, its theme; in plan order. A well-formed measure id that no priority uses gives
 * `[]`; a malformed one throws a `RangeError`.
 *
 * @example
 * ```ts
 * prioritiesForMeasure('domestic-abuse').map((p) => p.id)
 * //=> ['violence', 'domestic-abuse-and-serious-sexual-violence']
 * prioritiesForMeasure('anti-social-behaviour').map((p) => p.id) //=> ['asb-and-safer-spaces']
 * ```
 */
export function prioritiesForMeasure(
  measureId: string,
  set: PrioritySet = southDerbyshirePriorities
): LocalPriority[] {
  if (!MeasureId.safeParse(measureId).success) {
    throw new RangeError(`"${measureId}" is not a measure id (e.g. "anti-social-behaviour")`)
  }
  const all = localPriorities(set)
  const direct = set.links
    .filter((l) => l.target.kind === 'measure' && l.target.id === measureId)
    .map((l) => l.priorityId)
  const wanted = new Set(all.filter((p) => direct.includes(p.id)).flatMap((p) => [p.id, p.themeId]))
  return all.filter((p) => wanted.has(p.id))
}
