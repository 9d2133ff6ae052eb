import { randomInt, timingSafeEqual } from 'node:crypto'
import { eq, inArray } from 'drizzle-orm'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import { hashToken } from '../auth/tokens.ts'
import type { Db } from '../db/client.ts'
import { asbCaseReviewApplications, organisations } from '../db/schema/index.ts'
import type { FieldError } from '../http/problems.ts'
import type { CaseReviewApplicationRequest } from '../schemas/case-review-applications.ts'
import type { CreateCaseReviewRequest } from '../schemas/case-reviews.ts'
import { caseReviewSubject } from './case-review-detail.ts'
import { insertCaseReview } from './create-case-review.ts'
import { jsonError } from './refusal.ts'

// Crockford-style base32 without the letters people misread (I, L, O, U).
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const randomChars = (n: number) =>
  Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('')

/** A new application reference: `ASB-` and two groups of four (40 random bits). */
export const newApplicationReference = () => `ASB-${randomChars(4)}-${randomChars(4)}`

/** A new one-time access code: two groups of five (50 random bits). */
export const newAccessCode = () => `${randomChars(5)}-${randomChars(5)}`

/** A reference or code as typed: case, spaces and hyphens do not matter. */
const normalise = (value: string) => value.toUpperCase().replace(/[\s-]/g, '')

/**
 * What is stored of an access code: the SHA-256 of reference and code together (the code is 50
 * random bits, shown once, and looking it up is rate limited: a slow hash would add nothing).
 *
 * @example
 * ```ts
 * accessCodeHash('ASB-7KQ2-MXW9', '7kq2m xw9d4') === accessCodeHash('ASB7KQ2MXW9', '7KQ2M-XW9D4') //=> true
 * ```
 */
export const accessCodeHash = (reference: string, code: string) =>
  hashToken(`${normalise(reference)}:${normalise(code)}`)

/** The application as the case-review workflow stores it. */
function asCaseReview(body: CaseReviewApplicationRequest, today: string): CreateCaseReviewRequest {
  const relevantBodies = [...new Set(body.incidents.map((i) => i.reportedTo))]
  const incidentDescription = body.incidents
    .map((incident, n) => {
      const reference = incident.reference ? `, reference ${incident.reference}` : ''
      return `Incident ${n + 1} on ${incident.happenedOn} (reported on ${incident.reportedOn}${reference}):\n${incident.whatHappened}`
    })
    .join('\n\n')
  return {
    receivedOn: today,
    applicantType: body.applicantType,
    applicant: body.applicant,
    ...(body.applicantType === 'third-party'
      ? {
          victimConsent: body.victimConsent,
          victim: { type: 'individual' as const, name: body.victimName },
        }
      : {}),
    address: body.address,
    incidentDescription,
    relevantBodies,
    complaints: body.incidents.map((incident) => ({
      behaviourOn: incident.happenedOn,
      complainedOn: incident.reportedOn,
      receivedBy: incident.reportedTo,
      ...(incident.reference ? { incidentKey: incident.reference } : {}),
    })),
  }
}

/** A stored online application: what the applicant is shown once. */
export interface SubmittedApplication {
  caseReviewId: string
  reference: string
  code: string
  receivedOn: string
}

/**
 * Stores an online application as a case review in state `received` (relevant bodies: the
 * partners the incidents were reported to), with its reference and the hash of a new access
 * code, and audits it with no actor and no personal data. Dates after today, and partners that
 * do not exist, are refused with the field's path.
 *
 * @example
 * ```ts
 * const result = await submitApplication(db, body, { today: '2025-06-02', at: clock.now() })
 * ```
 */
export async function submitApplication(
  db: Db,
  body: CaseReviewApplicationRequest,
  context: { today: string; at: Date }
): Promise<SubmittedApplication | { refused: 'invalid'; errors: FieldError[] }> {
  const errors: FieldError[] = []
  const ids = [...new Set(body.incidents.map((i) => i.reportedTo))]
  const known = new Set(
    (
      await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(inArray(organisations.id, ids))
    ).map((o) => o.id)
  )
  body.incidents.forEach((incident, n) => {
    if (incident.happenedOn > context.today) {
      errors.push(jsonError(`incidents.${n}.happenedOn`, 'must not be in the future'))
    }
    if (incident.reportedOn > context.today) {
      errors.push(jsonError(`incidents.${n}.reportedOn`, 'must not be in the future'))
    }
    if (!known.has(incident.reportedTo)) {
      errors.push(jsonError(`incidents.${n}.reportedTo`, 'is not one of the partners'))
    }
  })
  if (errors.length > 0) return { refused: 'invalid', errors }

  const reference = newApplicationReference()
  const code = newAccessCode()
  const request = asCaseReview(body, context.today)
  return auditedTransaction(db, async (tx) => {
    const id = await insertCaseReview(tx, request, { createdBy: null, at: context.at })
    await tx.insert(asbCaseReviewApplications).values({
      caseReviewId: id,
      reference,
      codeHash: accessCodeHash(reference, code),
      submittedAt: context.at,
    })
    // Details name no person: the audit log is read by admins who need not see the case.
    await appendAudit(tx, {
      at: context.at,
      actorId: null,
      action: 'asb-case-review.apply-online',
      subject: caseReviewSubject(id),
      details: {
        reference,
        receivedOn: request.receivedOn,
        relevantBodies: request.relevantBodies,
        complaints: request.complaints.length,
      },
    })
    return { caseReviewId: id, reference, code, receivedOn: request.receivedOn }
  })
}

/**
 * The case review an application's reference and access code open, or undefined when either is
 * wrong (the caller answers both the same way).
 *
 * @example
 * ```ts
 * const id = await caseReviewOfApplication(db, 'ASB-7KQ2-MXW9', '7KQ2M-XW9D4')
 * ```
 */
export async function caseReviewOfApplication(
  db: Db,
  reference: string,
  code: string
): Promise<{ id: string; reference: string } | undefined> {
  const normal = normalise(reference)
  const formatted =
    normal.length === 11 ? `${normal.slice(0, 3)}-${normal.slice(3, 7)}-${normal.slice(7)}` : normal
  const [row] = await db
    .select()
    .from(asbCaseReviewApplications)
    .where(eq(asbCaseReviewApplications.reference, formatted))
  const given = Buffer.from(accessCodeHash(formatted, code))
  const expected = Buffer.from(row?.codeHash ?? accessCodeHash('none', 'none'))
  if (!row || !timingSafeEqual(given, expected)) return undefined
  return { id: row.caseReviewId, reference: row.reference }
}
