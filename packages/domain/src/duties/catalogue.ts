import type { Duty, DutyId } from './schema.ts'

// Data only. Rule ids, statuses and confidence marks are explained in
// docs/rules.md#statutory-duties; re-check PENDING and [UNCONFIRMED] items each release.
// `inForce.from` (and `inForceFrom`) is null wherever no commencement date was found (CDA regs,
// Prevent, DHR), rather than a date recalled from memory.

const cda = 'Crime and Disorder Act 1998'
const strategyRegs =
  'Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007'
const asbcpa = 'Anti-social Behaviour, Crime and Policing Act 2014'
const dvcva = 'Domestic Violence, Crime and Victims Act 2004'
const asbcpaPart6 = {
  from: '2014-10-20',
  to: null,
  commencement: 'recorded',
  basis: 'SI 2014/2590 art 3(d): ASBCPA 2014 Part 6 (incl. s104) in force 20 Oct 2014',
  confidence: 'H',
} as const
const sch4Early = {
  from: '2014-05-13',
  to: null,
  commencement: 'recorded',
  basis: 'SI 2014/949 art 3, Sch para 20(a): ASBCPA 2014 Sch 4 paras 1–4 in force 13 May 2014',
  confidence: 'H',
} as const

const duties: Duty[] = [
  {
    id: 'crime-and-disorder-strategy',
    title: 'Crime and disorder strategy, strategic assessment and partnership plan',
    summary:
      'The responsible authorities formulate and implement strategies on crime and disorder, substance misuse, re-offending and serious violence through a strategy group that prepares an annual strategic assessment and a rolling three-year partnership plan.',
    legislation: [
      {
        instrument: cda,
        provision: 's5',
        url: 'http://legislation.gov.uk/ukpga/1998/37/part/I/chapter/I/crossheading/crime-and-disorder-strategies/2023-12-20',
      },
      {
        instrument: cda,
        provision: 's6',
        url: 'https://legislation.gov.uk/ukpga/1998/37/section/6?view=plain',
      },
      { instrument: strategyRegs, provision: 'regs 3, 5–7, 9–14', si: 'SI 2007/1830' },
      {
        instrument:
          'Crime and Disorder (Formulation and Implementation of Strategy) (Amendment) Regulations 2011',
        si: 'SI 2011/1230',
      },
      {
        instrument:
          'Crime and Disorder (Formulation and Implementation of Strategy) (Amendment) Regulations 2012',
        provision: 'regs 9A, 13A, 14A',
        si: 'SI 2012/2660',
      },
      {
        instrument: 'Police Reform and Social Responsibility Act 2011',
        provision: 's10',
        url: 'https://legislation.gov.uk/id/ukpga/2011/13/section/10',
      },
    ],
    holders: ['responsible-authorities', 'strategy-group', 'county-strategy-group', 'pcc'],
    obligations: [
      {
        ruleId: 'CDA-01',
        text: 'Responsible authorities: the district (and in a two-tier area the county) council, probation, chief officers of police, fire and rescue authorities and ICBs. PCCs are not responsible authorities.',
        source: 'CDA 1998 s5(1)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'CDA-02',
        text: 'Formulate and implement strategies for reducing crime and disorder (incl. ASB), combating substance misuse, reducing re-offending and preventing and reducing serious violence.',
        source: 'CDA 1998 s6(1)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'CDA-03',
        text: "Have regard to the police and crime objectives in the PCC's police and crime plan.",
        source: 'CDA 1998 s6(1A)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'CDA-05',
        text: 'The strategy group prepares strategic assessments and prepares and implements a partnership plan.',
        source: 'SI 2007/1830 reg 3 (as substituted by SI 2011/1230)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'CDA-06',
        text: 'Prepare a strategic assessment once in each year.',
        source: 'SI 2007/1830 regs 5–7',
        status: 'statutory',
        confidence: 'M',
      },
      {
        ruleId: 'CDA-07',
        text: 'The partnership plan covers three years and is revised each year in the light of the strategic assessment.',
        source: 'SI 2007/1830 regs 10–11',
        status: 'statutory',
        confidence: 'M',
      },
      {
        ruleId: 'CDA-08',
        text: 'Make arrangements to obtain the views of people who live or work in the area on crime, disorder and substance misuse and on priorities.',
        source: 'SI 2007/1830 reg 12(1)–(3)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'CDA-09',
        text: 'Hold one or more public meetings each year attended by senior staff (reg 12(4) as made; whether it survives the 2011 amendments is unconfirmed, so treat as a configurable flag).',
        source: 'SI 2007/1830 reg 12(4) as made',
        status: 'statutory',
        confidence: 'UNCONFIRMED',
      },
      {
        ruleId: 'CDA-10',
        text: 'Publish the partnership plan or a summary of it (exact wording not retrieved).',
        source: 'SI 2007/1830 regs 13–14',
        status: 'statutory',
        confidence: 'L',
      },
      {
        ruleId: 'CDA-11',
        text: 'Send a copy of the partnership plan to the PCC; in two-tier areas the county community safety agreement also goes to the PCC.',
        source: 'SI 2012/2660 regs 9A, 13A',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'CDA-12',
        text: 'The PCC may require representatives to attend a meeting, and may require a report only if not satisfied the s6 functions are carried out effectively and efficiently.',
        source: 'SI 2012/2660 reg 14A',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'CDA-13',
        text: 'The PCC has regard to the priorities of each responsible authority, and the PCC and the authorities act in co-operation.',
        source: 'PRSRA 2011 s10',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'CDA-14',
        text: 'In two-tier areas a county strategy group prepares a community safety agreement (Derbyshire: Safer Communities Board).',
        source: 'SI 2007/1830 reg 9',
        status: 'statutory',
        confidence: 'M',
      },
    ],
    cadence: {
      kind: 'rolling-plan',
      months: 12,
      note: 'Strategic assessment once in each year; three-year plan refreshed annually; plan sent to the PCC on adoption and on each revision.',
    },
    status: 'statutory',
    inForceFrom: null,
    inForce: {
      from: null,
      to: null,
      commencement: 'not-recorded',
      basis: 'CDA 1998 ss5–6 and SI 2007/1830 as amended; commencement dates not recorded here',
      confidence: 'M',
    },
    sources: ['C1', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'V7'],
    notes:
      'The month of the strategic assessment and the plan year are local configuration; the law gives no day.',
  },
  {
    id: 'crime-and-disorder-due-regard',
    title: 'Crime and Disorder Act 1998 s17: due regard to crime and disorder',
    summary:
      'Each authority listed in s17(2) exercises all its functions with due regard to their likely effect on, and the need to do all it reasonably can to prevent, crime and disorder (including anti-social behaviour), substance misuse, re-offending and serious violence in its area.',
    legislation: [
      {
        instrument: cda,
        provision: 's17',
        url: 'https://www.legislation.gov.uk/ukpga/1998/37/section/17',
      },
    ],
    holders: ['s17-authorities'],
    obligations: [
      {
        ruleId: 'CDA-15',
        text: 'Exercise every function with due regard to its likely effect on, and the need to do all that the authority reasonably can to prevent, crime and disorder (including anti-social and other behaviour adversely affecting the local environment), the misuse of drugs, alcohol and other substances, re-offending and serious violence in its area.',
        source: 'CDA 1998 s17(1), (1A)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'CDA-17',
        text: 'The authorities are local authorities, joint and combined authorities, fire and rescue authorities, local policing bodies, National Park authorities, the Broads Authority, the GLA and Transport for London.',
        source: 'CDA 1998 s17(2)',
        status: 'statutory',
        confidence: 'H',
      },
    ],
    cadence: {
      kind: 'continuous',
      note: 'A continuous due-regard duty over every function, with no deadlines.',
    },
    status: 'statutory',
    inForceFrom: '1998-09-30',
    inForce: {
      from: '1998-09-30',
      to: null,
      commencement: 'recorded',
      basis:
        'SI 1998/2327 art 2(1) (legislation.gov.uk commencement note); paragraphs (1)(a)–(b) from 1 Aug 2007, (c) re-offending later, (d) serious violence from 31 Jan 2023 (SVD-08)',
      confidence: 'H',
    },
    sources: ['C1', 'V6'],
    notes:
      'Rule ids CDA-15 to CDA-17 are given here: statutory-rules.md does not number s17 and s17A.',
  },
  {
    id: 'crime-and-disorder-information-sharing',
    title: 'Crime and Disorder Act 1998 s17A: sharing depersonalised information',
    summary:
      'Each relevant authority discloses to the others the information of a prescribed description it holds (depersonalised data relevant to reducing crime and disorder, including anti-social behaviour, and substance misuse), at the prescribed intervals and in the prescribed form.',
    legislation: [
      {
        instrument: cda,
        provision: 's17A',
        url: 'https://www.legislation.gov.uk/ukpga/1998/37/section/17A',
      },
      {
        instrument: 'Crime and Disorder (Prescribed Information) Regulations 2007',
        si: 'SI 2007/1831',
      },
    ],
    holders: ['responsible-authorities'],
    obligations: [
      {
        ruleId: 'CDA-16',
        text: 'Disclose to all other relevant authorities the information held that is of a prescribed description, at the prescribed intervals and in the prescribed form (depersonalised information of potential relevance to reducing crime and disorder).',
        source: 'CDA 1998 s17A(1)–(3); SI 2007/1831',
        status: 'statutory',
        confidence: 'M',
      },
    ],
    cadence: {
      kind: 'interval',
      note: 'At the intervals the Prescribed Information Regulations set (not retrieved: check SI 2007/1831).',
    },
    status: 'statutory',
    inForceFrom: '2007-08-01',
    inForce: {
      from: '2007-08-01',
      to: null,
      commencement: 'recorded',
      basis:
        'Inserted by the Police and Justice Act 2006; valid from 1 Aug 2007 in England (legislation.gov.uk)',
      confidence: 'H',
    },
    sources: ['C1'],
    notes:
      'Which authorities are "relevant authorities" and the prescribed descriptions are in s17A(4) and SI 2007/1831, not retrieved ([M]); the SI number is recalled.',
  },
  {
    id: 'serious-violence-duty',
    title: 'Serious Violence Duty',
    summary:
      'Specified authorities for a local government area collaborate to prevent and reduce serious violence: identify its kinds and causes, and prepare and implement a strategy.',
    legislation: [
      {
        instrument: 'Police, Crime, Sentencing and Courts Act 2022',
        provision: 'Part 2 Chapter 1 (ss8–20, Sch 1)',
        url: 'https://www.legislation.gov.uk/ukpga/2022/32/part/2/chapter/1',
      },
      {
        instrument: cda,
        provision: 's6(1)(d)',
        url: 'https://legislation.gov.uk/ukpga/1998/37/section/6?view=plain',
      },
    ],
    holders: ['svd-specified-authorities', 'responsible-authorities'],
    obligations: [
      {
        ruleId: 'SVD-01',
        text: 'Collaborate, and plan together, to prevent and reduce serious violence.',
        source: 'PCSC Act 2022 s8(1)–(2)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'SVD-02',
        text: 'Identify the kinds and causes of serious violence and prepare and implement a strategy.',
        source: 'PCSC Act 2022 s8(3)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'SVD-03',
        text: 'Consult each educational, prison and youth custody authority for the area when preparing the strategy.',
        source: 'PCSC Act 2022 s8(4)–(5), s15',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'SVD-04',
        text: 'Specified authorities: police, fire and rescue, ICBs, local authorities (district, county, unitary), youth offending teams, probation.',
        source: 'PCSC Act 2022 s11, Sch 1',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'SVD-05',
        text: 'Violence includes domestic abuse, sexual offences, violence against property and threats; it excludes terrorism.',
        source: 'PCSC Act 2022 s13',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'SVD-06',
        text: 'The PCC may assist and may request information.',
        source: 'PCSC Act 2022 ss14, 17',
        status: 'statutory',
        confidence: 'M',
      },
      {
        ruleId: 'SVD-07',
        text: 'CSP responsible authorities have an explicit strategy duty on serious violence (CDA s6(1)(d)).',
        source: 'CDA 1998 s6(1)(d) (inserted by PCSC Act 2022 s20)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'SVD-08',
        text: 'The CDA s17 due-regard duty covers serious violence.',
        source: 'CDA 1998 s17(1)(d) (inserted by PCSC Act 2022 s20)',
        status: 'statutory',
        confidence: 'M',
      },
      {
        ruleId: 'SVD-09',
        text: 'The 2022 Strategies Regulations cover publication of strategies; SI number and exact duties unconfirmed.',
        source: 'Prevention and Reduction of Serious Violence (Strategies etc.) Regulations 2022',
        status: 'statutory',
        confidence: 'UNCONFIRMED',
      },
      {
        ruleId: 'SVD-10',
        text: 'Review the strategy annually (guidance); the first strategy was expected by 31 Jan 2024.',
        source: 'Serious Violence Duty statutory guidance (Dec 2022, updated Jun 2023)',
        status: 'statutory-guidance',
        confidence: 'M',
      },
    ],
    cadence: {
      kind: 'interval',
      months: 12,
      note: 'Strategy reviewed annually under the guidance; whether a statutory annual review exists is unconfirmed (§10 item 6).',
    },
    status: 'statutory',
    inForceFrom: '2023-01-31',
    inForce: {
      from: '2023-01-31',
      to: null,
      commencement: 'recorded',
      basis: 'PCSC Act 2022 Part 2 Ch 1 in force 31 Jan 2023 (statutory-rules.md §3, V5, V6)',
      confidence: 'M',
    },
    sources: ['V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V8'],
  },
  {
    id: 'prevent',
    title: 'Prevent duty',
    summary:
      'Specified authorities must, in exercising their functions, have due regard to the need to prevent people from being drawn into terrorism.',
    legislation: [
      { instrument: 'Counter-Terrorism and Security Act 2015', provision: 'ss26, 29, Sch 6 Pt 1' },
      {
        instrument:
          'Counter-Terrorism and Security Act 2015 (Prevent duty guidance) Regulations 2023',
        si: 'SI 2023/1268',
        url: 'https://zoomlaw.co.uk/2023-1268-uksi.html',
      },
    ],
    holders: ['prevent-specified-authorities'],
    obligations: [
      {
        ruleId: 'PRE-01',
        text: 'Have due regard to the need to prevent people from being drawn into terrorism.',
        source: 'CTSA 2015 s26',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'PRE-02',
        text: 'Specified authorities include councils, criminal justice, education and childcare, health and social care bodies and police.',
        source: 'CTSA 2015 Sch 6 Pt 1',
        status: 'statutory',
        confidence: 'M',
      },
      {
        ruleId: 'PRE-03',
        text: 'Have regard to the s29 guidance: the 2015 guidance until 30 Dec 2023, the 2023 guidance from 31 Dec 2023.',
        source: 'CTSA 2015 s29; SI 2023/1268',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'PRE-06',
        text: 'Local authorities have a Channel panel (recalled, not re-verified).',
        source: 'CTSA 2015 s36 onwards',
        status: 'statutory',
        confidence: 'L',
      },
    ],
    cadence: { kind: 'continuous', note: 'A continuous due-regard duty with no deadlines.' },
    status: 'statutory',
    inForceFrom: null,
    inForce: {
      from: null,
      to: null,
      commencement: 'not-recorded',
      basis:
        'CTSA 2015 s26; commencement not recorded here. The 2023 guidance applies from 31 Dec 2023 (PRE-04)',
      confidence: 'M',
    },
    sources: ['P1', 'P2', 'P3'],
  },
  {
    id: 'domestic-abuse-act',
    title: 'Domestic Abuse Act 2021: definition and safe accommodation duty',
    summary:
      'Defines domestic abuse; tier-one councils assess need for accommodation-based support and publish, implement and review a strategy, with tier-two councils co-operating; victims made homeless by domestic abuse have priority need.',
    legislation: [
      {
        instrument: 'Domestic Abuse Act 2021',
        provision: 'ss1–3, Part 4 (ss57–59), s78',
        url: 'https://legislation.gov.uk/ukpga/2021/17/part/4/data.xht',
      },
      {
        instrument:
          'Domestic Abuse Support (Local Authority Strategies and Annual Reports) Regulations 2021',
        provision: 'regs 3–4',
        si: 'SI 2021/990',
      },
    ],
    holders: ['tier-one-council', 'tier-two-council'],
    obligations: [
      {
        ruleId: 'DA-01',
        text: 'Domestic abuse: A and B each aged 16 or over, personally connected, and the behaviour is abusive.',
        source: 'DA Act 2021 s1(2)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'DA-02',
        text: 'Abusive includes physical, sexual, violent, threatening, controlling or coercive, economic and psychological abuse; a single incident or a course of conduct.',
        source: 'DA Act 2021 s1(3)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'DA-07',
        text: 'Tier-one councils assess need, prepare, publish, implement, monitor and review a safe accommodation strategy, consulting the DA Local Partnership Board.',
        source: 'DA Act 2021 s57(1)–(5)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'DA-08',
        text: 'Tier-two councils co-operate with the tier-one council so far as reasonably practicable when asked.',
        source: 'DA Act 2021 s57(7)–(8)',
        status: 'statutory',
        confidence: 'M',
      },
      {
        ruleId: 'DA-09',
        text: 'Review the strategy within 3 years beginning with the date of first publication and within each subsequent 3-year period.',
        source: 'SI 2021/990 regs 3–4',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'DA-10',
        text: "As soon as reasonably practicable after the end of each financial year, submit to the Secretary of State an annual report on the exercise of the authority's Part 4 functions in that year (tier-one councils). The law sets no day.",
        source: 'DA Act 2021 s59(1), (3); SI 2021/990',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'DA-11',
        text: 'A person homeless as a result of being a victim of domestic abuse has priority need (decisions from 5 Jul 2021).',
        source: 'DA Act 2021 s78; Housing Act 1996 s189',
        status: 'statutory',
        confidence: 'H',
        inForce: {
          from: '2021-07-05',
          to: null,
          commencement: 'recorded',
          basis: 'DA Act 2021 s78: decisions on or after 5 Jul 2021 (statutory-rules.md DA-11)',
          confidence: 'H',
        },
      },
    ],
    cadence: {
      kind: 'interval',
      months: 36,
      note: 'Strategy review within each 3-year period beginning with first publication.',
    },
    status: 'statutory',
    inForceFrom: '2021-10-01',
    inForce: {
      from: '2021-10-01',
      to: null,
      commencement: 'recorded',
      basis: 'DA Act 2021 Part 4 and SI 2021/990 in force 1 Oct 2021 (statutory-rules.md DA-07)',
      confidence: 'H',
    },
    sources: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'],
  },
  {
    id: 'domestic-homicide-review',
    title: 'Domestic Homicide Reviews',
    summary:
      'Reviews of deaths of people aged 16 or over that have, or appear to have, resulted from violence, abuse or neglect by a relative, partner or household member; the CSP sets them up on notification by the police.',
    legislation: [
      {
        instrument: dvcva,
        provision: 's9',
        url: 'http://www.legislation.gov.uk/ukpga/2004/28/part/1/crossheading/domestic-homicide-reviews?view=plain',
      },
      {
        instrument:
          'Multi-agency statutory guidance for the conduct of Domestic Homicide Reviews (2016)',
      },
    ],
    holders: ['dhr-bodies', 'responsible-authorities'],
    obligations: [
      {
        ruleId: 'DHR-01',
        text: 'A DHR reviews a death of a person aged 16+ resulting from violence, abuse or neglect by a relative, partner or household member.',
        source: 'DVCVA 2004 s9(1)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'DHR-03',
        text: 'Bodies establishing or taking part have regard to Secretary of State guidance.',
        source: 'DVCVA 2004 s9(3)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'DHR-04',
        text: 'Send the conclusions report to the Domestic Abuse Commissioner as soon as reasonably practicable after completion.',
        source: 'DVCVA 2004 s9(3B)–(3C)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'DHR-06',
        text: 'The police notify the CSP in writing; the CSP is responsible for setting up reviews.',
        source: 'DHR statutory guidance (2016)',
        status: 'statutory-guidance',
        confidence: 'H',
      },
      {
        ruleId: 'DHR-07',
        text: 'Decide whether to hold a DHR within 1 month of the homicide coming to attention and inform the Home Office (recalled, not re-read: configurable).',
        source: 'DHR statutory guidance (2016) §3',
        status: 'statutory-guidance',
        confidence: 'L',
      },
      {
        ruleId: 'DHR-08',
        text: 'Complete the overview report within 6 months of the decision to proceed where practical (recalled, not re-read: configurable).',
        source: 'DHR statutory guidance (2016) §5',
        status: 'statutory-guidance',
        confidence: 'L',
      },
      {
        ruleId: 'DHR-09',
        text: 'The Home Office Quality Assurance Panel approves the report before publication.',
        source: 'DHR statutory guidance (2016) §11',
        status: 'statutory-guidance',
        confidence: 'M',
      },
      {
        ruleId: 'DHR-10',
        text: 'Publish the anonymised overview report and executive summary on the CSP website, commonly for at least 12 months.',
        source: 'DHR statutory guidance (2016) §9',
        status: 'statutory-guidance',
        confidence: 'M',
      },
    ],
    cadence: { kind: 'event', note: 'Runs from each police notification of a domestic homicide.' },
    status: 'statutory',
    inForceFrom: null,
    inForce: {
      from: null,
      to: null,
      commencement: 'not-recorded',
      basis:
        'DVCVA 2004 s9; commencement not recorded here. DARDRs replace DHRs for notifications from PartnershipConfig.dardrEffectiveFrom, once VPA 2024 s19 is commenced',
      confidence: 'M',
    },
    sources: ['D1', 'D6', 'D7', 'D8', 'D9'],
    notes:
      'In Derbyshire the County Council co-ordinates DHRs. Day counts are configuration (basis STAT-GUIDANCE-2016).',
  },
  {
    id: 'domestic-abuse-related-death-review',
    title: 'Domestic Abuse Related Death Reviews (not yet commenced)',
    summary:
      'Victims and Prisoners Act 2024 s19 replaces DHRs with reviews of deaths resulting from domestic abuse within the Domestic Abuse Act 2021 meaning; prospective, not commenced in the sources seen.',
    legislation: [
      {
        instrument: 'Victims and Prisoners Act 2024',
        provision: 's19',
        url: 'https://legislation.gov.uk/ukpga/2024/21/section/19',
      },
    ],
    holders: ['dhr-bodies'],
    obligations: [
      {
        ruleId: 'DHR-12',
        text: 'Review deaths resulting from domestic abuse; send the report to the Secretary of State and the Domestic Abuse Commissioner.',
        source: 'VPA 2024 s19',
        status: 'pending',
        confidence: 'UNCONFIRMED',
      },
      {
        ruleId: 'DHR-13',
        text: 'Both people must be aged 16+ and personally connected; non-relative household members drop out.',
        source: 'DA Act 2021 s1; VPA 2024 s19',
        status: 'pending',
        confidence: 'M',
      },
      {
        ruleId: 'DHR-14',
        text: 'Draft guidance proposes a Scoping Review stage and roles for the DA Commissioner and PCCs; final day counts unconfirmed.',
        source: 'Draft DHR statutory guidance (May 2024)',
        status: 'pending',
        confidence: 'UNCONFIRMED',
      },
    ],
    cadence: {
      kind: 'event',
      note: 'As DHRs, once commenced; the switch date stays null until s19 is commenced.',
    },
    status: 'pending',
    inForceFrom: null,
    inForce: {
      from: null,
      to: null,
      commencement: 'unconfirmed',
      setting: 'dardrEffectiveFrom',
      basis:
        'VPA 2024 s19 is prospective (not commenced in the sources seen): off unless PartnershipConfig.dardrEffectiveFrom is set',
      confidence: 'UNCONFIRMED',
    },
    sources: ['D2', 'D3', 'D4', 'D5'],
  },
  {
    id: 'modern-slavery-s52',
    title: 'Modern Slavery Act 2015 s52: duty to notify',
    summary:
      'A public authority with reasonable grounds to believe a person may be a victim of slavery or human trafficking must notify the Home Office (NRM referral or MS1).',
    legislation: [
      {
        instrument: 'Modern Slavery Act 2015',
        provision: 's52',
        url: 'http://legislation.gov.uk/id/ukpga/2015/30/section/52/1',
      },
    ],
    holders: ['s52-public-authorities'],
    obligations: [
      {
        ruleId: 'MS-01',
        text: 'Notify the Secretary of State on reasonable grounds to believe a person may be a victim.',
        source: 'MSA 2015 s52(1)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'MS-03',
        text: 'Covers police, BTP, NCA, county, district and London borough councils, the GLA and the GLAA.',
        source: 'MSA 2015 s52 (authorities listed)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'MS-04',
        text: 'For an adult, no identifying information without consent.',
        source: 'MSA 2015 s52(3)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'MS-05',
        text: 'NRM referral for children and consenting adults; MS1 for adults who do not consent.',
        source: 'Home Office guidance (NRM referral, MS1 form)',
        status: 'statutory',
        confidence: 'M',
      },
    ],
    cadence: {
      kind: 'continuous',
      note: 'On each encounter; no statutory day limit for notification.',
    },
    status: 'statutory',
    inForceFrom: '2015-11-01',
    inForce: {
      from: '2015-11-01',
      to: null,
      commencement: 'recorded',
      basis: 'Home Office Circular 025/2015 (MS-02)',
      confidence: 'H',
    },
    sources: ['M1', 'M2', 'M3', 'M4', 'M5'],
  },
  {
    id: 'asb-case-review-publication',
    title: 'ASB Case Review: annual publication of figures',
    summary:
      'The relevant bodies publish, at intervals of not more than 12 months, the applications received, threshold-not-met decisions, reviews carried out and reviews with recommendations.',
    legislation: [
      {
        instrument: asbcpa,
        provision: 's104(10)',
        url: 'https://legislation.gov.uk/ukpga/2014/12/section/104/2017-12-15/data.htm?view=plain',
      },
    ],
    holders: ['asb-relevant-bodies'],
    obligations: [
      {
        ruleId: 'ASB-10',
        text: 'Publish the four figures at intervals of not more than 12 months.',
        source: 'ASBCPA 2014 s104(10)',
        status: 'statutory',
        confidence: 'M',
      },
    ],
    cadence: {
      kind: 'interval',
      months: 12,
      note: 'Next publication due 12 calendar months after the last one; the reporting period is local.',
    },
    status: 'statutory',
    inForceFrom: '2014-10-20',
    inForce: asbcpaPart6,
    sources: ['S1', 'S7', 'S14', 'S15'],
  },
  {
    id: 'asb-case-review-procedures',
    title: 'ASB Case Review: review procedures',
    summary:
      'The relevant bodies make and publish review procedures with a point of contact, consult the PCC, co-opt social housing providers, cover dissatisfied applicants, and may require information for a review.',
    legislation: [
      {
        instrument: asbcpa,
        provision: 'ss104–105, Sch 4 (incl. para 7: information)',
        url: 'http://www.legislation.gov.uk./ukpga/2014/12/schedule/4/data.html',
      },
    ],
    holders: ['asb-relevant-bodies', 'public-function-holders'],
    obligations: [
      {
        ruleId: 'ASB-02',
        text: 'Make review procedures and publish the current ones.',
        source: 'ASBCPA 2014 s104(2)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'ASB-03',
        text: 'Name a point of contact and pass applications to all relevant bodies.',
        source: 'ASBCPA 2014 s104(3)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'ASB-R3',
        text: 'Co-opt local providers of social housing as relevant bodies.',
        source: 'ASBCPA 2014 Sch 4 para 5',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'ASB-R4',
        text: 'Consult the PCC (and housing providers as appropriate) when making or revising procedures.',
        source: 'ASBCPA 2014 Sch 4 paras 1–2',
        status: 'statutory',
        confidence: 'H',
        inForce: sch4Early,
      },
      {
        ruleId: 'ASB-R5',
        text: 'Say what happens when an applicant is dissatisfied.',
        source: 'ASBCPA 2014 Sch 4 para 3',
        status: 'statutory',
        confidence: 'H',
        inForce: sch4Early,
      },
      {
        ruleId: 'ASB-R6',
        text: 'Assess the effectiveness of the procedures and revise them.',
        source: 'ASBCPA 2014 Sch 4 para 4',
        status: 'statutory',
        confidence: 'H',
        inForce: sch4Early,
      },
      {
        ruleId: 'ASB-R7',
        text: 'For a case review the relevant bodies may ask any person to disclose information; a person exercising public functions must comply when the information relates to those functions, unless disclosure would breach data protection law or the investigatory powers legislation.',
        source: 'ASBCPA 2014 Sch 4 para 7 (explanatory notes para 236)',
        status: 'statutory',
        confidence: 'M',
        inForce: {
          from: '2014-10-20',
          to: null,
          commencement: 'recorded',
          basis: 'SI 2014/2590 art 3(f): Sch 4 to the extent not already in force, 20 Oct 2014',
          confidence: 'H',
        },
      },
    ],
    cadence: {
      kind: 'continuous',
      note: 'Standing duty; the local government area is the district or unitary.',
    },
    status: 'statutory',
    inForceFrom: '2014-10-20',
    inForce: asbcpaPart6,
    sources: ['S1', 'S3', 'S4'],
  },
  {
    id: 'offensive-weapons-homicide-review',
    title: 'Offensive Weapons Homicide Reviews (pilot areas only)',
    summary:
      'Review partners (police, local authority, ICB or local health board) arrange a review of a qualifying homicide of a person aged 18 or over involving, or likely to involve, an offensive weapon. Piloted only: the duty applies to the pilot partners named in SI 2023/227, not to other areas.',
    legislation: [
      {
        instrument: 'Police, Crime, Sentencing and Courts Act 2022',
        provision: 'Part 2 Chapter 2 (ss23 onwards)',
        url: 'https://www.legislation.gov.uk/ukpga/2022/32/part/2/chapter/2',
      },
      {
        instrument:
          'Police, Crime, Sentencing and Courts Act 2022 (Commencement No. 1) (England and Wales) Regulations 2023',
        provision: 'regs 1, 3–4',
        si: 'SI 2023/227',
      },
    ],
    holders: ['owhr-review-partners'],
    obligations: [
      {
        ruleId: 'OWHR-01',
        text: 'A review partner who considers a death a qualifying homicide (victim 18 or over, an offensive weapon involved or likely) joins the other relevant review partners in arranging a review.',
        source: 'PCSC Act 2022 s24(1)',
        status: 'statutory',
        confidence: 'H',
      },
      {
        ruleId: 'OWHR-02',
        text: 'Applies only to the pilot partners: the police, councils and ICBs for Barnet, Brent, Harrow, Lambeth, Southwark, Birmingham and Coventry, and South Wales, for deaths in the pilot period beginning 1 April 2023; reviews started in the pilot continue (reg 4).',
        source: 'SI 2023/227 regs 1, 4',
        status: 'statutory',
        confidence: 'M',
      },
    ],
    cadence: { kind: 'event', note: 'Runs from each qualifying homicide in a pilot area.' },
    status: 'statutory',
    inForceFrom: '2023-04-01',
    inForce: {
      from: '2023-04-01',
      to: null,
      commencement: 'recorded',
      basis:
        'SI 2023/227: pilot period beginning 1 Apr 2023, for pilot partners only. When the pilot ended, or whether it was extended, is unconfirmed (the stored text of the SI gives 9 months; the Home Office described 18)',
      confidence: 'M',
    },
    applicability:
      'Pilot areas only (SI 2023/227): Barnet, Brent, Harrow, Lambeth, Southwark, Birmingham, Coventry and South Wales. It does not apply elsewhere (not in Derbyshire) unless regulations extend it.',
    sources: ['SI 2023/227', 'PCSC Act 2022 Part 2 Ch 2'],
    notes: 'Rule ids OWHR-01 and OWHR-02 are given here: statutory-rules.md does not cover OWHRs.',
  },
]

/**
 * The catalogue of CSP statutory duties (docs/rules.md#statutory-duties; with CDA s17 and
 * s17A, the ASB Case Review information duty and the OWHR pilot added from the legal review of
 * issue 17), one entry per {@link DutyId}, frozen. Each duty and obligation carries its source
 * and when it is in force (`inForce`). Obligations with `L` or `UNCONFIRMED` confidence, and `pending`
 * duties, are listed for information only: nothing here turns them into law.
 *
 * @example
 * ```ts
 * statutoryDuties.map((d) => d.id).includes('serious-violence-duty') //=> true
 * findDuty('prevent')?.legislation[0]?.provision //=> 'ss26, 29, Sch 6 Pt 1'
 * ```
 */
export const statutoryDuties: readonly Duty[] = Object.freeze(duties)

/**
 * Looks a duty up by id; `undefined` for an unknown id.
 *
 * @example
 * ```ts
 * findDuty('modern-slavery-s52')?.inForceFrom //=> '2015-11-01'
 * findDuty('nope') //=> undefined
 * ```
 */
export function findDuty(id: DutyId | string): Duty | undefined {
  return statutoryDuties.find((duty) => duty.id === id)
}
