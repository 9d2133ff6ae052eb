import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { Commencements, type CommencementsInput } from '../law/commencements.ts'
import { inForceOn, resolveAsAt } from '../law/in-force.ts'
import { findLawRule } from '../law/rules.ts'
import { AsbComplaint, selectQualifyingComplaints, type ExcludedComplaint } from './complaints.ts'
import { formatLetterDate, parseOrThrow, plural } from './internal.ts'
import { ThresholdPolicy, defaultThresholdPolicy } from './policy.ts'
import { considerRoutes, type RouteCheck } from './routes.ts'

/**
 * An application for an ASB Case Review. Anyone may apply (s104(1)(a), ASB-A1); guidance
 * expects a third party to have the victim's consent (ASB-A2). `vulnerableVictim` and
 * `reportingIndividuals` feed the local routes in {@link ThresholdPolicy}.
 *
 * @example
 * ```ts
 * AsbApplication.parse({ receivedOn: '2025-03-03' }).applicantType //=> 'victim'
 * ```
 */
export const AsbApplication = z
  .object({
    id: z.string().min(1).optional(),
    receivedOn: IsoDate,
    applicantType: z.enum(['victim', 'third-party']).default('victim'),
    /** The victim may be an individual, a business or a community group (ASB-A2). */
    victimType: z.enum(['individual', 'business', 'community-group']).optional(),
    victimConsent: z.boolean().optional(),
    /** For the vulnerable-victim override: the assessed vulnerability and who approved it. */
    vulnerableVictim: z
      .object({ reason: z.string().min(1), approvedBy: z.string().min(1).optional() })
      .optional(),
    /** Separate individuals or households reporting the same problem (multiple-individuals route). */
    reportingIndividuals: z.number().int().min(0).optional(),
  })
  .meta({ id: 'AsbApplication' })
export type AsbApplication = z.infer<typeof AsbApplication>

/**
 * How the threshold was met: the statutory count (s104(4)) or a local route (s104(5)).
 *
 * @example
 * ```ts
 * ThresholdRoute.parse('hate-incident') //=> 'hate-incident'
 * ```
 */
export const ThresholdRoute = z.enum([
  'statutory',
  'hate-incident',
  'multiple-individuals',
  'vulnerable-victim',
])
export type ThresholdRoute = z.infer<typeof ThresholdRoute>

/**
 * The threshold decision with everything a decision letter needs.
 *
 * @example
 * ```ts
 * const r: ThresholdEvaluation = evaluateThreshold({ application, complaints })
 * r.outcome //=> 'met'
 * ```
 */
export interface ThresholdEvaluation {
  outcome: 'met' | 'not-met'
  /** The day whose law was applied. */
  asAt: string
  route: ThresholdRoute | null
  /** Qualifying complaints that count (one per person and incident when the local merge is on). */
  qualifying: AsbComplaint[]
  excluded: ExcludedComplaint[]
  /** N in s104(4) under the policy used. */
  required: number
  /** One sentence stating the decision and why. */
  summary: string
  /** Every local route the policy enables, and why it did or did not apply. */
  routesConsidered: RouteCheck[]
  /**
   * Matters for the case officer that do not change the decision (e.g. consent, or the
   * applicant's right to ask the local policing body to review a "not met" decision once that
   * provision is in force).
   */
  notes: string[]
}

const routeLabels = {
  'hate-incident': 'hate-incident',
  'multiple-individuals': 'several-individuals',
  'vulnerable-victim': 'vulnerable-victim',
} as const

const EvaluateThresholdInput = z.object({
  application: AsbApplication,
  complaints: z.array(AsbComplaint),
  policy: ThresholdPolicy.optional(),
  asAt: IsoDate.optional(),
  commencements: Commencements.optional(),
})

const caseReview = findLawRule('ASB-04')!.inForce
const lpbReview = findLawRule('ASB-E5')!.inForce

