import type { PriorityTheme } from './schema.ts'
import { deepFreeze } from './freeze.ts'

/**
 * The South Derbyshire CSP's four local priority themes for 2023-26, with their sub-priorities in
 * the order printed ("South Derbyshire CSP Priorities", page 6 of the plan). Titles drop the
 * plan's punctuation quirks; `printedAs` keeps the printed wording.
 *
 * @example
 * ```ts
 * southDerbyshireThemes.map((t) => t.id)
 * //=> ['asb-and-safer-spaces', 'safeguarding-and-vulnerability', 'violence', 'acquisitive-and-rural-crime']
 * ```
 */
export const southDerbyshireThemes: readonly PriorityTheme[] = deepFreeze([
  {
    id: 'asb-and-safer-spaces',
    title: 'ASB and Safer Spaces',
    printedAs: 'ASB and Safer Spaces',
    subPriorities: [
      sub('parks-and-open-spaces', 'Parks and Open Spaces'),
      {
        id: 'youth-asb',
        title: 'Youth ASB',
        printedAs: 'Youth ASB (Diversion, Early intervention, Enforcement)',
        strands: ['Diversion', 'Early intervention', 'Enforcement'],
      },
      sub('nuisance-vehicles-and-parking', 'Nuisance Vehicles & Parking'),
      sub('targeting-persistent-offenders', 'Targeting Persistent Offenders'),
    ],
  },
  {
    id: 'safeguarding-and-vulnerability',
    title: 'Safeguarding and Vulnerability',
    printedAs: 'Safeguarding and Vulnerability',
    subPriorities: [
      sub('hate-crime', 'Hate Crime'),
      sub('modern-slavery', 'Modern Slavery'),
      sub('cuckooing-and-county-lines', 'Cuckooing and County Lines'),
      sub('substance-misuse', 'Substance Misuse'),
      sub('child-sexual-exploitation', 'Child Sexual Exploitation (CSE)'),
      sub('cyber-safety', 'Cyber Safety'),
      sub('supporting-victims', 'Supporting Victims'),
    ],
  },
  {
    id: 'violence',
    title: 'Violence',
    printedAs: 'Violence',
    subPriorities: [
      sub('domestic-abuse-and-serious-sexual-violence', 'Domestic Abuse & Serious Sexual Violence'),
      sub('violence-against-women-and-girls', 'Violence Against Women and Girls (VAWG)'),
      {
        id: 'serious-violence',
        title: 'Serious Violence (e.g. Knife Crime)',
        printedAs: 'Serious Violence (e.g., Knife Crime)',
        strands: [],
      },
    ],
  },
  {
    id: 'acquisitive-and-rural-crime',
    title: 'Acquisitive and Rural Crime',
    printedAs: 'Acquisitive and Rural Crime',
    subPriorities: [
      sub('vehicle-crime', 'Vehicle Crime'),
      sub('rural-crime', 'Rural Crime'),
      sub('burglary', 'Burglary'),
      sub('business-crime', 'Business Crime'),
    ],
  },
])

function sub(id: string, title: string) {
  return { id, title, printedAs: title, strands: [] }
}
