import { CaseReviewTimescales, IsoDate, plainText } from '@csp/domain'
import { z } from 'zod'
import { CaseReviewContact } from './case-reviews.ts'
import { Id, PersonName } from './people.ts'

const text = (max: number, empty: string) => plainText(max, { min: 1, empty })

/** The most incidents one online application may list. */
export const maxApplicationIncidents = 20

/**
 * One incident as the applicant tells it: when it happened, what happened, which partner it was
 * reported to and when, and any reference they were given. PERSONAL DATA (`whatHappened`).
 */
export const ApplicationIncident = z
  .object({
    happenedOn: IsoDate,
    whatHappened: text(2000, 'say what happened'),
    reportedTo: Id.meta({ description: 'The partner it was reported to (an organisation id).' }),
    reportedOn: IsoDate,
    reference: plainText(100).optional(),
  })
  .superRefine((incident, ctx) => {
    if (incident.reportedOn < incident.happenedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['reportedOn'],
        message: 'must be the day it happened or later',
      })
    }
  })
  .meta({ id: 'ApplicationIncident' })
export type ApplicationIncident = z.infer<typeof ApplicationIncident>

/**
 * The body of `POST /v1/case-review-applications`: a member of the public applies for an ASB
 * Case Review. `website` is a honeypot: people never see it, so it must stay empty.
 *
 * @example
 * ```ts
 * CaseReviewApplicationRequest.safeParse({ applicantType: 'victim' }).success //=> false
 * ```
 */
export const CaseReviewApplicationRequest = z
  .object({
    applicantType: z.enum(['victim', 'third-party']),
    applicant: z.object({ name: PersonName, contact: CaseReviewContact }),
    victimName: PersonName.optional().meta({
      description: 'For someone applying on behalf of the victim: the victim’s name.',
    }),
    victimConsent: z.boolean().optional().meta({
      description: 'For someone applying on behalf of the victim: the victim agreed to it.',
    }),
    address: text(500, 'enter where the behaviour happens'),
    incidents: z
      .array(ApplicationIncident)
      .min(1, 'tell us about at least one incident')
      .max(maxApplicationIncidents),
    consentToShare: z.literal(true, {
      error: 'you must agree that we share your application with the partners involved',
    }),
    website: plainText(200, { trim: false }).optional().meta({ description: 'Leave empty.' }),
  })
  .superRefine((body, ctx) => {
    if (body.applicantType === 'third-party' && body.victimConsent !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['victimConsent'],
        message: 'the victim must agree to you applying for them',
      })
    }
    if (body.applicantType === 'third-party' && !body.victimName) {
      ctx.addIssue({ code: 'custom', path: ['victimName'], message: 'enter the victim’s name' })
    }
  })
  .meta({ id: 'CaseReviewApplication' })
export type CaseReviewApplicationRequest = z.infer<typeof CaseReviewApplicationRequest>

/** What the applicant keeps: the reference and the one-time access code (shown only now). */
export const CaseReviewApplicationReceipt = z
  .object({
    reference: z.string().meta({ example: 'ASB-7KQ2-MXW9' }),
    code: z.string().meta({ example: '7KQ2M-XW9D4' }),
    receivedOn: IsoDate,
    notification: z.enum(['sent', 'off', 'failed']).meta({
      description:
        '`off` when no email service is configured: the confirmation page then says no email will come.',
    }),
  })
  .meta({ id: 'CaseReviewApplicationReceipt' })
export type CaseReviewApplicationReceipt = z.infer<typeof CaseReviewApplicationReceipt>

/** The body of `POST /v1/case-review-applications/status`. */
export const CaseReviewStatusRequest = z
  .object({
    reference: plainText(40, { min: 1, empty: 'enter your reference' }).toUpperCase(),
    code: plainText(40, { min: 1, empty: 'enter your access code' }).toUpperCase(),
  })
  .meta({ id: 'CaseReviewStatusRequest' })

/** A stage the applicant sees, with its date. */
export const ApplicantStage = z
  .object({
    stage: z.enum([
      'received',
      'threshold-met',
      'threshold-not-met',
      'applicant-informed',
      'review-held',
      'recommendations-made',
      'outcome-sent',
      'escalated',
      'closed',
      'withdrawn',
    ]),
    on: IsoDate,
    explanation: z.string().meta({ description: 'What the stage means, in plain English.' }),
  })
  .meta({ id: 'ApplicantStage' })
export type ApplicantStage = z.infer<typeof ApplicantStage>

/** What the applicant may know: the stages and their dates, nothing else about the case. */
export const CaseReviewStatus = z
  .object({ reference: z.string(), stages: z.array(ApplicantStage) })
  .meta({ id: 'CaseReviewStatus' })
export type CaseReviewStatus = z.infer<typeof CaseReviewStatus>

/** How to apply: the partners one can have reported to, and the local rules in force. */
export const CaseReviewApplicationGuide = z
  .object({
    partners: z.array(z.object({ id: Id, name: z.string(), kind: z.string() })),
    statutoryCount: z.number().int(),
    timescales: CaseReviewTimescales,
    retentionMonths: z.number().int(),
  })
  .meta({ id: 'CaseReviewApplicationGuide' })
export type CaseReviewApplicationGuide = z.infer<typeof CaseReviewApplicationGuide>