/**
 * Decides whether the ASB Case Review threshold is met (docs/rules.md#the-threshold), under the law
 * as it stood on `asAt` (default: today in England). With at least N qualifying complaints the
 * threshold is met, mandatorily (ASB-04); otherwise the policy's enabled local routes are tried
 * in order: hate incident, multiple individuals, vulnerable victim (ASB-06). Whether the
 * agencies responded adequately never defeats the statutory count (ASB-11b). A "not met"
 * decision notes the applicant may ask the local policing body to review it only once the
 * Crime and Policing Act 2026 provision is in force on `asAt` as configured in `commencements`
 * (ASB-E5: commencement unconfirmed, off by default). Input is validated; errors name the field.
 *
 * @throws {TypeError} for invalid input, e.g. `Invalid threshold input: complaints[1].complainedOn: …`
 * @throws {RangeError} for a complaint dated before its behaviour, or a repeated complaint id;
 *   or for `asAt` or an application before s104 came into force (20 October 2014).
 * @example
 * ```ts
 * evaluateThreshold({
 *   application: { receivedOn: '2025-03-20' },
 *   complaints: [
 *     { id: 'C1', behaviourOn: '2025-01-15', complainedOn: '2025-01-16', receivedBy: 'Council' },
 *     { id: 'C2', behaviourOn: '2025-02-01', complainedOn: '2025-02-02', receivedBy: 'Police' },
 *     { id: 'C3', behaviourOn: '2025-03-01', complainedOn: '2025-03-03', receivedBy: 'Landlord' },
 *   ],
 * }).outcome //=> 'met'
 * ```
 */
export function evaluateThreshold(input: {
  application: z.input<typeof AsbApplication>
  complaints: readonly z.input<typeof AsbComplaint>[]
  policy?: z.input<typeof ThresholdPolicy>
  asAt?: string
  commencements?: CommencementsInput
}): ThresholdEvaluation {
  const parsed = parseOrThrow(EvaluateThresholdInput, input, 'threshold input')
  const { application, complaints } = parsed
  const { asAt, commencements } = resolveAsAt({
    ...(parsed.asAt === undefined ? {} : { asAt: parsed.asAt }),
    ...(parsed.commencements === undefined ? {} : { commencements: parsed.commencements }),
  })
  for (const [what, day] of [
    ['asAt', asAt],
    ['the application', application.receivedOn],
  ] as const) {
    if (!inForceOn(caseReview, day)) {
      throw new RangeError(
        `There was no ASB case review on ${day} (${what}): ASBCPA 2014 s104 came into force on 20 October 2014`
      )
    }
  }
  const policy = parsed.policy ?? defaultThresholdPolicy
  const required = policy.statutoryCount
  const { qualifying, excluded } = selectQualifyingComplaints(complaints, application.receivedOn, {
    mergeSameComplainantIncident: policy.mergeSameComplainantIncident,
  })
  const count = qualifying.length
  const counted = `${plural(count, 'qualifying complaint was', 'qualifying complaints were')} made`
  const notes: string[] = []
  if (application.applicantType === 'third-party' && application.victimConsent !== true) {
    notes.push(
      'No victim consent is recorded for this third-party application. Guidance expects it ' +
        '(ASB-A2) and the local procedure may require it in writing, but it does not change ' +
        'whether the threshold is met.'
    )
  }
  const routesConsidered = considerRoutes(application, qualifying, policy)
  const base = { asAt, qualifying, excluded, required, routesConsidered, notes }
  if (count >= required) {
    return {
      ...base,
      outcome: 'met',
      route: 'statutory',
      summary: `The threshold is met: ${counted}, and the review procedures require ${required}.`,
    }
  }
  const local = routesConsidered.find((r) => r.applies)
  if (local) {
    return {
      ...base,
      outcome: 'met',
      route: local.route,
      summary: `The threshold is met under the local ${routeLabels[local.route]} route. ${local.reason}`,
    }
  }
  if (inForceOn(lpbReview, asAt, commencements)) {
    const from = Commencements.parse(commencements).lpbThresholdReview as string
    notes.push(
      'The applicant may ask the local policing body (the police and crime commissioner) to ' +
        'review this "not met" decision (Crime and Policing Act 2026, in force from ' +
        `${formatLetterDate(from)} as configured; ASB-E5).`
    )
  }
  return {
    ...base,
    outcome: 'not-met',
    route: null,
    summary:
      `The threshold is not met: ${counted}, and the review procedures require ${required}` +
      (routesConsidered.length > 0 ? '; no local route applies.' : '.'),
  }
}
