import { z } from 'zod'

const statutoryCountMessage = (input: unknown): string =>
  `statutoryCount must be a whole number from 1 to 3, got ${JSON.stringify(input)}: ` +
  'review procedures may set a lower number of qualifying complaints than 3 but not a higher ' +
  'one (ASBCPA 2014 s104(4); explanatory notes para 231; rule ASB-05)'

/**
 * The local "hate incident" route (ASB-L1, ASB-L5), lawful under s104(5) as a harm criterion.
 * Met when at least `minComplaints` qualifying complaints (after any local merging) were
 * made and at least one of them is about a hate incident or hate crime. `LOCAL`, not law.
 *
 * @example
 * ```ts
 * HateIncidentRoute.parse({ enabled: true }) //=> { enabled: true, minComplaints: 1 }
 * ```
 */
export const HateIncidentRoute = z
  .object({
    enabled: z.boolean().default(false),
    /** 1 for the common "single hate incident" route; Plymouth uses 2 (ASB-L5). */
    minComplaints: z.number().int().min(1).default(1),
  })
  .meta({ id: 'HateIncidentRoute' })
export type HateIncidentRoute = z.infer<typeof HateIncidentRoute>

/**
 * The local "several individuals report the same problem" route (ASB-L2), a persistence
 * criterion under s104(5). Met when the application records at least `minIndividuals` separate
 * individuals or households reporting the same problem. `LOCAL`; the usual figure of 5 is
 * [UNCONFIRMED] for any particular area, so set it from the area's published procedure.
 *
 * @example
 * ```ts
 * MultipleIndividualsRoute.parse({ enabled: true }).minIndividuals //=> 5
 * ```
 */
export const MultipleIndividualsRoute = z
  .object({
    enabled: z.boolean().default(false),
    minIndividuals: z.number().int().min(2).default(5),
  })
  .meta({ id: 'MultipleIndividualsRoute' })
export type MultipleIndividualsRoute = z.infer<typeof MultipleIndividualsRoute>

/**
 * The local vulnerable-victim override (ASB-L4, e.g. Lincolnshire's senior-manager discretion),
 * a harm criterion under s104(5). Met when the application records the victim's vulnerability,
 * with the approver's name when `requireApproval` is on, and at least `minComplaints`
 * qualifying complaints. `LOCAL`, not law.
 *
 * @example
 * ```ts
 * VulnerableVictimRoute.parse({ enabled: true })
 * //=> { enabled: true, requireApproval: true, minComplaints: 1 }
 * ```
 */
export const VulnerableVictimRoute = z
  .object({
    enabled: z.boolean().default(false),
    requireApproval: z.boolean().default(true),
    minComplaints: z.number().int().min(0).default(1),
  })
  .meta({ id: 'VulnerableVictimRoute' })
export type VulnerableVictimRoute = z.infer<typeof VulnerableVictimRoute>

/**
 * How an area decides whether the ASB Case Review threshold is met.
 *
 * - `statutoryCount` is N in s104(4) (ASB-04): with N or more qualifying complaints the threshold
 *   is met, with no discretion. The Act allows review procedures to set a lower N but not a higher
 *   one (ASB-05), so a policy with N above 3 or below 1 is rejected.
 * - `mergeSameComplainantIncident` is an opt-in LOCAL rule (ASB-L3), local practice and not
 *   law: one person's complaints about one incident, made to several bodies, count once. Off by
 *   default, because the Act counts every qualifying complaint about the behaviour whoever made
 *   it (s104(4), ASB-11a). It never merges complaints by different people.
 * - `routes` are the local discretionary routes under s104(5) (ASB-06), each off unless enabled.
 *
 * Disputed extra caveats (ASB-L6: "case must be closed", diary sheets excluded) and refusing
 * because the agencies' response was adequate (ASB-11b) are deliberately not expressible.
 *
 * @example
 * ```ts
 * ThresholdPolicy.parse({ statutoryCount: 2 }).routes.hateIncident.enabled //=> false
 * ThresholdPolicy.parse({ statutoryCount: 4 }) // throws: "statutoryCount must be … from 1 to 3"
 * ```
 */
export const ThresholdPolicy = z
  .object({
    statutoryCount: z
      .number({ error: (issue) => statutoryCountMessage(issue.input) })
      .int({ error: (issue) => statutoryCountMessage(issue.input) })
      .min(1, { error: (issue) => statutoryCountMessage(issue.input) })
      .max(3, { error: (issue) => statutoryCountMessage(issue.input) })
      .default(3),
    mergeSameComplainantIncident: z.boolean().default(false).meta({
      description:
        "Local practice (ASB-L3), not law: one person's complaints about one incident to several bodies count once. Off by default: the Act counts every qualifying complaint (s104(4)).",
    }),
    routes: z
      .object({
        hateIncident: HateIncidentRoute.prefault({}),
        multipleIndividuals: MultipleIndividualsRoute.prefault({}),
        vulnerableVictim: VulnerableVictimRoute.prefault({}),
      })
      .prefault({}),
  })
  .meta({ id: 'ThresholdPolicy' })
export type ThresholdPolicy = z.infer<typeof ThresholdPolicy>

/**
 * The statutory default: N = 3, every qualifying complaint counted (nothing merged), no
 * discretionary routes.
 *
 * @example
 * ```ts
 * defaultThresholdPolicy.statutoryCount //=> 3
 * ```
 */
export const defaultThresholdPolicy: ThresholdPolicy = ThresholdPolicy.parse({})

/**
 * South Derbyshire's threshold as far as the docs establish it: 3 related incidents reported to
 * the council, police or a landlord in the last 6 months (S17, S19; counted as incidents, so the
 * local rule merging one person's reports of one incident is on; reports by different people are
 * still counted separately, as s104(4) requires), plus the "5 separate individuals" route from the older council page
 * (S18). Whether that route still applies is [UNCONFIRMED] (docs/rules.md#local-routes, open
 * question 2): it is enabled here as the last published position; switch it off if the current
 * procedure has dropped it. No hate-incident or vulnerable-victim route has been seen locally.
 *
 * @example
 * ```ts
 * southDerbyshireThresholdPolicy.routes.multipleIndividuals
 * //=> { enabled: true, minIndividuals: 5 }
 * ```
 */
export const southDerbyshireThresholdPolicy: ThresholdPolicy = ThresholdPolicy.parse({
  statutoryCount: 3,
  mergeSameComplainantIncident: true,
  routes: { multipleIndividuals: { enabled: true, minIndividuals: 5 } },
})
