import { z } from 'zod'
import { MeasureId } from '../crime/measures.ts'

/**
 * A stable priority id: lowercase kebab-case words, safe in a URL path segment. Local themes,
 * sub-priorities, PCC priorities (`pcc-…`) and county theme groups (`county-…`) share one
 * namespace, so an id never means two things.
 *
 * @example
 * ```ts
 * PriorityId.parse('asb-and-safer-spaces') //=> 'asb-and-safer-spaces'
 * PriorityId.safeParse('ASB and Safer Spaces').success //=> false
 * ```
 */
export const PriorityId = z
  .string()
  .max(100, 'must be at most 100 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by -')
  .meta({ id: 'PriorityId' })
export type PriorityId = z.infer<typeof PriorityId>

/**
 * A sub-priority listed under a local theme. `printedAs` keeps the plan's wording so the data can
 * be checked against the document; `strands` holds the parts the plan names in brackets.
 *
 * @example
 * ```ts
 * SubPriority.parse({ id: 'youth-asb', title: 'Youth ASB', printedAs: 'Youth ASB (Diversion, Early intervention, Enforcement)',
 *   strands: ['Diversion', 'Early intervention', 'Enforcement'] }).strands.length //=> 3
 * ```
 */
export const SubPriority = z
  .object({
    id: PriorityId,
    title: z.string().min(1),
    printedAs: z.string().min(1),
    strands: z.array(z.string().min(1)).default([]),
  })
  .meta({ id: 'SubPriority' })
export type SubPriority = z.infer<typeof SubPriority>

/**
 * One of a partnership's local priority themes with its sub-priorities.
 *
 * @example
 * ```ts
 * PriorityTheme.parse({ id: 'violence', title: 'Violence', printedAs: 'Violence', subPriorities: [] }).id
 * //=> 'violence'
 * ```
 */
export const PriorityTheme = z
  .object({
    id: PriorityId,
    title: z.string().min(1),
    printedAs: z.string().min(1),
    subPriorities: z.array(SubPriority),
  })
  .meta({ id: 'PriorityTheme' })
export type PriorityTheme = z.infer<typeof PriorityTheme>

/**
 * A strategic priority of the Police and Crime Commissioner's Police and Crime Plan.
 * `printedAs` is the plan's text, typos included; `title` is the corrected wording.
 *
 * @example
 * ```ts
 * PccPriority.parse({ id: 'pcc-neighbourhood-policing', title: 'Neighbourhood Policing',
 *   printedAs: 'Neighbourhood Policing' }).title //=> 'Neighbourhood Policing'
 * ```
 */
export const PccPriority = z
  .object({ id: PriorityId, title: z.string().min(1), printedAs: z.string().min(1) })
  .meta({ id: 'PccPriority' })
export type PccPriority = z.infer<typeof PccPriority>

/**
 * A county-level Community Safety theme group (a thematic board meeting).
 *
 * @example
 * ```ts
 * CountyThemeGroup.parse({ id: 'county-prevent', name: 'Prevent', printedAs: 'Prevent' }).name
 * //=> 'Prevent'
 * ```
 */
export const CountyThemeGroup = z
  .object({ id: PriorityId, name: z.string().min(1), printedAs: z.string().min(1) })
  .meta({ id: 'CountyThemeGroup' })
export type CountyThemeGroup = z.infer<typeof CountyThemeGroup>

/**
 * Whether a link is printed in the plan (`stated`) or read into it by the toolkit (`inferred`).
 *
 * @example
 * ```ts
 * LinkBasis.parse('inferred') //=> 'inferred'
 * ```
 */
export const LinkBasis = z.enum(['stated', 'inferred']).meta({ id: 'LinkBasis' })
export type LinkBasis = z.infer<typeof LinkBasis>

/**
 * What a local priority is linked to: a PCC priority it serves, a county theme group it reports
 * into, or a measure whose figures evidence it.
 *
 * @example
 * ```ts
 * PriorityLinkTarget.parse({ kind: 'measure', id: 'hate-crime' }).kind //=> 'measure'
 * ```
 */
export const PriorityLinkTarget = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('pcc-priority'), id: PriorityId }),
    z.object({ kind: z.literal('county-theme-group'), id: PriorityId }),
    z.object({ kind: z.literal('measure'), id: MeasureId }),
  ])
  .meta({ id: 'PriorityLinkTarget' })
export type PriorityLinkTarget = z.infer<typeof PriorityLinkTarget>

/**
 * One link from a local theme or sub-priority to a target, with its basis and the reason for it.
 *
 * @example
 * ```ts
 * PriorityLink.parse({ priorityId: 'burglary', target: { kind: 'measure', id: 'residential-burglary' },
 *   basis: 'inferred', reason: 'Same offence group.' }).basis //=> 'inferred'
 * ```
 */
export const PriorityLink = z
  .object({
    priorityId: PriorityId,
    target: PriorityLinkTarget,
    basis: LinkBasis,
    reason: z.string().min(1),
  })
  .meta({ id: 'PriorityLink' })
export type PriorityLink = z.infer<typeof PriorityLink>
