import { type AsAtOptions, inForceOn, resolveAsAt } from '../law/in-force.ts'
import { findLawRule } from '../law/rules.ts'
import { fpnCapsOn } from './fpn.ts'
import type { Power, PowerId } from './powers.ts'

// Data only. PSPO, CPW/CPN, FPN and ABC attributes are in docs/rules.md#asb-powers with
// their rule ids. The injunction, CBO, dispersal and closure powers were NOT checked against a
// source document: their attributes are recalled from ASBCPA 2014 and marked confidence 'L', for
// display only. Nothing in this library computes a deadline from an 'L' attribute.

const act = 'Anti-social Behaviour, Crime and Policing Act 2014'
const recalled =
  'Not covered by statutory-rules.md; attributes recalled from ASBCPA 2014, not re-checked.'
const informal = {
  from: null,
  to: null,
  commencement: 'local',
  basis: 'Not statutory: local practice, available at any time',
  confidence: 'M',
} as const
const parts2to4 = (part: string) =>
  ({
    from: '2014-10-20',
    to: null,
    commencement: 'recorded',
    basis: `SI 2014/2590 art 3: ASBCPA 2014 ${part} in force 20 Oct 2014`,
    confidence: 'H',
  }) as const
const cpnIssuers = [
  'constable',
  'council (authorised person)',
  'designated social housing provider',
]
const cpnAge = {
  years: 16,
  ruleId: 'CPN-01',
  status: 'statutory',
  confidence: 'H',
  note: 'Lowering to 10 was proposed in a Bill that fell (CPN-09); whether it returns is unconfirmed.',
} as const

