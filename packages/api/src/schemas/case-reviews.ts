import {
  AsbComplaint,
  CaseReviewEvent,
  CaseReviewState,
  findLawRule,
  IsoDate,
  plainText,
} from '@csp/domain'
import { z } from 'zod'
import { PageQuery } from './pages.ts'
import { Email, Id, PersonName } from './people.ts'

const text = (max: number, empty: string) => plainText(max, { min: 1, empty })

/** How to reach the applicant: at least one of email, phone and postal address. PERSONAL DATA. */
export const CaseReviewContact = z
  .object({
    email: Email.optional(),
    phone: text(40, 'enter a phone number').optional(),
    address: text(500, 'enter an address').optional(),
  })
  .refine((c) => c.email ?? c.phone ?? c.address, 'give an email, a phone number or an address')
  .meta({ id: 'CaseReviewContact' })

/** Who applied. PERSONAL DATA. */
export const CaseReviewApplicant = z
  .object({ name: PersonName, contact: CaseReviewContact })
  .meta({ id: 'CaseReviewApplicant' })
export type CaseReviewApplicant = z.infer<typeof CaseReviewApplicant>

/**
 * The victim, when the applicant is someone else or more is known. `vulnerability` feeds the
 * local vulnerable-victim route of the threshold policy. PERSONAL DATA (possibly special
 * category: health).
 */
export const CaseReviewVictim = z
  .object({
    type: z.enum(['individual', 'business', 'community-group']),
    name: PersonName.optional(),
    address: text(500, 'enter an address').optional(),
    vulnerability: z
      .object({
        reason: text(2000, 'say why the victim is vulnerable'),
        approvedBy: PersonName.optional(),
      })
      .optional(),
  })
  .meta({ id: 'CaseReviewVictim' })
export type CaseReviewVictim = z.infer<typeof CaseReviewVictim>

/**
 * A complaint as submitted: the domain's, with the body it went to as an organisation id and who
 * made it. Every qualifying complaint counts whoever made it (s104(4)); `complainant` matters
 * only to the opt-in local rule that merges one person's reports of one incident.
 */
export const CaseReviewComplaintInput = AsbComplaint.omit({
  id: true,
  receivedBy: true,
  complainant: true,
})
  .extend({
    receivedBy: Id.meta({ description: 'The relevant body it was made to (an organisation id).' }),
    complainant: text(200, 'say who made the complaint').optional().meta({
      description:
        'Who made the complaint: a name or a reference such as "Resident A", the same for each complaint by one person. PERSONAL DATA.',
    }),
  })
  .meta({ id: 'CaseReviewComplaintInput' })

// ASB case reviews exist from the commencement of ASBCPA 2014 s104 (20 October 2014).
const caseReviewsFrom = findLawRule('ASB-01')?.inForce.from ?? '2014-10-20'

/**
 * The body of `POST /v1/asb-case-reviews`: an application for an ASB Case Review. `applicant`,
 * `victim`, `address` and `incidentDescription` are PERSONAL DATA, shown only to admins and to
 * officers of the case's `relevantBodies`. Every complaint must have gone to one of those bodies.
 *
 * @example
 * ```ts
 * CreateCaseReviewRequest.safeParse({ receivedOn: '2025-05-12', relevantBodies: [] }).success //=> false
 * ```
 */
