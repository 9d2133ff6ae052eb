import { z } from 'zod'
import { InForce, RuleConfidence, RuleId, RuleStatus } from '../duties/schema.ts'

/**
 * A rule the library applies or reports that is not an obligation of a duty in
 * `statutoryDuties` (ASB Case Review, PSPO, CPN, FPN and ABC rules, and the Crime and Policing
 * Act 2026 provisions): its id from docs/rules.md, what it says, its source, status,
 * confidence and when it is in force.
 *
 * @example
 * ```ts
 * LawRule.parse(findLawRule('ASB-04')).inForce.from //=> '2014-10-20'
 * ```
 */
export const LawRule = z
  .object({
    id: RuleId,
    text: z.string().min(1),
    source: z.string().min(1),
    status: RuleStatus,
    confidence: RuleConfidence,
    inForce: InForce,
    note: z.string().min(1).optional(),
  })
  .meta({ id: 'LawRule' })
export type LawRule = z.infer<typeof LawRule>

const asbcpa = 'ASBCPA 2014'
const part = (parts: string, from: string, basis: string) =>
  ({
    from,
    to: null,
    commencement: 'recorded',
    basis: `${basis} (${parts})`,
    confidence: 'H',
  }) as const
const part6 = part('Part 6, incl. ss104–105', '2014-10-20', 'SI 2014/2590 art 3(d)')
const part4 = part('Part 4, community protection', '2014-10-20', 'SI 2014/2590 art 3(c)')
const sch4Early = part('Sch 4 paras 1–4', '2014-05-13', 'SI 2014/949 art 3, Sch para 20(a)')
const expedited = {
  from: '2022-06-28',
  to: null,
  commencement: 'recorded',
  basis: 'ss59A, 60A, 72A, 72B inserted by PCSC Act 2022 Sch 7 (statutory-rules.md PSPO-08)',
  confidence: 'M',
} as const
const guidance = {
  from: null,
  to: null,
  commencement: 'not-recorded',
  basis: 'Statutory guidance; the version date is not recorded here',
  confidence: 'M',
} as const
const local = {
  from: null,
  to: null,
  commencement: 'local',
  basis: "Local practice: applies where the partnership's procedure adopts it (configuration)",
  confidence: 'M',
} as const
const crimeAndPolicingAct2026 = (
  setting: 'lpbThresholdReview' | 'respectOrders' | 'fpnMaximum500'
) =>
  ({
    from: null,
    to: null,
    commencement: 'unconfirmed',
    setting,
    basis: `Crime and Policing Act 2026 (Royal Assent reported 29 Apr 2026); commencement unconfirmed, so off unless Commencements.${setting} is set`,
    confidence: 'UNCONFIRMED',
  }) as const

