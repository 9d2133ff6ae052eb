import type { PlanActionTaken } from './action-taken.ts'
import { countAction as count } from './action-builders.ts'
import { financialYear } from './figure-period.ts'
import { deepFreeze } from '../priorities/freeze.ts'

const fyNote = 'Printed as a year range; read as the financial year (April to March).'
const asb = 'Anti-social Behaviour'
const swadTownCentre = 'Swadlincote Town Centre'

/**
 * The counted outputs of the plan's "Action Taken" pages (pages 7–8), in the order printed.
 *
 * @example
 * ```ts
 * southDerbyshireActionCounts.map((a) => a.kind === 'count' && a.count)
 * //=> [1, 55, 6, 38, 7, 2, 6, 363]
 * ```
 */
export const southDerbyshireActionCounts: readonly PlanActionTaken[] = deepFreeze([
  count({
    id: 'pspo-eureka-park',
    priorityId: 'parks-and-open-spaces',
    heading: asb,
    description:
      'A Public Spaces Protection Order was introduced following persistent ASB in Eureka Park, giving the Council and Police additional powers.',
    location: 'Eureka Park, Swadlincote',
    count: 1,
    unit: 'Public Space Protection Order (PSPO)',
    interventionId: 'public-spaces-protection-order',
  }),
  count({
    id: 'asb-warning-letters',
    priorityId: 'asb-and-safer-spaces',
    heading: asb,
    description: 'ASB warning letters issued to individuals causing ASB.',
    location: swadTownCentre,
    count: 55,
    unit: 'ASB Warning Letters',
    interventionId: 'warning-letter',
  }),
  count({
    id: 'acceptable-behaviour-contracts',
    priorityId: 'asb-and-safer-spaces',
    heading: asb,
    description: 'Acceptable Behaviour Contracts issued to individuals causing ASB.',
    location: swadTownCentre,
    count: 6,
    unit: "Acceptable Behaviour Contracts (ABC's)",
    interventionId: 'acceptable-behaviour-contract',
  }),
  count({
    id: 'community-protection-warnings',
    priorityId: 'asb-and-safer-spaces',
    heading: asb,
    description:
      'Community Protection Warnings issued (printed as "Community Protection Notice Warnings").',
    location: null,
    count: 38,
    unit: "Community Protection Notice Warnings (CPNW's)",
    interventionId: 'community-protection-warning',
  }),
  count({
    id: 'community-protection-notices',
    priorityId: 'asb-and-safer-spaces',
    heading: asb,
    description: 'Community Protection Notices issued.',
    location: null,
    count: 7,
    unit: "Community Protection Notices (CPN's)",
    interventionId: 'community-protection-notice',
  }),
  count({
    id: 'fixed-penalty-notices',
    priorityId: 'asb-and-safer-spaces',
    heading: asb,
    description: 'Fixed Penalty Notices issued.',
    location: null,
    count: 2,
    unit: "Fixed Penalty Notices (FPN's)",
    interventionId: 'fixed-penalty-notice',
  }),
  count(
    {
      id: 'area-forum-meetings',
      priorityId: 'asb-and-safer-spaces',
      priorityNote: 'Printed under the ASB heading; Area Forums cover any local issue.',
      heading: asb,
      description:
        'Area Forum meetings covering the whole district, split into the six Police Areas (Etwall, Repton, Melbourne, Swadlincote, Newhall and Linton), where residents and Parish Councils meet the Safer Neighbourhood Team and Council.',
      location: 'South Derbyshire',
      count: 6,
      unit: 'Area Forum (AF) Meetings',
      interventionId: null,
    },
    { ...financialYear('2024-25'), note: fyNote }
  ),
  count(
    {
      id: 'safer-homes-properties-secured',
      priorityId: 'supporting-victims',
      priorityNote:
        'Printed under "Protecting those most at Risk"; it includes victims of domestic violence, burglary and ASB.',
      heading: 'Protecting those most at Risk',
      description:
        'Properties secured through the Safer Homes Scheme run by South Derbyshire CVS, including for victims of domestic violence, burglary and ASB.',
      location: null,
      count: 363,
      unit: 'properties secured',
      interventionId: null,
    },
    { ...financialYear('2023-24'), note: fyNote }
  ),
])

/**
 * The six Police Areas the Area Forum meetings are split into, in the order printed.
 *
 * @example
 * ```ts
 * southDerbyshirePoliceAreas.length //=> 6
 * ```
 */
export const southDerbyshirePoliceAreas: readonly string[] = [
  'Etwall',
  'Repton',
  'Melbourne',
  'Swadlincote',
  'Newhall',
  'Linton',
]
