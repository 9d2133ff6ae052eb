import type { PlanActionTaken } from './action-taken.ts'
import { activityAction as activity } from './action-builders.ts'
import { deepFreeze } from '../priorities/freeze.ts'

const asb = 'Anti-social Behaviour'
const organisedCrime = 'Organised Crime'
// Items after the page break sit under the running head "Action Taken cont."; the plan does not
// say whether they continue "Protecting those most at Risk", and several (Op Sceptre, ANPR) do not.
const continued = 'Action Taken cont.'
const lastYear = { label: 'May and November last year', from: null, to: null, note: 'As stated.' }

/**
 * The qualitative work the plan's "Action Taken" pages report, in the order printed, each with the
 * local priority it serves (the toolkit's reading; the plan does not tag them).
 *
 * @example
 * ```ts
 * southDerbyshireActivities.find((a) => a.id === 'op-sceptre')?.priorityId //=> 'serious-violence'
 * southDerbyshireActivities.length //=> 13
 * ```
 */
export const southDerbyshireActivities: readonly PlanActionTaken[] = deepFreeze([
  activity(
    {
      id: 'safer-spaces-meetings',
      priorityId: 'asb-and-safer-spaces',
      heading: asb,
      description: 'Safer Spaces meetings are ongoing.',
      location: null,
    },
    'bi-monthly'
  ),
  activity(
    {
      id: 'police-and-partner-tasking',
      priorityId: 'asb-and-safer-spaces',
      heading: asb,
      description:
        'Police and Partner Tasking meetings discuss hot spot areas and problem individuals and share information to address the issues raised.',
      location: null,
    },
    'fortnightly'
  ),
  activity({
    id: 'off-road-bikes-newhall-stanton',
    priorityId: 'nuisance-vehicles-and-parking',
    heading: asb,
    description: 'Joint work to tackle off-road bikes causing regular noise nuisance.',
    location: 'Newhall/Stanton',
  }),
  activity({
    id: 'buddi-trackers',
    priorityId: 'targeting-persistent-offenders',
    heading: organisedCrime,
    description:
      'Assisted Police enforcement by supporting the purchase of additional Buddi trackers for prolific offenders.',
    location: null,
  }),
  activity(
    {
      id: 'swadlincote-ops-panel',
      priorityId: 'targeting-persistent-offenders',
      heading: organisedCrime,
      description:
        'Swadlincote Ops Panel meetings (formerly Integrated Offender Management meetings) review prolific offenders.',
      location: 'Swadlincote',
    },
    'monthly'
  ),
  activity({
    id: 'rural-crime-team-support',
    priorityId: 'rural-crime',
    heading: organisedCrime,
    description:
      'Supported the Rural Crime Team with signage and by sharing information on social media.',
    location: null,
  }),
  activity(
    {
      id: 'children-at-risk-of-exploitation-meetings',
      priorityId: 'safeguarding-and-vulnerability',
      priorityNote: 'CRE covers criminal as well as sexual exploitation, so the theme is used.',
      heading: continued,
      description: 'Multi-agency Children at Risk of Exploitation (CRE) meetings continue.',
      location: null,
    },
    'monthly'
  ),
  activity(
    {
      id: 'op-sceptre',
      priorityId: 'serious-violence',
      heading: continued,
      description:
        'National knife crime campaign Op Sceptre: knife sweeps of parks and open spaces, amnesty bins, and Police inputs in schools and youth groups during the week-long campaign.',
      location: null,
    },
    null,
    lastYear
  ),
  activity(
    {
      id: 'knife-crime-board-game',
      priorityId: 'serious-violence',
      heading: continued,
      description:
        'A newly created board game about knife crime for children of secondary school age, launched with Op Sceptre.',
      location: null,
    },
    null,
    lastYear
  ),
  activity({
    id: 'street-whyze-schools-support',
    priorityId: 'serious-violence',
    heading: continued,
    description:
      'Specialist one-to-one and group support on knife crime in schools by Danny Mondesir of Street Whyze Project CIC.',
    location: null,
  }),
  activity(
    {
      id: 'liberation-day',
      priorityId: 'safeguarding-and-vulnerability',
      priorityNote: 'An engagement event for older residents; no sub-priority fits it.',
      heading: continued,
      description:
        'Liberation Day event promoting local services to residents aged 55 and over, attended by the Police, Fire Service, PCC and South Derbyshire CVS.',
      location: null,
    },
    null,
    { label: 'July', from: null, to: null, note: 'As stated; the plan does not give the year.' }
  ),
  activity(
    {
      id: 'safe-and-sound-outreach',
      priorityId: 'child-sexual-exploitation',
      priorityNote:
        "Safe and Sound is Derbyshire's child exploitation charity; the outreach also covers ASB.",
      heading: continued,
      description:
        'Outreach by Safe and Sound to encourage youth engagement, discussing ASB, safe sex, child exploitation and more.',
      location: 'Swadlincote and Newhall',
    },
    'weekly'
  ),
  activity({
    id: 'anpr-vehicle',
    priorityId: 'acquisitive-and-rural-crime',
    priorityNote: 'ANPR serves vehicle, rural and acquisitive crime alike, so the theme is used.',
    heading: continued,
    description:
      'Secured funding to buy a new Automatic Number Plate Recognition (ANPR) equipped vehicle, in response to concerns raised at Area Forum meetings and other public events.',
    location: null,
  }),
])
