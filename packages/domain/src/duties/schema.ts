import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'

/**
 * How sure a rule is (docs/rules.md#confidence): `H` checked on legislation.gov.uk or GOV.UK, `M`
 * secondary or local sources, `L` recalled only, `UNCONFIRMED` could not be established. Only
 * `H` and `M` rules are encoded as law; the others are configuration with a documented default.
 *
 * @example
 * ```ts
 * RuleConfidence.parse('M') //=> 'M'
 * RuleConfidence.safeParse('high').success //=> false
 * ```
 */
export const RuleConfidence = z.enum(['H', 'M', 'L', 'UNCONFIRMED']).meta({
  id: 'RuleConfidence',
  description:
    'How sure the project is of the rule: H (high), M (medium), L (low) or UNCONFIRMED (see docs/rules.md)',
})
export type RuleConfidence = z.infer<typeof RuleConfidence>

/**
 * The legal force of a rule: an Act or SI, statutory guidance ("must have regard"), local
 * practice (configuration only), or pending (in a Bill or draft, not in force).
 *
 * @example
 * ```ts
 * RuleStatus.parse('statutory-guidance') //=> 'statutory-guidance'
 * ```
 */
export const RuleStatus = z
  .enum(['statutory', 'statutory-guidance', 'local', 'pending'])
  .meta({ id: 'RuleStatus', description: 'STATUTORY / STAT-GUIDANCE / LOCAL / PENDING' })
export type RuleStatus = z.infer<typeof RuleStatus>

/**
 * A pointer into legislation or guidance: the instrument, the provision and, for SIs, the
 * number. `url` is the source the rule was checked against, when there is one.
 *
 * @example
 * ```ts
 * LegislationRef.parse({ instrument: 'Counter-Terrorism and Security Act 2015', provision: 's26' })
 * //=> { instrument: 'Counter-Terrorism and Security Act 2015', provision: 's26' }
 * ```
 */
export const LegislationRef = z
  .object({
    instrument: z.string().min(1),
    provision: z.string().min(1).optional(),
    /** SI number for regulations, e.g. `SI 2007/1830`. */
    si: z
      .string()
      .regex(/^SI \d{4}\/\d+$/, 'must look like SI 2007/1830')
      .optional(),
    url: z.url().optional(),
  })
  .meta({ id: 'LegislationRef' })
export type LegislationRef = z.infer<typeof LegislationRef>

/**
 * Who holds a duty. Names follow the legislation: CDA "responsible authorities", PCSC and CTSA
 * "specified authorities" (different lists), DA Act tier-one and tier-two councils, ASBCPA
 * "relevant bodies" (and anyone exercising public functions, asked for information under Sch 4
 * para 7), the 2007 Regulations' strategy group, the bodies in DVCVA s9(4), the authorities in
 * CDA s17(2), and the OWHR review partners (PCSC Act 2022 s25).
 *
 * @example
 * ```ts
 * DutyHolder.parse('tier-one-council') //=> 'tier-one-council'
 * ```
 */
export const DutyHolder = z
  .enum([
    'responsible-authorities',
    'strategy-group',
    'county-strategy-group',
    'svd-specified-authorities',
    'prevent-specified-authorities',
    'tier-one-council',
    'tier-two-council',
    'asb-relevant-bodies',
    'public-function-holders',
    's17-authorities',
    'dhr-bodies',
    'owhr-review-partners',
    's52-public-authorities',
    'local-authority',
    'pcc',
  ])
  .meta({ id: 'DutyHolder' })
export type DutyHolder = z.infer<typeof DutyHolder>

/**
 * A rule id listed in docs/rules.md, e.g. `CDA-06`, `PSPO-05`, `G25-1`.
 *
 * @example
 * ```ts
 * RuleId.parse('PSPO-05') //=> 'PSPO-05'
 * RuleId.safeParse('pspo 5').success //=> false
 * ```
 */
export const RuleId = z
  .string()
  .regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/, 'must be a rule id such as CDA-06')
  .meta({ id: 'RuleId' })
export type RuleId = z.infer<typeof RuleId>

/**
 * The stable ids of the duties in {@link statutoryDuties}. API paths and saved records use
 * them, so they never change once published.
 *
 * @example
 * ```ts
 * DutyId.parse('modern-slavery-s52') //=> 'modern-slavery-s52'
 * ```
 */
export const DutyId = z
  .enum([
    'crime-and-disorder-strategy',
    'crime-and-disorder-due-regard',
    'crime-and-disorder-information-sharing',
    'serious-violence-duty',
    'prevent',
    'domestic-abuse-act',
    'domestic-homicide-review',
    'domestic-abuse-related-death-review',
    'modern-slavery-s52',
    'asb-case-review-publication',
    'asb-case-review-procedures',
    'offensive-weapons-homicide-review',
  ])
  .meta({ id: 'DutyId' })
export type DutyId = z.infer<typeof DutyId>

/**
 * The Crime and Policing Act 2026 provisions whose commencement could not be confirmed, by the
 * name of the setting that switches each on (see `Commencements`): the local policing body's
 * review of "threshold not met" decisions (ASB-E5), Respect orders, and the £500 fixed penalty
 * maximum (PSPO-09).
 *
 * @example
 * ```ts
 * CommencementKey.options //=> ['lpbThresholdReview', 'respectOrders', 'fpnMaximum500']
 * ```
 */
