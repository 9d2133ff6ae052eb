import type { CaseReviewTimescales } from '@csp/domain'
import { inArray } from 'drizzle-orm'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Principal } from '../auth/tokens.ts'
import type { Db } from '../db/client.ts'
import { findCaseReview } from '../db/repositories/case-reviews.ts'
import {
  asbCaseReviewBodies,
  asbCaseReviewComplaints,
  asbCaseReviews,
  organisations,
} from '../db/schema/index.ts'
import type { FieldError } from '../schemas/field-error.ts'
import type { CreateCaseReviewRequest } from '../schemas/case-reviews.ts'
import type { CaseReviewDetail } from '../schemas/case-review-views.ts'
import { caseReviewSubject, readCaseReviewDetail } from './case-review-detail.ts'
import { jsonError, type CaseReviewRefusal } from './refusal.ts'

/**
 * Records an application for an ASB Case Review in state `received`, with its relevant bodies
 * and complaints (numbered C1, C2 … in the order given), and audits the write; the response
 * carries the personal data just written, so it is audited as a read too. An officer must name
 * their own organisation among the relevant bodies: otherwise they could not see the case.
 *
 * @example
 * ```ts
 * const result = await createCaseReview(db, body, principal, { timescales, today, at: clock.now() })
 * ```
 */
export async function createCaseReview(
  db: Db,
  body: CreateCaseReviewRequest,
  principal: Principal,
  context: { timescales: CaseReviewTimescales; today: string; at: Date }
): Promise<CaseReviewDetail | CaseReviewRefusal> {
  const { user } = principal
  const errors: FieldError[] = []
  if (body.receivedOn > context.today) {
    errors.push(jsonError('receivedOn', `must not be after today (${context.today})`))
  }
  if (user.role === 'officer' && !body.relevantBodies.includes(user.organisationId)) {
    errors.push(jsonError('relevantBodies', 'must include your own organisation'))
  }
  const known = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(inArray(organisations.id, body.relevantBodies))
  const knownIds = new Set(known.map((o) => o.id))
  body.relevantBodies.forEach((id, n) => {
    if (!knownIds.has(id))
      errors.push(jsonError(`relevantBodies.${n}`, 'no organisation has this id'))
  })
  if (errors.length > 0) return { refused: 'invalid', errors }

  const actor = { id: user.id, at: context.at }
  return auditedTransaction(db, async (tx) => {
    const id = await insertCaseReview(tx, body, { createdBy: user.id, at: context.at })
    // Details name no person: the audit log is read by admins who need not see the case.
    await appendAudit(tx, {
      at: context.at,
      actorId: user.id,
      action: 'asb-case-review.create',
      subject: caseReviewSubject(id),
      details: {
        receivedOn: body.receivedOn,
        relevantBodies: body.relevantBodies,
        complaints: body.complaints.length,
      },
    })
    const loaded = await findCaseReview(tx, id)
    if (!loaded) throw new Error(`case review ${id} vanished after insert`)
    return readCaseReviewDetail(tx, loaded, context.timescales, context.today, actor, 'create')
  })
}

/**
 * Stores an application in state `received`: the case, its relevant bodies and its complaints
 * (numbered C1, C2 … in the order given). Returns the new id; the caller audits the write, inside
 * the same transaction. `createdBy` is null for an application the public made online.
 *
 * @example
 * ```ts
 * const id = await insertCaseReview(tx, body, { createdBy: user.id, at: clock.now() })
 * ```
 */
export async function insertCaseReview(
  tx: Db,
  body: CreateCaseReviewRequest,
  by: { createdBy: string | null; at: Date }
): Promise<string> {
  const [row] = await tx
    .insert(asbCaseReviews)
    .values({
      receivedOn: body.receivedOn,
      applicantType: body.applicantType,
      victimConsent: body.victimConsent ?? null,
      reportingIndividuals: body.reportingIndividuals ?? null,
      state: 'received',
      personal: {
        applicant: body.applicant,
        victim: body.victim ?? null,
        address: body.address,
        incidentDescription: body.incidentDescription,
      },
      createdBy: by.createdBy,
      createdAt: by.at,
      updatedAt: by.at,
    })
    .returning({ id: asbCaseReviews.id })
  if (!row) throw new Error('inserting a case review returned nothing')
  await tx
    .insert(asbCaseReviewBodies)
    .values(body.relevantBodies.map((organisationId) => ({ caseReviewId: row.id, organisationId })))
  if (body.complaints.length > 0) {
    await tx.insert(asbCaseReviewComplaints).values(
      body.complaints.map((c, n) => ({
        caseReviewId: row.id,
        ref: `C${n + 1}`,
        position: n,
        behaviourOn: c.behaviourOn,
        complainedOn: c.complainedOn,
        receivedBy: c.receivedBy,
        complainant: c.complainant ?? null,
        incidentKey: c.incidentKey ?? null,
        hateIncident: c.hateIncident ?? null,
      }))
    )
  }
  return row.id
}
