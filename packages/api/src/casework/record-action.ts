import { localPriorities } from '@csp/domain'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Principal } from '../auth/tokens.ts'
import type { Db } from '../db/client.ts'
import { insertActionRecord } from '../db/repositories/action-records.ts'
import { findOrganisation } from '../db/repositories/people.ts'
import { currentPlan } from '../db/repositories/plans.ts'
import type { FieldError } from '../schemas/field-error.ts'
import type { RecordActionRequest, RecordedAction } from '../schemas/actions.ts'
import { invalid, jsonError, type Refusal } from './refusal.ts'
import { mayWriteFor, notYourAgency } from './visibility.ts'

/**
 * Records a use of an ASB power and audits it. Refused on a field: a date after today, an
 * agency that is no organisation, a priority that is not one of the current plan's; refused
 * (`forbidden`) for an agency that is not the officer's own (see {@link mayWriteFor}).
 *
 * @example
 * ```ts
 * const result = await recordAction(db, { power: 'warning-letter', date: '2025-05-01' }, principal,
 *   { today: '2025-06-01', at: clock.now() })
 * ```
 */
export async function recordAction(
  db: Db,
  body: RecordActionRequest,
  principal: Principal,
  context: { today: string; at: Date }
): Promise<RecordedAction | Extract<Refusal, { refused: 'invalid' | 'forbidden' }>> {
  const { user } = principal
  const errors: FieldError[] = []
  if (body.date > context.today) {
    errors.push(jsonError('date', `must not be after today (${context.today})`))
  }
  const agencyId = body.agency ?? user.organisationId
  const agency = await findOrganisation(db, agencyId)
  if (!agency) errors.push(jsonError('agency', 'no organisation has this id'))
  if (body.priorityId !== undefined) {
    const plan = await currentPlan(db)
    const known = plan ? localPriorities(plan.priorities).map((p) => p.id) : []
    if (!known.includes(body.priorityId)) {
      errors.push(jsonError('priorityId', 'is not a theme or sub-priority of the current plan'))
    }
  }
  if (errors.length > 0) return invalid(errors)
  if (agency && !mayWriteFor(principal, agency.id)) {
    return { refused: 'forbidden', detail: notYourAgency(agency.name, 'record its actions') }
  }
  return auditedTransaction(db, async (tx) => {
    const action = await insertActionRecord(tx, {
      power: body.power,
      date: body.date,
      agencyId,
      priorityId: body.priorityId ?? null,
      place: body.place ?? null,
      count: body.count,
      notes: body.notes ?? null,
      recordedBy: user.id,
      recordedAt: context.at,
    })
    await appendAudit(tx, {
      at: context.at,
      actorId: user.id,
      action: 'action.create',
      subject: { type: 'action', id: action.id },
      details: { power: action.power, date: action.date, agencyId, count: action.count },
    })
    return action
  })
}
