import { z } from 'zod'
import { southDerbyshireThemes } from './local-priorities.ts'
import { southDerbyshirePriorityLinks } from './links.ts'
import { pccStrategicPriorities } from './pcc-priorities.ts'
import { CountyThemeGroup, PccPriority, PriorityLink, PriorityTheme } from './schema.ts'
import { derbyshireThemeGroups } from './theme-groups.ts'
import { deepFreeze } from './freeze.ts'

/**
 * A partnership's priorities: its local themes, the PCC priorities and county theme groups around
 * them, and the links between them. Validation rejects duplicate ids (across all four kinds, which
 * share one namespace) and links whose priority or target does not exist. Measure ids are not
 * checked here: a set may use measures outside the bundled catalogue.
 *
 * @example
 * ```ts
 * PrioritySet.safeParse({ themes: [], pccPriorities: [], countyThemeGroups: [],
 *   links: [{ priorityId: 'nope', target: { kind: 'measure', id: 'hate-crime' }, basis: 'inferred', reason: 'x' }] }).success
 * //=> false (links[0].priorityId names no theme or sub-priority)
 * ```
 */
export const PrioritySet = z
  .object({
    themes: z.array(PriorityTheme),
    pccPriorities: z.array(PccPriority),
    countyThemeGroups: z.array(CountyThemeGroup),
    links: z.array(PriorityLink),
  })
  .superRefine((set, ctx) => {
    const local = new Set<string>()
    const seen = new Set<string>()
    const claim = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `duplicate id "${id}"` })
      seen.add(id)
    }
    set.themes.forEach((theme, t) => {
      claim(theme.id, ['themes', t, 'id'])
      local.add(theme.id)
      theme.subPriorities.forEach((sub, s) => {
        claim(sub.id, ['themes', t, 'subPriorities', s, 'id'])
        local.add(sub.id)
      })
    })
    const pcc = new Set(set.pccPriorities.map((p) => p.id))
    const groups = new Set(set.countyThemeGroups.map((g) => g.id))
    set.pccPriorities.forEach((p, i) => claim(p.id, ['pccPriorities', i, 'id']))
    set.countyThemeGroups.forEach((g, i) => claim(g.id, ['countyThemeGroups', i, 'id']))
    set.links.forEach((link, i) => {
      if (!local.has(link.priorityId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['links', i, 'priorityId'],
          message: `"${link.priorityId}" is not a theme or sub-priority of this set`,
        })
      }
      const { kind, id } = link.target
      const known = kind === 'pcc-priority' ? pcc : kind === 'county-theme-group' ? groups : null
      if (known && !known.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['links', i, 'target', 'id'],
          message: `"${id}" is not a ${kind} of this set`,
        })
      }
    })
  })
  .meta({ id: 'PrioritySet' })
export type PrioritySet = z.infer<typeof PrioritySet>

/**
 * South Derbyshire's priorities for 2023-26 as one validated, frozen set.
 *
 * @example
 * ```ts
 * southDerbyshirePriorities.themes.length //=> 4
 * southDerbyshirePriorities.pccPriorities.length //=> 6
 * southDerbyshirePriorities.countyThemeGroups.length //=> 9
 * ```
 */
export const southDerbyshirePriorities: PrioritySet = deepFreeze(
  PrioritySet.parse({
    themes: southDerbyshireThemes,
    pccPriorities: pccStrategicPriorities,
    countyThemeGroups: derbyshireThemeGroups,
    links: southDerbyshirePriorityLinks,
  })
)