const rules: LawRule[] = [
  {
    id: 'ASB-01',
    text: 'The relevant bodies must carry out an ASB case review when they decide the threshold is met; anyone may apply.',
    source: `${asbcpa} s104(1)`,
    status: 'statutory',
    confidence: 'H',
    inForce: part6,
  },
  {
    id: 'ASB-04',
    text: 'With N or more qualifying complaints about the behaviour the threshold is met, with no discretion; N is 3 or the lower number in the review procedures.',
    source: `${asbcpa} s104(4)`,
    status: 'statutory',
    confidence: 'H',
    inForce: part6,
  },
  {
    id: 'ASB-05',
    text: 'The review procedures may set N lower than 3 but not higher.',
    source: `${asbcpa} s104(4); explanatory notes para 231`,
    status: 'statutory',
    confidence: 'H',
    inForce: part6,
  },
  {
    id: 'ASB-06',
    text: 'Other applications are decided under the review procedures, which may refer to the persistence, harm and adequacy of response (the hook for local routes).',
    source: `${asbcpa} s104(5)`,
    status: 'statutory',
    confidence: 'H',
    inForce: part6,
  },
  {
    id: 'ASB-07',
    text: 'Inform the applicant of the threshold decision.',
    source: `${asbcpa} s104(6)`,
    status: 'statutory',
    confidence: 'H',
    inForce: part6,
  },
  {
    id: 'ASB-08',
    text: 'Inform the applicant of the outcome of the review and of any recommendations.',
    source: `${asbcpa} s104(6)–(9)`,
    status: 'statutory',
    confidence: 'M',
    inForce: part6,
  },
  {
    id: 'ASB-09',
    text: 'A review may make recommendations to anyone exercising public functions, who must have regard to them.',
    source: `${asbcpa} s104(7)–(8)`,
    status: 'statutory',
    confidence: 'M',
    inForce: part6,
  },
  {
    id: 'ASB-11',
    text: 'A complaint qualifies if made within one month beginning with the behaviour and the application is made within six months beginning with the complaint.',
    source: `${asbcpa} s104(11)`,
    status: 'statutory',
    confidence: 'H',
    inForce: part6,
  },
  {
    id: 'ASB-11A',
    text: 'Every qualifying complaint about the behaviour counts, whoever made it and whichever body received it; the complaints need not come from the applicant.',
    source: `${asbcpa} s104(4), (11)`,
    status: 'statutory',
    confidence: 'H',
    inForce: part6,
    note: 'ASB-11a in statutory-rules.md.',
  },
  {
    id: 'ASB-11B',
    text: 'An adequate agency response does not defeat the statutory threshold.',
    source: `${asbcpa} s104(4); GOV.UK ASB case review guidance`,
    status: 'statutory',
    confidence: 'M',
    inForce: part6,
    note: 'ASB-11b in statutory-rules.md.',
  },
  {
    id: 'ASB-12',
    text: 'For the case review, anti-social behaviour means behaviour causing harassment, alarm or distress to members of the public.',
    source: `${asbcpa} s105`,
    status: 'statutory',
    confidence: 'M',
    inForce: part6,
  },
  {
    id: 'ASB-A1',
    text: 'Anyone may apply: the person who complained or any other person.',
    source: `${asbcpa} s104(1)(a)`,
    status: 'statutory',
    confidence: 'H',
    inForce: part6,
  },
  {
    id: 'ASB-A2',
    text: "A third party applies with the victim's consent; the victim may be an individual, a business or a community group.",
    source: 'GOV.UK ASB case review guidance',
    status: 'statutory-guidance',
    confidence: 'H',
    inForce: guidance,
  },
  {
    id: 'ASB-R1',
    text: 'The local government area is the district (in a two-tier area) or the unitary authority.',
    source: `${asbcpa} s105(2)`,
    status: 'statutory',
    confidence: 'H',
    inForce: part6,
  },
  {
    id: 'ASB-R2',
    text: 'The relevant bodies are the council, the chief officer of police, each ICB in the area, and co-opted local providers of social housing.',
    source: `${asbcpa} s105; Sch 4 para 5`,
    status: 'statutory',
    confidence: 'M',
    inForce: part6,
  },
  {
    id: 'ASB-E1',
    text: 'The procedures cover dissatisfaction with how the application was dealt with and with how the review was carried out; an upheld escalation may lead to a review.',
    source: `${asbcpa} Sch 4 para 3`,
    status: 'statutory',
    confidence: 'H',
    inForce: sch4Early,
  },
  {
    id: 'ASB-E2',
    text: 'Arrangements may involve the PCC in auditing reviews and giving victims a route to query the threshold decision or the review.',
    source: 'ASB statutory guidance (2014), as quoted by PCCs',
    status: 'statutory-guidance',
    confidence: 'M',
    inForce: guidance,
  },
  {
    id: 'ASB-E5',
    text: 'The local policing body (PCC) may review a lead agency\'s "threshold not met" decision at the applicant\'s request.',
    source: 'Crime and Policing Act 2026 (local policing body reviews)',
    status: 'pending',
    confidence: 'M',
    inForce: crimeAndPolicingAct2026('lpbThresholdReview'),
  },
  {
    id: 'ASB-L1',
    text: 'Local route: one qualifying complaint about a hate incident or hate crime meets the threshold.',
    source: 'Local procedures (e.g. South Ribble, Herefordshire), lawful under s104(5)',
    status: 'local',
    confidence: 'M',
    inForce: local,
  },
  {
    id: 'ASB-L2',
    text: 'Local route: several individuals or households reporting the same problem meet the threshold.',
    source: 'Local procedures (older South Derbyshire page, Cleveland), lawful under s104(5)',
    status: 'local',
    confidence: 'M',
    inForce: local,
  },
  {
    id: 'ASB-L3',
    text: "Local rule, opt-in: one person's reports of one incident to several bodies count once; complaints by different people are never merged.",
    source: 'Local procedures (Lincolnshire, Herefordshire, Ashfield)',
    status: 'local',
    confidence: 'M',
    inForce: local,
  },
  {
    id: 'ASB-L4',
    text: 'Local route: a senior manager may treat the threshold as met to safeguard a vulnerable victim.',
    source: 'Local procedures (Lincolnshire)',
    status: 'local',
    confidence: 'M',
    inForce: local,
  },
  {
    id: 'ASB-L5',
    text: 'Local route: two qualifying complaints meet the threshold if one involves a hate incident.',
    source: 'Local procedures (Plymouth)',
    status: 'local',
    confidence: 'M',
    inForce: local,
  },
  {
    id: 'PSPO-01',
    text: 'A local authority may make a PSPO if activities in a public place have a persistent, unreasonable detrimental effect on quality of life that justifies the restrictions.',
    source: `${asbcpa} s59`,
    status: 'statutory',
    confidence: 'H',
    inForce: part4,
  },
  {
    id: 'PSPO-02',
    text: 'A PSPO runs for at most 3 years; before expiry it may be extended by up to 3 years at a time, more than once.',
    source: `${asbcpa} s60`,
    status: 'statutory',
    confidence: 'M',
    inForce: part4,
  },
  {
    id: 'PSPO-03',
    text: 'A PSPO may be varied or discharged; making, extending, varying and discharging are published on the website and by notices at the place.',
    source: `${asbcpa} s61; SI 2014/2591 reg 3`,
    status: 'statutory',
    confidence: 'H',
    inForce: part4,
  },
  {
    id: 'PSPO-04',
    text: 'Before making, extending, varying or discharging: consult the police and PCC, community representatives and landowners; notify parish and county councils; publicise the proposal.',
    source: `${asbcpa} s72`,
    status: 'statutory',
    confidence: 'H',
    inForce: part4,
  },
  {
    id: 'PSPO-05',
    text: 'An interested person may challenge a PSPO or variation in the High Court within 6 weeks beginning with the day it is made.',
    source: `${asbcpa} s66`,
    status: 'statutory',
    confidence: 'H',
    inForce: part4,
  },
  {
    id: 'PSPO-06',
    text: 'Breach of a PSPO is an offence with a level 3 fine.',
    source: `${asbcpa} s67`,
    status: 'statutory',
    confidence: 'H',
    inForce: part4,
  },
  {
    id: 'PSPO-07',
    text: 'A fixed penalty for a PSPO breach: no proceedings for 14 days following the notice; at most £100.',
    source: `${asbcpa} s68`,
    status: 'statutory',
    confidence: 'M',
    inForce: part4,
  },
  {
    id: 'PSPO-08',
    text: 'Expedited PSPOs near schools and NHS sites run for up to 6 months and may be extended or reduced.',
    source: `${asbcpa} ss59A, 60A, 72A, 72B`,
    status: 'statutory',
    confidence: 'M',
    inForce: expedited,
  },
  {
    id: 'PSPO-09',
    text: 'The fixed penalty maximum for PSPO and CPN breaches rises from £100 to £500.',
    source: 'Crime and Policing Act 2026 (Bill cl. 4)',
    status: 'pending',
    confidence: 'M',
    inForce: crimeAndPolicingAct2026('fpnMaximum500'),
  },
  {
    id: 'PSPO-10',
    text: 'DPPOs, gating orders and dog control orders became PSPOs 3 years after commencement.',
    source: `${asbcpa} s75`,
    status: 'statutory',
    confidence: 'L',
    inForce: {
      from: '2017-10-20',
      to: null,
      commencement: 'recorded',
      basis: 'Three years after 20 Oct 2014 (recalled)',
      confidence: 'L',
    },
  },
  {
    id: 'CPN-01',
    text: 'A CPN may be issued to an individual aged 16 or over, or a body, for persistent, unreasonable conduct with a detrimental effect on the locality.',
    source: `${asbcpa} s43(1)`,
    status: 'statutory',
    confidence: 'H',
    inForce: part4,
  },
  {
    id: 'CPN-02',
    text: 'A written warning must come first, and the recipient must have had enough time to deal with the matter.',
    source: `${asbcpa} s43(5)`,
    status: 'statutory',
    confidence: 'H',
    inForce: part4,
  },
  {
    id: 'CPN-03',
    text: 'The issuer informs appropriate bodies first; the notice identifies the conduct and explains ss46–51.',
    source: `${asbcpa} s43(6)–(8)`,
    status: 'statutory',
    confidence: 'H',
    inForce: part4,
  },
  {
    id: 'CPN-04',
    text: "Appeal to the magistrates' court within 21 days beginning with the day of issue.",
    source: `${asbcpa} s46`,
    status: 'statutory',
    confidence: 'H',
    inForce: part4,
  },
  {
    id: 'CPN-05',
    text: 'Breach of a CPN is an offence: a level 4 fine for an individual, a fine for a body.',
    source: `${asbcpa} s48`,
    status: 'statutory',
    confidence: 'H',
    inForce: part4,
  },
  {
    id: 'CPN-06',
    text: 'A fixed penalty for a CPN breach: no proceedings for 14 days; at most £100.',
    source: `${asbcpa} s52`,
    status: 'statutory',
    confidence: 'M',
    inForce: part4,
  },
  {
    id: 'CPN-07',
    text: 'The statute sets no expiry for a CPW or CPN; local practice sets one (e.g. 6 and 12 months).',
    source: 'Local practice (e.g. Southend)',
    status: 'local',
    confidence: 'M',
    inForce: local,
  },
  {
    id: 'CPN-08',
    text: 'A CPW is not appealable: s46 applies to notices.',
    source: `${asbcpa} s46`,
    status: 'statutory',
    confidence: 'M',
    inForce: part4,
  },
  {
    id: 'CPN-09',
    text: 'Lowering the CPN minimum age from 16 to 10 was proposed; whether it returns is unconfirmed.',
    source: 'Criminal Justice Bill 2023-24 (fell); Crime and Policing Bill unconfirmed',
    status: 'pending',
    confidence: 'M',
    inForce: {
      from: null,
      to: null,
      commencement: 'unconfirmed',
      basis: 'Not law: only the minimumAge option of checkCpnPreconditions can apply it',
      confidence: 'UNCONFIRMED',
    },
  },
  {
    id: 'ABC-01',
    text: 'Acceptable Behaviour Contracts are voluntary and non-statutory; 6 months is a common local term.',
    source: 'Local practice',
    status: 'local',
    confidence: 'M',
    inForce: local,
  },
  {
    id: 'FPN-01',
    text: 'A lower amount for early payment must be paid within a period of less than 14 days.',
    source: `${asbcpa} s52(8) (CPN), s68(8) (PSPO)`,
    status: 'statutory',
    confidence: 'M',
    inForce: part4,
    note: 'Id given here: statutory-rules.md states the rule in §8.4 without one.',
  },
  {
    id: 'RESPECT-01',
    text: 'Respect orders for adults (harassment, alarm or distress), in place of Part 1 injunctions for them.',
    source: 'Crime and Policing Act 2026 (Respect orders)',
    status: 'pending',
    confidence: 'M',
    inForce: crimeAndPolicingAct2026('respectOrders'),
  },
]

/**
 * The rules outside the duty catalogue, one per id, frozen: ASB Case Review (threshold,
 * applicants, relevant bodies, escalation and local routes), PSPO, CPN, FPN and ABC rules, and
 * the Crime and Policing Act 2026 provisions whose commencement is configuration. Together with
 * the obligations of `statutoryDuties` they make {@link ruleTable}.
 *
 * @example
 * ```ts
 * lawRules.find((r) => r.id === 'PSPO-09')?.inForce.commencement //=> 'unconfirmed'
 * ```
 */
export const lawRules: readonly LawRule[] = Object.freeze(rules.map((r) => Object.freeze(r)))

/**
 * Looks a rule of {@link lawRules} up by id; `undefined` for an unknown id.
 *
 * @example
 * ```ts
 * findLawRule('CPN-02')?.source //=> 'ASBCPA 2014 s43(5)'
 * ```
 */
export function findLawRule(id: string): LawRule | undefined {
  return lawRules.find((rule) => rule.id === id)
}