const powers: Power[] = [
  {
    id: 'warning-letter',
    name: 'ASB warning letter',
    category: 'informal',
    statutory: false,
    status: 'local',
    legislation: [],
    minimumAge: null,
    issuedBy: ['council', 'police', 'social housing provider'],
    appeal: null,
    maxDuration: null,
    breach: {
      text: 'No legal consequence; may support escalation to a CPW or another power.',
      confidence: 'L',
    },
    inForce: informal,
    ruleIds: [],
    confidence: 'L',
    notes: 'Local practice; not covered by statutory-rules.md.',
  },
  {
    id: 'acceptable-behaviour-contract',
    name: 'Acceptable Behaviour Contract',
    abbreviation: 'ABC',
    category: 'informal',
    statutory: false,
    status: 'local',
    legislation: [],
    minimumAge: null,
    issuedBy: ['council', 'police', 'social housing provider'],
    appeal: null,
    maxDuration: {
      length: 6,
      unit: 'months',
      ruleId: 'ABC-01',
      status: 'local',
      confidence: 'UNCONFIRMED',
      extendable: true,
      note: 'A common local term; no statutory duration.',
    },
    breach: {
      text: 'No direct legal consequence; may be cited as evidence for an injunction, a CBO or a housing case.',
      ruleId: 'ABC-01',
      confidence: 'M',
    },
    inForce: informal,
    ruleIds: ['ABC-01'],
    confidence: 'M',
  },
  {
    id: 'community-protection-warning',
    name: 'Community Protection Warning',
    abbreviation: 'CPW',
    category: 'warning',
    statutory: true,
    status: 'statutory',
    legislation: [
      {
        instrument: act,
        provision: 's43(5)',
        url: 'http://www.legislation.gov.uk./ukpga/2014/12/section/43/data.html',
      },
    ],
    minimumAge: cpnAge,
    issuedBy: cpnIssuers,
    appeal: {
      available: false,
      route: {
        text: 'Not appealable: s46 applies to notices, not warnings.',
        ruleId: 'CPN-08',
        confidence: 'M',
      },
      window: null,
    },
    maxDuration: {
      length: 6,
      unit: 'months',
      ruleId: 'CPN-07',
      status: 'local',
      confidence: 'M',
      extendable: false,
      note: 'Local practice (e.g. Southend); the statute sets no expiry.',
    },
    breach: {
      text: 'Not an offence; after enough time to comply, a CPN may be issued (no statutory minimum period).',
      ruleId: 'CPN-02',
      confidence: 'H',
    },
    inForce: parts2to4('Part 4'),
    ruleIds: ['CPN-01', 'CPN-02', 'CPN-07', 'CPN-08'],
    confidence: 'H',
    notes: 'Issuers (s53) are not listed in statutory-rules.md.',
  },
  {
    id: 'community-protection-notice',
    name: 'Community Protection Notice',
    abbreviation: 'CPN',
    category: 'notice',
    statutory: true,
    status: 'statutory',
    legislation: [
      {
        instrument: act,
        provision: 's43',
        url: 'http://www.legislation.gov.uk./ukpga/2014/12/section/43/data.html',
      },
      {
        instrument: act,
        provision: 's46',
        url: 'https://legislation.gov.uk/ukpga/2014/12/section/46/data.html',
      },
      { instrument: act, provision: 'ss48, 52' },
    ],
    minimumAge: cpnAge,
    issuedBy: cpnIssuers,
    appeal: {
      available: true,
      route: {
        text: "Magistrates' court; 'stop doing' requirements stay in effect during the appeal, others are suspended.",
        ruleId: 'CPN-04',
        confidence: 'H',
      },
      window: {
        length: 21,
        unit: 'days',
        counting: 'beginning-with',
        ruleId: 'CPN-04',
        status: 'statutory',
        confidence: 'H',
      },
    },
    maxDuration: {
      length: 12,
      unit: 'months',
      ruleId: 'CPN-07',
      status: 'local',
      confidence: 'M',
      extendable: false,
      note: 'Local practice (e.g. Southend); the statute sets no expiry.',
    },
    breach: {
      text: 'Offence (s48): level 4 fine for an individual, a fine for a body; or a fixed penalty notice (s52).',
      ruleId: 'CPN-05',
      confidence: 'H',
    },
    inForce: parts2to4('Part 4'),
    ruleIds: ['CPN-01', 'CPN-02', 'CPN-03', 'CPN-04', 'CPN-05', 'CPN-06', 'CPN-07', 'CPN-09'],
    confidence: 'H',
    notes: 'Issuers (s53) are not listed in statutory-rules.md.',
  },
  {
    id: 'fixed-penalty-notice',
    name: 'Fixed Penalty Notice (PSPO or CPN breach)',
    abbreviation: 'FPN',
    category: 'penalty',
    statutory: true,
    status: 'statutory',
    legislation: [
      {
        instrument: act,
        provision: 's68 (PSPO)',
        url: 'http://www.legislation.gov.uk/ukpga/2014/12/part/4/chapter/2/crossheading/failure-to-comply-with-orders/data.xht?view=snippet&wrap=true',
      },
      { instrument: act, provision: 's52 (CPN)' },
    ],
    minimumAge: null,
    issuedBy: ['constable', 'authorised person'],
    appeal: {
      available: false,
      route: {
        text: 'No appeal; paying within 14 days prevents conviction, otherwise proceedings may follow.',
        ruleId: 'PSPO-07',
        confidence: 'M',
      },
      window: null,
    },
    maxDuration: null,
    breach: null,
    inForce: parts2to4('Part 4'),
    ruleIds: ['PSPO-07', 'CPN-06', 'PSPO-09'],
    confidence: 'M',
    notes:
      'Maximum £100 (PSPO-07, CPN-06); £500 under the Crime and Policing Act 2026 (PSPO-09) once its commencement is configured. An early-payment discount needs a period of less than 14 days (FPN-01).',
  },
  {
    id: 'public-spaces-protection-order',
    name: 'Public Spaces Protection Order',
    abbreviation: 'PSPO',
    category: 'order',
    statutory: true,
    status: 'statutory',
    legislation: [
      {
        instrument: act,
        provision: 'ss59–75',
        url: 'https://www.legislation.gov.uk/ukpga/2014/12/part/4/chapter/2/crossheading/public-spaces-protection-orders/enacted?view=plain',
      },
      {
        instrument: act,
        provision: 's66',
        url: 'https://legislation.gov.uk/ukpga/2014/12/section/66/2017-12-15/data.html',
      },
      {
        instrument:
          'Anti-social Behaviour, Crime and Policing Act 2014 (Publication of Public Spaces Protection Orders) Regulations 2014',
        provision: 'reg 3',
        si: 'SI 2014/2591',
      },
    ],
    minimumAge: null,
    issuedBy: ['local authority'],
    appeal: {
      available: true,
      route: {
        text: 'High Court, by an interested person (lives in, regularly works in or visits the area); the court may suspend or quash.',
        ruleId: 'PSPO-05',
        confidence: 'H',
      },
      window: {
        length: 6,
        unit: 'weeks',
        counting: 'beginning-with',
        ruleId: 'PSPO-05',
        status: 'statutory',
        confidence: 'H',
        note: 'From the date the order or a variation is made.',
      },
    },
    maxDuration: {
      length: 3,
      unit: 'years',
      counting: 'beginning-with',
      ruleId: 'PSPO-02',
      status: 'statutory',
      confidence: 'M',
      extendable: true,
      note: 'Extensions of up to 3 years each; expedited PSPOs (from 28 Jun 2022) run up to 6 months and may be extended or reduced (PSPO-08).',
    },
    breach: {
      text: 'Offence (s67): level 3 fine; or a fixed penalty notice (s68).',
      ruleId: 'PSPO-06',
      confidence: 'H',
    },
    inForce: parts2to4('Part 4'),
    ruleIds: [
      'PSPO-01',
      'PSPO-02',
      'PSPO-03',
      'PSPO-04',
      'PSPO-05',
      'PSPO-06',
      'PSPO-07',
      'PSPO-08',
      'PSPO-09',
      'PSPO-10',
    ],
    confidence: 'H',
  },
  {
    id: 'civil-injunction',
    name: 'Civil injunction',
    category: 'court-order',
    statutory: true,
    status: 'statutory',
    legislation: [{ instrument: act, provision: 'Part 1 (ss1–21)' }],
    minimumAge: { years: 10, status: 'statutory', confidence: 'L' },
    issuedBy: [
      'High Court or county court (adults), or youth court (under 18), on application by a council, social housing provider, chief officer of police or other body listed in s5',
    ],
    appeal: {
      available: true,
      route: { text: 'Ordinary civil appeal routes.', confidence: 'L' },
      window: null,
    },
    maxDuration: null,
    breach: {
      text: 'Contempt of court for adults; youth court powers for under-18s.',
      confidence: 'L',
    },
    inForce: {
      from: '2015-03-23',
      to: null,
      commencement: 'recorded',
      basis: 'ASBCPA 2014 Part 1 commenced 23 Mar 2015 (recalled, not re-checked)',
      confidence: 'L',
    },
    ruleIds: [],
    confidence: 'L',
    notes: recalled,
  },
  {
    id: 'criminal-behaviour-order',
    name: 'Criminal Behaviour Order',
    abbreviation: 'CBO',
    category: 'court-order',
    statutory: true,
    status: 'statutory',
    legislation: [{ instrument: act, provision: 'Part 2 (ss22–33)' }],
    minimumAge: {
      years: 10,
      status: 'statutory',
      confidence: 'L',
      note: 'Age of criminal responsibility.',
    },
    issuedBy: ['criminal court on conviction, on the application of the prosecution'],
    appeal: {
      available: true,
      route: { text: 'As an appeal against sentence.', confidence: 'L' },
      window: null,
    },
    maxDuration: null,
    breach: { text: 'Offence (s30).', confidence: 'L' },
    inForce: parts2to4('Part 2'),
    ruleIds: [],
    confidence: 'L',
    notes: recalled,
  },
  {
    id: 'dispersal-direction',
    name: 'Dispersal direction',
    category: 'direction',
    statutory: true,
    status: 'statutory',
    legislation: [{ instrument: act, provision: 'Part 3 (ss34–42)' }],
    minimumAge: { years: 10, status: 'statutory', confidence: 'L' },
    issuedBy: [
      'constable in uniform',
      'PCSO (if designated)',
      'authorised by an inspector or above',
    ],
    appeal: {
      available: false,
      route: { text: 'No appeal route.', confidence: 'L' },
      window: null,
    },
    maxDuration: {
      length: 48,
      unit: 'hours',
      status: 'statutory',
      confidence: 'L',
      extendable: false,
    },
    breach: { text: 'Offence (s39).', confidence: 'L' },
    inForce: parts2to4('Part 3'),
    ruleIds: [],
    confidence: 'L',
    notes: recalled,
  },
  {
    id: 'closure-notice',
    name: 'Closure notice',
    category: 'notice',
    statutory: true,
    status: 'statutory',
    legislation: [{ instrument: act, provision: 'Part 4 Chapter 3 (ss76–79)' }],
    minimumAge: null,
    issuedBy: ['police (inspector or above)', 'local authority'],
    appeal: {
      available: false,
      route: { text: 'No appeal; the court hears the closure order application.', confidence: 'L' },
      window: null,
    },
    maxDuration: {
      length: 48,
      unit: 'hours',
      status: 'statutory',
      confidence: 'L',
      extendable: false,
      note: '24 hours, extendable to 48.',
    },
    breach: { text: 'Offence (s86).', confidence: 'L' },
    inForce: parts2to4('Part 4 Chapter 3'),
    ruleIds: [],
    confidence: 'L',
    notes: recalled,
  },
  {
    id: 'closure-order',
    name: 'Closure order',
    category: 'court-order',
    statutory: true,
    status: 'statutory',
    legislation: [{ instrument: act, provision: 'Part 4 Chapter 3 (ss80–93)' }],
    minimumAge: null,
    issuedBy: ["magistrates' court, on application by the police or local authority"],
    appeal: {
      available: true,
      route: { text: 'Crown Court (s84).', confidence: 'L' },
      window: {
        length: 21,
        unit: 'days',
        counting: 'beginning-with',
        status: 'statutory',
        confidence: 'L',
      },
    },
    maxDuration: {
      length: 3,
      unit: 'months',
      status: 'statutory',
      confidence: 'L',
      extendable: true,
      note: 'Extendable to 6 months in total.',
    },
    breach: { text: 'Offence (s86).', confidence: 'L' },
    inForce: parts2to4('Part 4 Chapter 3'),
    ruleIds: [],
    confidence: 'L',
    notes: recalled,
  },
]