export const CreateCaseReviewRequest = z
  .object({
    receivedOn: IsoDate,
    applicantType: z.enum(['victim', 'third-party']),
    applicant: CaseReviewApplicant,
    victimConsent: z
      .boolean()
      .optional()
      .meta({ description: 'For a third-party application: the victim agreed to it.' }),
    victim: CaseReviewVictim.optional(),
    address: text(500, 'enter where the behaviour happens').meta({
      description: 'Where the behaviour happens. PERSONAL DATA.',
    }),
    incidentDescription: text(10_000, 'describe the behaviour').meta({
      description: 'What the applicant reports. PERSONAL DATA.',
    }),
    reportingIndividuals: z.number().int().min(0).max(10_000).optional().meta({
      description: 'Separate individuals or households reporting the same problem.',
    }),
    relevantBodies: z.array(Id).min(1, 'name at least one relevant body').max(20).meta({
      description: 'Organisation ids: the council, police, housing provider … on this case.',
    }),
    complaints: z.array(CaseReviewComplaintInput).max(500),
  })
  .superRefine((body, ctx) => {
    if (body.receivedOn < caseReviewsFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['receivedOn'],
        message: `must not be before ${caseReviewsFrom}, when ASB case reviews began (ASBCPA 2014 s104)`,
      })
    }
    const bodies = new Set<string>()
    body.relevantBodies.forEach((id, n) => {
      if (bodies.has(id))
        ctx.addIssue({ code: 'custom', path: ['relevantBodies', n], message: 'listed twice' })
      bodies.add(id)
    })
    body.complaints.forEach((complaint, n) => {
      if (!bodies.has(complaint.receivedBy)) {
        ctx.addIssue({
          code: 'custom',
          path: ['complaints', n, 'receivedBy'],
          message: 'must be one of relevantBodies',
        })
      }
      if (complaint.complainedOn < complaint.behaviourOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['complaints', n, 'complainedOn'],
          message: 'must not be before behaviourOn',
        })
      }
    })
  })
  .meta({ id: 'CreateCaseReviewRequest' })
export type CreateCaseReviewRequest = z.infer<typeof CreateCaseReviewRequest>

/** The query of `GET /v1/asb-case-reviews`. */
export const CaseReviewListQuery = z
  .object({
    // The domain's states, inline (no component of their own in the OpenAPI document).
    state: z.enum(CaseReviewState.options).optional(),
    overdue: z.enum(['true', 'false']).optional().meta({ description: 'Only overdue (or not).' }),
    receivedFrom: IsoDate.optional().meta({ description: 'Received on or after.' }),
    receivedTo: IsoDate.optional().meta({ description: 'Received on or before.' }),
    ...PageQuery,
  })
  .refine((q) => !q.receivedFrom || !q.receivedTo || q.receivedFrom <= q.receivedTo, {
    path: ['receivedTo'],
    message: 'must not be before receivedFrom',
  })
export type CaseReviewListQuery = z.infer<typeof CaseReviewListQuery>

/** The path of one case review. */
export const CaseReviewParams = z.object({
  id: Id.meta({ param: { name: 'id', in: 'path' } }),
})

/** The body of `POST …/threshold-decision/confirm`: the day the officer decided. */
export const ConfirmThresholdRequest = z
  .object({ on: IsoDate })
  .meta({ id: 'ConfirmThresholdRequest' })

/**
 * The body of `POST …/threshold-decision/override`: the officer's outcome, which must differ
 * from the engine's, and why. The justification is kept with the decision, who made it and when.
 */
export const OverrideThresholdRequest = z
  .object({
    on: IsoDate,
    outcome: z.enum(['met', 'not-met']),
    justification: plainText(5000, {
      min: 10,
      empty: 'explain the override in at least 10 characters',
    }),
  })
  .meta({ id: 'OverrideThresholdRequest' })
export type OverrideThresholdRequest = z.infer<typeof OverrideThresholdRequest>

/**
 * The body of `POST …/events`: one dated lifecycle event of the domain's state machine. The
 * threshold decision is not posted here: it goes through `…/threshold-decision`.
 */
export const CaseReviewEventRequest = CaseReviewEvent.refine((e) => e.type !== 'decide-threshold', {
  path: ['type'],
  message: 'record the threshold decision with POST …/threshold-decision, then confirm or override',
}).meta({
  id: 'CaseReviewEventRequest',
  description: 'A `CaseReviewEvent` other than `decide-threshold`.',
})
