import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { Commencements } from '../law/commencements.ts'
import { plainText } from '../_lib/plain-text.ts'

/**
 * The kind of council a CSP covers. It decides who holds tier-dependent duties: in a `district`
 * (two-tier) area the county council is the Domestic Abuse Act tier-one authority and the
 * district only co-operates (DA-07, DA-08).
 *
 * @example
 * ```ts
 * PartnershipTier.parse('district') //=> 'district'
 * ```
 */
export const PartnershipTier = z
  .enum(['district', 'unitary', 'metropolitan-district', 'london-borough'])
  .meta({ id: 'PartnershipTier' })
export type PartnershipTier = z.infer<typeof PartnershipTier>

/**
 * DHR clocks in calendar months. Both defaults come from the 2016 statutory guidance as
 * *recalled, not re-read* (DHR-07, DHR-08, confidence L; docs/rules.md#open-questions), so they
 * are configuration, never law: decide within 1 month of notification, complete within 6
 * months of the decision to proceed.
 *
 * @example
 * ```ts
 * DhrTimescales.parse({}) //=> { decisionMonths: 1, completionMonths: 6 }
 * ```
 */
export const DhrTimescales = z
  .object({
    decisionMonths: z.number().int().min(1).max(24).default(1),
    completionMonths: z.number().int().min(1).max(60).default(6),
  })
  .meta({ id: 'DhrTimescales' })
export type DhrTimescales = z.infer<typeof DhrTimescales>

/**
 * A police notification of a domestic homicide to the CSP (DHR-06), with the CSP's decision once
 * made. Without `decidedOn` the completion clock is projected from the latest decision date.
 *
 * @example
 * ```ts
 * DhrNotification.parse({ id: 'DHR-2025-01', notifiedOn: '2025-01-31' })
 * //=> { id: 'DHR-2025-01', notifiedOn: '2025-01-31' }
 * ```
 */
export const DhrNotification = z
  .object({
    id: plainText(60, { min: 1, empty: 'enter the case reference' }).meta({
      description:
        'The CSP’s case reference, such as DHR-2025-01: never a name. Shown to admins only.',
    }),
    notifiedOn: IsoDate,
    decision: z.enum(['review', 'no-review']).optional(),
    decidedOn: IsoDate.optional(),
  })
  .refine((n) => n.decidedOn === undefined || n.decidedOn >= n.notifiedOn, {
    message: 'decidedOn must not be before notifiedOn',
    path: ['decidedOn'],
  })
  .meta({ id: 'DhrNotification' })
export type DhrNotification = z.infer<typeof DhrNotification>

/**
 * What {@link dutiesDue} needs to know about a partnership. Everything the law does not fix is
 * configuration with a documented default:
 * - `planYears` 3 (CDA-07, [M]);
 * - `strategicAssessmentMonth` (1–12): the law says "once in each year" with no day (CDA-06), so
 *   the default is the month before the plan year starts (March for an April plan);
 * - `svStrategyReviewMonths` 12 (SVD-10, guidance, [M]);
 * - `dhrTimescales` 1 and 6 months (DHR-07/08, [L]);
 * - `dardrEffectiveFrom` null: VPA 2024 s19 is not commenced (DHR-12, PENDING). Set it once
 *   commenced and notifications from that date are treated as DARDRs;
 * - `daAnnualReportMonths` 3: the DA Act 2021 s59 report is due "as soon as reasonably
 *   practicable after the end of each financial year" with no day, so a tier-one council's report
 *   is shown as due by the end of the 3rd month after 31 March (30 June); LOCAL configuration;
 * - `commencements`: the Crime and Policing Act 2026 provisions whose commencement is
 *   unconfirmed, each off (null) until set (see `Commencements`).
 *
 * `daStrategyPublishedOn` is the date the FIRST s57 strategy was published: the 3-year review
 * periods run from it (DA-09).
 *
 * @example
 * ```ts
 * PartnershipConfig.parse({ name: 'South Derbyshire CSP', tier: 'district', planStart: '2023-04-01' })
 * //=> { name: 'South Derbyshire CSP', tier: 'district', planStart: '2023-04-01', planYears: 3,
 * //     svStrategyReviewMonths: 12, dhrNotifications: [],
 * //     dhrTimescales: { decisionMonths: 1, completionMonths: 6 }, dardrEffectiveFrom: null,
 * //     daAnnualReportMonths: 3,
 * //     commencements: { lpbThresholdReview: null, respectOrders: null, fpnMaximum500: null } }
 * ```
 */
export const PartnershipConfig = z
  .object({
    name: plainText(200, { min: 1, empty: 'enter the partnership’s name' }),
    tier: PartnershipTier,
    planStart: IsoDate,
    planYears: z.number().int().min(1).max(10).default(3),
    strategicAssessmentMonth: z.number().int().min(1).max(12).optional(),
    lastAsbReturnPublishedOn: IsoDate.optional(),
    svStrategyPublishedOn: IsoDate.optional(),
    svStrategyReviewMonths: z.number().int().min(1).max(60).default(12),
    daStrategyPublishedOn: IsoDate.optional(),
    dhrNotifications: z.array(DhrNotification).default([]),
    dhrTimescales: DhrTimescales.default({ decisionMonths: 1, completionMonths: 6 }),
    dardrEffectiveFrom: IsoDate.nullable().default(null),
    daAnnualReportMonths: z.number().int().min(1).max(12).default(3),
    commencements: Commencements.prefault({}),
  })
  .refine((p) => new Set(p.dhrNotifications.map((n) => n.id)).size === p.dhrNotifications.length, {
    message: 'DHR notification ids must be unique',
    path: ['dhrNotifications'],
  })
  .meta({ id: 'PartnershipConfig' })
export type PartnershipConfig = z.infer<typeof PartnershipConfig>
/**
 * The input form of {@link PartnershipConfig}: fields with defaults may be left out.
 *
 * @example
 * ```ts
 * const input: PartnershipConfigInput = { name: 'X CSP', tier: 'unitary', planStart: '2024-04-01' }
 * ```
 */
export type PartnershipConfigInput = z.input<typeof PartnershipConfig>