/**
 * The ASB powers and interventions with their legal attributes, one per {@link PowerId}, frozen,
 * as the law stands with every unconfirmed commencement off; {@link asbPowersOn} gives them as
 * they stood on a date. Attributes marked `L` (injunctions, CBOs, dispersal, closure) are
 * recalled, not taken from a checked source, and are for display only (docs/rules.md#other-powers).
 *
 * @example
 * ```ts
 * asbPowers.length //=> 11
 * asbPowers.filter((p) => !p.statutory).map((p) => p.id)
 * //=> ['warning-letter', 'acceptable-behaviour-contract']
 * ```
 */
export const asbPowers: readonly Power[] = Object.freeze(powers)

/**
 * Looks a power up by id; `undefined` for an unknown id.
 *
 * @example
 * ```ts
 * findPower('community-protection-notice')?.minimumAge?.years //=> 16
 * findPower('asbo') //=> undefined
 * ```
 */
export function findPower(id: PowerId | string): Power | undefined {
  return asbPowers.find((power) => power.id === id)
}

const fpn500 = findLawRule('PSPO-09')!.inForce
const respectOrders = findLawRule('RESPECT-01')!.inForce
const expedited = findLawRule('PSPO-08')!.inForce

// A power's attributes as they stood on `asAt`: the ones that changed with later law.
function asItStood(power: Power, asAt: string, commencements: AsAtOptions['commencements']): Power {
  switch (power.id) {
    case 'fixed-penalty-notice': {
      const { pspoGbp } = fpnCapsOn(asAt, commencements)
      const source = inForceOn(fpn500, asAt, commencements)
        ? 'the Crime and Policing Act 2026 (PSPO-09), as configured'
        : 'PSPO-07, CPN-06'
      return {
        ...power,
        notes: `Maximum £${pspoGbp} on ${asAt} (${source}). An early-payment discount needs a period of less than 14 days (FPN-01).`,
      }
    }
    case 'civil-injunction':
      return inForceOn(respectOrders, asAt, commencements)
        ? {
            ...power,
            notes:
              `${power.notes ?? ''} For adults, Respect orders (Crime and Policing Act 2026, in force as configured) apply instead; their attributes are not modelled.`.trim(),
          }
        : power
    case 'public-spaces-protection-order':
      return inForceOn(expedited, asAt) || power.maxDuration === null
        ? power
        : {
            ...power,
            maxDuration: { ...power.maxDuration, note: 'Extensions of up to 3 years each.' },
          }
    default:
      return power
  }
}