export const CommencementKey = z
  .enum(['lpbThresholdReview', 'respectOrders', 'fpnMaximum500'])
  .meta({ id: 'CommencementKey' })
export type CommencementKey = z.infer<typeof CommencementKey>

/**
 * When a rule or duty is in force, and how that is known. `commencement` is one of:
 * - `recorded`: in force from `from` (and until `to`, if it has ended), as `basis` says;
 * - `not-recorded`: in force before any date the library handles; the commencement date is not
 *   recorded here (`from` is null) rather than recalled;
 * - `unconfirmed`: commencement could not be confirmed, so it is configuration and OFF by
 *   default: it is in force from the date set in `Commencements[setting]`, or from
 *   `PartnershipConfig.dardrEffectiveFrom` for DARDRs (`setting` names where); without a
 *   `setting` the library never applies it as law (an option may, e.g. a lower CPN age);
 * - `local`: local practice, in force where a partnership's procedure adopts it.
 *
 * @example
 * ```ts
 * InForce.parse({ from: '2014-10-20', to: null, commencement: 'recorded',
 *   basis: 'SI 2014/2590 art 3', confidence: 'H' }).from //=> '2014-10-20'
 * ```
 */
export const InForce = z
  .object({
    from: IsoDate.nullable(),
    to: IsoDate.nullable(),
    commencement: z.enum(['recorded', 'not-recorded', 'unconfirmed', 'local']),
    /** For `unconfirmed`: the setting that switches it on. */
    setting: z.union([CommencementKey, z.literal('dardrEffectiveFrom')]).optional(),
    /** Where the dates come from (a commencement order, the doc's rule, a setting). */
    basis: z.string().min(1),
    /** How sure the dates are (the rule's own confidence is separate). */
    confidence: RuleConfidence,
  })
  .superRefine((f, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message })
    if (f.commencement === 'recorded' && f.from === null)
      issue('from', 'a recorded commencement needs from')
    if (f.commencement !== 'recorded' && f.from !== null) {
      issue('from', `a ${f.commencement} commencement has no from date`)
    }
    if (f.from !== null && f.to !== null && f.to < f.from) issue('to', 'must not be before from')
  })
  .meta({ id: 'InForce' })
export type InForce = z.infer<typeof InForce>

/**
 * One obligation within a duty, tied to its rule id in docs/rules.md (e.g. `CDA-06`), with
 * the provision it comes from. `inForce` is set where it differs from the duty's (an amendment
 * that came later, a pending provision).
 *
 * @example
 * ```ts
 * DutyObligation.parse({ ruleId: 'MS-01', text: 'Notify the Home Office', source: 'MSA 2015 s52(1)',
 *   status: 'statutory', confidence: 'H' })
 * ```
 */
export const DutyObligation = z
  .object({
    ruleId: RuleId,
    text: z.string().min(1),
    /** The provision or document the rule comes from, e.g. `CDA 1998 s5(1)`. */
    source: z.string().min(1),
    status: RuleStatus,
    confidence: RuleConfidence,
    inForce: InForce.optional(),
  })
  .meta({ id: 'DutyObligation' })
export type DutyObligation = z.infer<typeof DutyObligation>

/**
 * How often a duty recurs. `continuous` duties (due regard, notify when it happens) have no
 * date; `event` duties run from a trigger such as a DHR notification; `annual` and `interval`
 * duties recur every `months`.
 *
 * @example
 * ```ts
 * DutyCadence.parse({ kind: 'annual', months: 12, note: 'strategic assessment once in each year' })
 * ```
 */
export const DutyCadence = z
  .object({
    kind: z.enum(['continuous', 'event', 'annual', 'interval', 'rolling-plan']),
    months: z.number().int().positive().optional(),
    note: z.string().min(1),
  })
  .meta({ id: 'DutyCadence' })
export type DutyCadence = z.infer<typeof DutyCadence>

/**
 * A statutory duty of a Community Safety Partnership or its members: the law behind it, who
 * holds it, its obligations (each with rule id, source and confidence), its cadence, its status
 * and when it is in force (`inForce`; `inForceFrom` repeats `inForce.from` for older callers).
 * `applicability` says where it applies when that is narrower than every partnership (a pilot).
 *
 * @example
 * ```ts
 * Duty.parse(statutoryDuties.find((d) => d.id === 'prevent')).status //=> 'statutory'
 * ```
 */
export const Duty = z
  .object({
    id: DutyId,
    title: z.string().min(1),
    summary: z.string().min(1),
    legislation: z.array(LegislationRef).min(1),
    holders: z.array(DutyHolder).min(1),
    obligations: z.array(DutyObligation).min(1),
    cadence: DutyCadence,
    status: RuleStatus,
    inForceFrom: IsoDate.nullable(),
    inForce: InForce,
    applicability: z.string().min(1).optional(),
    /** Source keys listed in docs/rules.md#sources (S1, V3, C5 …). */
    sources: z.array(z.string().min(1)).min(1),
    notes: z.string().optional(),
  })
  .refine((d) => d.inForceFrom === d.inForce.from, {
    message: 'inForceFrom must repeat inForce.from',
    path: ['inForceFrom'],
  })
  .meta({ id: 'Duty' })
export type Duty = z.infer<typeof Duty>
