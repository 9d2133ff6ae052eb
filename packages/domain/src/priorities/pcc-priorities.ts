import type { Source } from '../source/index.ts'
import type { PccPriority } from './schema.ts'
import { deepFreeze } from './freeze.ts'

/**
 * The Police and Crime Plan the PCC priorities come from, as the partnership plan describes it.
 * The commissioner's name is printed with a stray space before the comma; it is dropped here.
 *
 * @example
 * ```ts
 * derbyshirePoliceAndCrimePlan.years //=> { from: 2024, to: 2029 }
 * ```
 */
export const derbyshirePoliceAndCrimePlan = {
  title: 'Police and Crime Plan 2024-2029',
  commissioner: 'Nicolle Ndiweni-Roberts',
  office: 'Police and Crime Commissioner for Derbyshire',
  /** "In November 2024 … set her Police and Crime Plan (2024 -2029)". */
  setIn: '2024-11',
  years: { from: 2024, to: 2029 },
  source: {
    publisher: 'South Derbyshire Community Safety Partnership',
    title: 'South Derbyshire CSP Partnership Plan 2023-26, Derbyshire Boards and PCC Priorities',
    note: "As listed in the partnership plan; not checked against the PCC's own document.",
  } satisfies Source,
} as const

/**
 * The six PCC strategic priorities, in the order printed. The plan's typos are corrected in
 * `title` ("BringingOffenders to Justice..." → "Bringing Offenders to Justice") and kept in
 * `printedAs`. Ids carry a `pcc-` prefix so they never collide with local priority ids.
 *
 * @example
 * ```ts
 * pccStrategicPriorities.find((p) => p.id === 'pcc-bringing-offenders-to-justice')?.title
 * //=> 'Bringing Offenders to Justice'
 * ```
 */
export const pccStrategicPriorities: readonly PccPriority[] = deepFreeze([
  {
    id: 'pcc-serious-violence-including-vawg',
    title: 'Serious Violence including Violence Against Women and Girls (VAWG)',
    printedAs: 'Serious Violence including Violence Against Women and Girls (VAWG).',
  },
  {
    id: 'pcc-asb-and-community-safety',
    title: 'Anti-Social Behaviour (ASB) and Community Safety',
    printedAs: 'Anti-Social Behaviour (ASB) and Community Safety.',
  },
  {
    id: 'pcc-neighbourhood-policing',
    title: 'Neighbourhood Policing',
    printedAs: 'Neighbourhood Policing',
  },
  {
    id: 'pcc-bringing-offenders-to-justice',
    title: 'Bringing Offenders to Justice',
    printedAs: 'BringingOffenders to Justice...',
  },
  {
    id: 'pcc-drug-dealing-and-substance-misuse',
    title: 'Drug Dealing and Substance Misuse',
    printedAs: 'Drug Dealing and Substance Misuse',
  },
  {
    id: 'pcc-supporting-victims-and-safeguarding',
    title: 'Supporting Victims and Safeguarding',
    printedAs: 'Supporting Victims and Safeguarding',
  },
])
