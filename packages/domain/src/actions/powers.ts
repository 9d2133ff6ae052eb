import { z } from 'zod'
import { InForce, LegislationRef, RuleConfidence, RuleId, RuleStatus } from '../duties/index.ts'

/**
 * The ASB powers and interventions a partnership records. Ids are stable kebab-case names, the
 * same ones the bundled plan's "Action Taken" data uses as `interventionId`.
 *
 * @example
 * ```ts
 * PowerId.parse('community-protection-notice') //=> 'community-protection-notice'
 * PowerId.safeParse('CPN').success //=> false
 * ```
 */
export const PowerId = z
  .enum([
    'warning-letter',
    'acceptable-behaviour-contract',
    'community-protection-warning',
    'community-protection-notice',
    'fixed-penalty-notice',
    'public-spaces-protection-order',
    'civil-injunction',
    'criminal-behaviour-order',
    'dispersal-direction',
    'closure-notice',
    'closure-order',
  ])
  .meta({ id: 'PowerId' })
export type PowerId = z.infer<typeof PowerId>

/**
 * What kind of tool a power is, from informal (letters, ABCs) to court orders.
 *
 * @example
 * ```ts
 * PowerCategory.parse('court-order') //=> 'court-order'
 * ```
 */
export const PowerCategory = z
  .enum(['informal', 'warning', 'notice', 'penalty', 'order', 'court-order', 'direction'])
  .meta({ id: 'PowerCategory' })
export type PowerCategory = z.infer<typeof PowerCategory>

/**
 * A period attached to a power (an appeal window, a maximum duration), with how it is counted:
 * `beginning-with` includes the start day (T-03), `following` starts the day after. `status` and
 * `confidence` say whether it is law: a `local` or `L`/`UNCONFIRMED` period is a default only.
 *
 * @example
 * ```ts
 * PowerPeriod.parse({ length: 21, unit: 'days', counting: 'beginning-with', ruleId: 'CPN-04',
 *   status: 'statutory', confidence: 'H' }).length //=> 21
 * ```
 */
export const PowerPeriod = z
  .object({
    length: z.number().int().positive(),
    unit: z.enum(['hours', 'days', 'weeks', 'months', 'years']),
    counting: z.enum(['beginning-with', 'following']).optional(),
    ruleId: RuleId.optional(),
    status: RuleStatus,
    confidence: RuleConfidence,
    note: z.string().optional(),
  })
  .meta({ id: 'PowerPeriod' })
export type PowerPeriod = z.infer<typeof PowerPeriod>

/**
 * The youngest age at which a power may be used against an individual.
 *
 * @example
 * ```ts
 * MinimumAge.parse({ years: 16, ruleId: 'CPN-01', status: 'statutory', confidence: 'H' }).years
 * //=> 16
 * ```
 */
export const MinimumAge = z
  .object({
    years: z.number().int().min(0).max(25),
    ruleId: RuleId.optional(),
    status: RuleStatus,
    confidence: RuleConfidence,
    note: z.string().optional(),
  })
  .meta({ id: 'MinimumAge' })
export type MinimumAge = z.infer<typeof MinimumAge>

/**
 * A legal attribute stated in words (who may appeal, what a breach leads to), with its rule id
 * and confidence mark.
 *
 * @example
 * ```ts
 * PowerFact.parse({ text: 'Offence: level 3 fine', ruleId: 'PSPO-06', confidence: 'H' }).text
 * //=> 'Offence: level 3 fine'
 * ```
 */
export const PowerFact = z
  .object({ text: z.string().min(1), ruleId: RuleId.optional(), confidence: RuleConfidence })
  .meta({ id: 'PowerFact' })
export type PowerFact = z.infer<typeof PowerFact>

/**
 * An ASB power or intervention with its legal attributes. `minimumAge`, `appeal` and
 * `maxDuration` carry their own status and confidence, because several come from local practice
 * or recall rather than the checked statute; `null` means the law sets none (or none is known).
 * `inForce` says from when the power exists (`local` for the informal tools).
 *
 * @example
 * ```ts
 * Power.parse(findPower('public-spaces-protection-order')).appeal?.window?.length //=> 6
 * ```
 */
export const Power = z
  .object({
    id: PowerId,
    name: z.string().min(1),
    abbreviation: z.string().min(1).optional(),
    category: PowerCategory,
    statutory: z.boolean(),
    status: RuleStatus,
    legislation: z.array(LegislationRef),
    minimumAge: MinimumAge.nullable(),
    issuedBy: z.array(z.string().min(1)).min(1),
    appeal: z
      .object({
        available: z.boolean(),
        route: PowerFact,
        window: PowerPeriod.nullable(),
      })
      .nullable(),
    maxDuration: PowerPeriod.extend({ extendable: z.boolean() }).nullable(),
    breach: PowerFact.nullable(),
    ruleIds: z.array(RuleId),
    confidence: RuleConfidence,
    inForce: InForce,
    notes: z.string().optional(),
  })
  .refine((p) => p.statutory === p.legislation.length > 0, {
    message: 'a statutory power needs legislation and a non-statutory one has none',
    path: ['legislation'],
  })
  .meta({ id: 'Power' })
export type Power = z.infer<typeof Power>
