import { createRoute } from '@hono/zod-openapi'
import {
  DutyCompletion,
  dutyStatuses,
  DutyStatusItem,
  IsoDate,
  plainText,
  RuleId,
} from '@csp/domain'
import { asc } from 'drizzle-orm'
import { z } from 'zod'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import { principalOf, signedIn } from '../auth/middleware.ts'
import { todayInEngland } from '../casework/today.ts'
import type { Db } from '../db/client.ts'
import { dutyCompletions, users } from '../db/schema/index.ts'
import { partnershipInForce, withoutDhrReferences } from '../duties/partnership.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { DutiesDueQuery } from '../schemas/duties.ts'
import { dutiesDueWindowOf } from './duties-due.ts'
import { noPartnershipDetail } from './partnership-settings.ts'
import { eq } from 'drizzle-orm'

const RecordDutyDone = z
  .object({
    ruleId: RuleId.max(40),
    due: IsoDate.meta({
      description: 'The deadline met: the `due` of the item in /v1/duties/status.',
    }),
    doneOn: IsoDate,
    evidence: plainText(2000, { min: 1, empty: 'enter a link to the evidence, or a note' }).meta({
      description: 'A link to the evidence, or a note.',
    }),
  })
  .meta({ id: 'RecordDutyDone' })

const DutyStatuses = z
  .object({
    from: IsoDate,
    to: IsoDate,
    asAt: IsoDate,
    today: IsoDate,
    items: z.array(DutyStatusItem),
  })
  .meta({ id: 'DutyStatuses' })

/**
 * Every duty instance recorded as done, with the name of who recorded it.
 *
 * @example
 * ```ts
 * (await storedCompletions(db)).map((c) => c.ruleId) //=> ['CDA-11']
 * ```
 */
export async function storedCompletions(db: Db): Promise<DutyCompletion[]> {
  const rows = await db
    .select({
      ruleId: dutyCompletions.ruleId,
      due: dutyCompletions.dueOn,
      doneOn: dutyCompletions.doneOn,
      doneBy: users.name,
      evidence: dutyCompletions.evidence,
    })
    .from(dutyCompletions)
    .leftJoin(users, eq(users.id, dutyCompletions.doneBy))
    .orderBy(asc(dutyCompletions.dueOn), asc(dutyCompletions.ruleId))
  return rows
}

/**
 * `POST /v1/duties/done` (admins and analysts: record a statutory duty instance as done, with
 * the day and the evidence; audited) and `GET /v1/duties/status` (any signed-in user: the
 * window's items as done, overdue or upcoming, the next ASB Case Review publication counted
 * from the day the last was done).
 *
 * @example
 * ```ts
 * await analyst.post('/v1/duties/done', { ruleId: 'CDA-11', due: '2025-04-01', doneOn: '2025-03-28', evidence: 'Emailed' })
 * ```
 */
export function dutiesDoneRoutes(deps: RouteDeps) {
  const { db, clock } = deps
  const record = createRoute({
    ...signedIn(deps, 'admin', 'analyst'),
    method: 'post',
    path: '/v1/duties/done',
    tags: ['Duties'],
    summary: 'Record a statutory duty instance as done (admin, analyst)',
    request: {
      body: { content: { 'application/json': { schema: RecordDutyDone } }, required: true },
    },
    responses: {
      201: {
        description: 'Recorded.',
        content: { 'application/json': { schema: DutyCompletion } },
      },
      ...problemResponses(400, 401, 403, 404, 409),
    },
  })
  const status = createRoute({
    ...signedIn(deps),
    method: 'get',
    path: '/v1/duties/status',
    tags: ['Duties'],
    summary: 'What falls due in a window, each item done, overdue or upcoming',
    description:
      'As /v1/duties/due, but past items are kept and shown as done (with who, when and the evidence) or overdue.',
    request: { query: DutiesDueQuery },
    responses: {
      200: {
        description: 'Soonest first.',
        content: { 'application/json': { schema: DutyStatuses } },
      },
      ...problemResponses(400, 401, 404),
    },
  })
  return createRouter()
    .openapi(record, async (c) => {
      const input = c.req.valid('json')
      const inForce = await partnershipInForce(db)
      if (!inForce) return problem(c, 'not-found', noPartnershipDetail)
      const window = { from: input.due, to: input.due }
      const exists = dutyStatuses(inForce.partnership, window, [], todayInEngland(clock)).some(
        (item) => item.ruleId === input.ruleId
      )
      if (!exists) {
        return problem(
          c,
          'not-found',
          `Nothing under rule ${input.ruleId} falls due on ${input.due}; see /v1/duties/status.`
        )
      }
      const principal = principalOf(c)
      const at = clock.now()
      const saved = await auditedTransaction(db, async (tx) => {
        const [row] = await tx
          .insert(dutyCompletions)
          .values({
            ruleId: input.ruleId,
            dueOn: input.due,
            doneOn: input.doneOn,
            doneBy: principal.user.id,
            evidence: input.evidence,
            recordedAt: at,
          })
          .onConflictDoNothing()
          .returning()
        if (!row) return undefined
        await appendAudit(tx, {
          at,
          actorId: principal.user.id,
          action: 'duty.done',
          subject: { type: 'duty-completion', id: row.id },
          details: { ruleId: input.ruleId, due: input.due, doneOn: input.doneOn },
        })
        return row
      })
      if (!saved)
        return problem(
          c,
          'conflict',
          `${input.ruleId} due ${input.due} is already recorded as done.`
        )
      return c.json(
        {
          ruleId: saved.ruleId,
          due: saved.dueOn,
          doneOn: saved.doneOn,
          doneBy: principal.user.name,
          evidence: saved.evidence,
        },
        201
      )
    })
    .openapi(status, async (c) => {
      const query = c.req.valid('query')
      const today = todayInEngland(clock)
      const window = dutiesDueWindowOf(query, today)
      if ('errors' in window) {
        return problem(c, 'validation', 'One field of the request needs correcting.', window)
      }
      const inForce = await partnershipInForce(db)
      if (!inForce) return problem(c, 'not-found', noPartnershipDetail)
      const asAt = query.asAt ?? today
      const admin = principalOf(c).user.role === 'admin'
      const partnership = admin ? inForce.partnership : withoutDhrReferences(inForce.partnership)
      const items = dutyStatuses(partnership, window, await storedCompletions(db), today, { asAt })
      return c.json({ ...window, asAt, today, items }, 200)
    })
}
