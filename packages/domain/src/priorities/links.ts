import type { PriorityLink, PriorityLinkTarget } from './schema.ts'
import { deepFreeze } from './freeze.ts'

// The plan never prints these links. It says only that the local priorities were chosen "taking
// into account the PCC's priorities, Strategic Assessment crime data (for 2023) and local
// intelligence". Every link below is therefore `inferred`, with the reason for it.
// A link on a theme applies to each of its sub-priorities; a link on a sub-priority applies to its
// theme (see pccPrioritiesFor). So links are put at the most specific level that is true.

const pcc = (id: string): PriorityLinkTarget => ({ kind: 'pcc-priority', id })
const group = (id: string): PriorityLinkTarget => ({ kind: 'county-theme-group', id })
const measure = (id: string): PriorityLinkTarget => ({ kind: 'measure', id })

function inferred(priorityId: string, target: PriorityLinkTarget, reason: string): PriorityLink {
  return { priorityId, target, basis: 'inferred', reason }
}

/**
 * The links between South Derbyshire's local priorities and the PCC priorities, the county theme
 * groups and the plan's six measures. All are `inferred`: the plan does not print them.
 *
 * @example
 * ```ts
 * southDerbyshirePriorityLinks.every((link) => link.basis === 'inferred') //=> true
 * southDerbyshirePriorityLinks.filter((l) => l.target.kind === 'measure').length //=> 6
 * ```
 */
export const southDerbyshirePriorityLinks: readonly PriorityLink[] = deepFreeze([
  // ASB and Safer Spaces
  inferred('asb-and-safer-spaces', pcc('pcc-asb-and-community-safety'), 'Same subject: ASB.'),
  inferred(
    'asb-and-safer-spaces',
    group('county-neighbourhood-crime-and-asb'),
    'The county group that covers ASB.'
  ),
  inferred(
    'asb-and-safer-spaces',
    measure('anti-social-behaviour'),
    'The ASB table is the only ASB figure in the plan.'
  ),
  inferred(
    'targeting-persistent-offenders',
    pcc('pcc-bringing-offenders-to-justice'),
    'Persistent offenders are brought to justice; the plan reports Buddi trackers and the Ops Panel (formerly IOM) under this work.'
  ),
  inferred(
    'targeting-persistent-offenders',
    group('county-resettlement'),
    'Resettlement of offenders is the county strand of offender management (IOM).'
  ),
  // Safeguarding and Vulnerability
  inferred(
    'safeguarding-and-vulnerability',
    pcc('pcc-supporting-victims-and-safeguarding'),
    'Same subject: safeguarding and supporting victims.'
  ),
  inferred(
    'hate-crime',
    group('county-cohesion-and-integration'),
    'Hate crime is a cohesion issue.'
  ),
  inferred('hate-crime', measure('hate-crime'), 'Same name as the hate crime table.'),
  inferred(
    'modern-slavery',
    group('county-serious-organised-crime-and-exploitation'),
    'Modern slavery is exploitation.'
  ),
  inferred(
    'cuckooing-and-county-lines',
    pcc('pcc-drug-dealing-and-substance-misuse'),
    'County lines is drug dealing.'
  ),
  inferred(
    'cuckooing-and-county-lines',
    group('county-serious-organised-crime-and-exploitation'),
    'County lines and cuckooing are organised exploitation.'
  ),
  inferred('substance-misuse', pcc('pcc-drug-dealing-and-substance-misuse'), 'Same subject.'),
  inferred(
    'child-sexual-exploitation',
    group('county-serious-organised-crime-and-exploitation'),
    'CSE is exploitation.'
  ),
  inferred('cyber-safety', group('county-online-harm'), 'Cyber safety is about online harm.'),
  // Violence
  inferred(
    'violence',
    pcc('pcc-serious-violence-including-vawg'),
    'The PCC priority names serious violence and VAWG, two of the three sub-priorities.'
  ),
  inferred(
    'domestic-abuse-and-serious-sexual-violence',
    group('county-domestic-and-sexual-abuse'),
    'Same subject.'
  ),
  inferred(
    'domestic-abuse-and-serious-sexual-violence',
    measure('domestic-abuse'),
    'The domestic abuse table; the plan keeps "a continued focus on Domestic Abuse".'
  ),
  inferred('violence-against-women-and-girls', group('county-vawg'), 'Same name.'),
  inferred('serious-violence', group('county-serious-violence'), 'Same name.'),
  inferred('serious-violence', measure('serious-violence'), 'Same name as the table.'),
  // Acquisitive and Rural Crime
  inferred(
    'acquisitive-and-rural-crime',
    pcc('pcc-neighbourhood-policing'),
    'Burglary, vehicle and rural crime are the core of neighbourhood policing.'
  ),
  inferred(
    'acquisitive-and-rural-crime',
    group('county-neighbourhood-crime-and-asb'),
    'Home Office "neighbourhood crime" is burglary, robbery, theft from the person and vehicle crime.'
  ),
  inferred('vehicle-crime', measure('vehicle-crime'), 'Same name as the table.'),
  inferred(
    'burglary',
    measure('residential-burglary'),
    'Residential burglary is part of burglary.'
  ),
])
