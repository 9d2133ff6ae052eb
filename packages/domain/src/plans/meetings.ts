import { southDerbyshirePriorities } from '../priorities/priority-set.ts'
import type { PlanMeeting } from './meeting-schema.ts'
import { deepFreeze } from '../priorities/freeze.ts'

type Fields = Omit<
  PlanMeeting,
  'kind' | 'level' | 'frequency' | 'purpose' | 'attendees' | 'inChart'
> &
  Partial<Pick<PlanMeeting, 'frequency' | 'purpose' | 'attendees' | 'inChart' | 'kind'>>

const at =
  (level: PlanMeeting['level']) =>
  (fields: Fields): PlanMeeting => ({
    kind: 'meeting',
    frequency: null,
    purpose: null,
    attendees: null,
    inChart: true,
    ...fields,
    level,
  })
const county = at('county')
const district = at('district')
const southDivision = at('south-division')

const fromText = 'Frequency from the Action Taken text; the chart prints none.'

/**
 * The Derbyshire and South Derbyshire CSP meeting structure (page 11 of the plan), county first,
 * plus the regular meetings and outreach the "Action Taken" text names with a frequency.
 *
 * The chart is printed as boxes whose text runs together in the source; names are reassembled
 * from it, and `note` says where the reading is uncertain.
 *
 * @example
 * ```ts
 * southDerbyshireMeetings.find((m) => m.id === 'safer-spaces')?.frequency //=> 'bi-monthly'
 * southDerbyshireMeetings.filter((m) => m.level === 'south-division').length //=> 3
 * ```
 */
export const southDerbyshireMeetings: readonly PlanMeeting[] = deepFreeze([
  county({
    id: 'derbyshire-safer-communities-board',
    name: 'Derbyshire Safer Communities Board',
    abbreviation: 'SCB',
    purpose:
      'Ensure delivery of Community Safety targets and the Countywide Community Safety Agreement; strategic leadership and direction at county level.',
    attendees: 'Chair of the CSP and the SDDC Director (with the chairs of the other CSPs)',
  }),
  county({
    id: 'derbyshire-community-safety-officers',
    name: 'Derbyshire Community Safety Officers Meeting',
    purpose: 'Sharing of best practice, information on new legislation, campaigns and initiatives.',
  }),
  county({
    id: 'derbyshire-theme-groups',
    name: 'Derbyshire Theme Group Meetings',
    themeGroupIds: southDerbyshirePriorities.countyThemeGroups.map((g) => g.id),
    note: 'Printed as "x8" but nine groups are named; all nine are listed.',
  }),
  district({
    id: 'south-derbyshire-csp-strategic-group',
    name: 'South Derbyshire CSP Strategic Group Meeting',
    purpose: 'Sets the local plan, aligns resources and monitors performance.',
  }),
  district({
    id: 'violence-alcohol-and-licensing',
    name: 'Violence, Alcohol and Licensing Meeting',
    abbreviation: 'VAL',
  }),
  district({
    id: 'domestic-abuse-action-group',
    name: 'Domestic Abuse Action Group',
    abbreviation: 'DAAG',
  }),
  district({
    id: 'asb-performance',
    name: 'Anti-social Behaviour (ASB) Performance Meeting',
  }),
  district({
    id: 'police-and-partners',
    name: 'Police - Partners Meeting',
    frequency: 'fortnightly',
    purpose:
      'Discuss hot spot areas and problem individuals and share information to address the issues raised.',
    note: `Taken to be the "Police and Partner Tasking meetings" of the Action Taken text (same parties; inferred). ${fromText}`,
  }),
  district({ id: 'pubwatch', name: 'Pubwatch Meeting' }),
  district({
    id: 'marac',
    name: 'Multi Agency Risk Assessment Committee',
    abbreviation: 'MARAC',
    note: 'As printed; MARAC usually stands for Multi-Agency Risk Assessment Conference.',
  }),
  district({
    id: 'children-at-risk-of-exploitation',
    name: 'Child at Risk of Exploitation Meeting',
    abbreviation: 'CRE',
    frequency: 'monthly',
    note: `The chart prints "(Swadlincote Area)" between this box and the Swadlincote Section Tasking box; which one it belongs to is unclear. ${fromText}`,
  }),
  district({
    id: 'swadlincote-section-tasking',
    name: 'Police - Swadlincote Section Tasking Meeting',
    abbreviation: 'NIM',
    note: 'NIM: the police National Intelligence Model tasking process.',
  }),
  district({
    id: 'safer-spaces',
    name: 'Safer Spaces Meeting',
    frequency: 'bi-monthly',
    note: fromText,
  }),
  district({
    id: 'swadlincote-ops-panel',
    name: 'Swadlincote Ops Panel Meeting',
    formerly: 'Integrated Offender Management (IOM) meetings',
    frequency: 'monthly',
    purpose: 'Review prolific offenders.',
    note: fromText,
  }),
  district({
    id: 'area-forums',
    name: 'Area Forum Meetings',
    abbreviation: 'AF',
    inChart: false,
    purpose:
      'Residents and Parish Councils open dialogue with the Police Safer Neighbourhood Team and Council representatives.',
    note: 'Six were held in 2024-25, split into the six Police Areas; no regular frequency is printed.',
  }),
  district({
    id: 'safe-and-sound-outreach',
    name: 'Safe and Sound outreach',
    kind: 'outreach',
    inChart: false,
    frequency: 'weekly',
    purpose:
      'Youth engagement in key areas of Swadlincote and Newhall (ASB, safe sex, child exploitation).',
    note: fromText,
  }),
  southDivision({
    id: 'local-organised-crime-board',
    name: 'LOCB (Organised Crime)',
    abbreviation: 'LOCB',
  }),
  southDivision({ id: 'serious-violence-tasking', name: 'Serious Violence Tasking' }),
  southDivision({ id: 'yjs-youth-justice-panel', name: 'YJS Youth Justice Panel' }),
])