/**
 * The ASB powers as the law stood on `asAt` (default: today in England), in catalogue order:
 * the informal tools always, the 2014 Act powers from their commencement (Parts 2–4 on
 * 20 October 2014, Part 1 injunctions on 23 March 2015, recalled), with the attributes that
 * changed later as they were that day: expedited PSPOs from 28 June 2022, the FPN maximum
 * (£500 only from `commencements.fpnMaximum500`), Respect orders for adults (from
 * `commencements.respectOrders`). The Crime and Policing Act 2026 provisions are off unless
 * configured: their commencement is unconfirmed.
 *
 * @example
 * ```ts
 * asbPowersOn('2014-10-19').map((p) => p.id) //=> ['warning-letter', 'acceptable-behaviour-contract']
 * asbPowersOn('2026-07-01', { commencements: { fpnMaximum500: '2026-06-29' } })
 *   .find((p) => p.id === 'fixed-penalty-notice')?.notes //=> 'Maximum £500 on 2026-07-01 (…'
 * ```
 */
export function asbPowersOn(asAt?: string, options: Omit<AsAtOptions, 'asAt'> = {}): Power[] {
  const resolved = resolveAsAt({ ...options, ...(asAt === undefined ? {} : { asAt }) })
  return asbPowers
    .filter(
      (power) =>
        power.inForce.commencement === 'local' ||
        inForceOn(power.inForce, resolved.asAt, resolved.commencements)
    )
    .map((power) => asItStood(power, resolved.asAt, resolved.commencements))
}
