import { applicantStages } from '../casework/applicant-status.ts'
import { notifyStage } from '../notifications/application-messages.ts'
import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { z } from 'zod'
import { principalOf, signedIn } from '../auth/middleware.ts'
import {
  recordCaseReviewEvent,
  withVisibleCaseReview,
  type CaseReviewWriteResult,
} from '../casework/case-review-writes.ts'
import { caseReviewWriteProblems, refusalProblem } from '../http/refusals.ts'
import { caseReviewSettings } from '../casework/settings.ts'
import { decideCaseReviewThreshold, evaluateCaseReviewThreshold } from '../casework/threshold.ts'
import { todayInEngland } from '../casework/today.ts'
import type { AppEnv } from '../http/env.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { CaseReviewDetail } from '../schemas/case-review-views.ts'
import {
  CaseReviewEventRequest,
  CaseReviewParams,
  ConfirmThresholdRequest,
  OverrideThresholdRequest,
} from '../schemas/case-reviews.ts'

const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } })
const body = <S extends z.ZodType>(schema: S) => ({ content: json(schema), required: true })
const tags = ['ASB Case Reviews']
const after = { description: 'The case review after the change.', content: json(CaseReviewDetail) }

/**
 * The threshold decision and the lifecycle of a case review (admins and officers of its
 * relevant bodies; anyone else gets 404): run the engine, confirm or override its outcome, then
 * post dated events, each checked by the domain's state machine (409 with the allowed events).
 *
 * @example
 * ```ts
 * await post(`/v1/asb-case-reviews/${id}/events`, { type: 'hold-review', on: '2025-06-20' })
 * ```
 */
export function caseReviewDecisionRoutes(deps: RouteDeps) {
  const { db, clock, config } = deps
  const common = { tags, ...signedIn(deps, 'admin', 'officer') }
  const evaluate = createRoute({
    ...common,
    method: 'post',
    path: '/v1/asb-case-reviews/{id}/threshold-decision',
    summary: 'Run the threshold engine with the configured policy',
    description:
      'Stores the domain engine’s result with its reasons and the policy used; an officer then confirms or overrides it. Only in state `received`; may run again until the threshold is decided.',
    request: { params: CaseReviewParams },
    responses: { 200: after, ...caseReviewWriteProblems },
  })
  const confirm = createRoute({
    ...common,
    method: 'post',
    path: '/v1/asb-case-reviews/{id}/threshold-decision/confirm',
    summary: 'Confirm the engine’s outcome',
    description: 'Applies `decide-threshold` with the engine’s outcome and route on day `on`.',
    request: { params: CaseReviewParams, body: body(ConfirmThresholdRequest) },
    responses: { 200: after, ...caseReviewWriteProblems },
  })
  const override = createRoute({
    ...common,
    method: 'post',
    path: '/v1/asb-case-reviews/{id}/threshold-decision/override',
    summary: 'Override the engine’s outcome, with a justification',
    description:
      'Applies `decide-threshold` with the officer’s outcome; the justification, who and when are kept with the decision. A threshold met by the statutory count cannot be overridden (409).',
    request: { params: CaseReviewParams, body: body(OverrideThresholdRequest) },
    responses: { 200: after, ...caseReviewWriteProblems },
  })
  const events = createRoute({
    ...common,
    method: 'post',
    path: '/v1/asb-case-reviews/{id}/events',
    summary: 'Record a dated lifecycle event',
    description:
      'Acknowledged, applicant informed, review held, recommendations made, outcome sent, escalated, closed or withdrawn, checked by the domain’s state machine: an event the state does not accept gets 409 naming the state and the allowed events.',
    request: { params: CaseReviewParams, body: body(CaseReviewEventRequest) },
    responses: { 201: { ...after, description: 'Recorded.' }, ...caseReviewWriteProblems },
  })
  const context = async (c: Context<AppEnv>) => {
    const settings = await caseReviewSettings(db)
    const principal = principalOf(c)
    const { thresholdPolicy: policy, timescales } = settings
    return { principal, timescales, policy, today: todayInEngland(clock), at: clock.now() }
  }
  const answer = <S extends 200 | 201>(
    c: Context<AppEnv>,
    result: CaseReviewWriteResult,
    status: S
  ) => ('refused' in result ? refusalProblem(c, result) : c.json(result, status))
  // An applicant who applied online and gave an email hears of each new stage.
  const notified = async (id: string, write: () => Promise<CaseReviewWriteResult>) => {
    if (config.notifier.kind === 'off') return write()
    const before = (await applicantStages(db, id)).length
    const result = await write()
    if (!('refused' in result)) {
      await notifyStage(db, config.notifier, id, before, config.logger)
    }
    return result
  }
  return createRouter()
    .openapi(evaluate, async (c) => {
      const ctx = await context(c)
      const { id } = c.req.valid('param')
      return answer(c, await evaluateCaseReviewThreshold(db, id, ctx.policy, ctx), 200)
    })
    .openapi(confirm, async (c) => {
      const { id } = c.req.valid('param')
      const { on } = c.req.valid('json')
      const ctx = await context(c)
      return answer(
        c,
        await notified(id, () => decideCaseReviewThreshold(db, id, { on }, ctx)),
        200
      )
    })
    .openapi(override, async (c) => {
      const { id } = c.req.valid('param')
      const decision = c.req.valid('json')
      const ctx = await context(c)
      return answer(
        c,
        await notified(id, () => decideCaseReviewThreshold(db, id, decision, ctx)),
        200
      )
    })
    .openapi(events, async (c) => {
      const { id } = c.req.valid('param')
      const event = c.req.valid('json')
      const ctx = await context(c)
      const result = await notified(id, () =>
        withVisibleCaseReview(db, id, ctx, (tx, loaded) =>
          recordCaseReviewEvent(tx, loaded, event, ctx, { action: 'asb-case-review.event' })
        )
      )
      return answer(c, result, 201)
    })
}
