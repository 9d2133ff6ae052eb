import { createRoute } from '@hono/zod-openapi'
import { IsoDate } from '@csp/domain'
import { principalOf, signedIn } from '../auth/middleware.ts'
import { recordAction } from '../casework/record-action.ts'
import { financialYearOf, todayInEngland } from '../casework/today.ts'
import { z } from 'zod'
import { listActionRecords, listActionRecordsPage } from '../db/repositories/action-records.ts'
import { decodeCursor, invalidCursor, nextLink } from '../http/pagination.ts'
import { listPlanActionCounts } from '../db/repositories/plan-figures.ts'
import { currentPlanId } from '../db/repositories/plans.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { refusalProblem } from '../http/refusals.ts'
import { publicRead } from '../http/public-read.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import {
  ActionListQuery,
  ActionSummaryQuery,
  RecordActionRequest,
  RecordedAction,
  RecordedActionList,
} from '../schemas/actions.ts'
import {
  ActionsSummary,
  actionsSummary,
  actionsSummaryLimits,
  actionsSummaryWindowOf,
  recordedActionCounts,
} from '../views/actions-summary.ts'
import { noPlanDetail } from './plan.ts'

const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } })
// The last action of a page: its date, when it was recorded, its id.
const cursorKey = [IsoDate, z.iso.datetime(), z.uuid()] as const

/**
 * `GET /v1/actions/summary` (public): the plan's counted actions by ASB power, each with its
 * period and source, beside the actions recorded in the toolkit for a window (default: this
 * financial year); `POST /v1/actions` records one (officers, analysts, admins), and
 * `GET /v1/actions` lists them.
 *
 * @example
 * ```ts
 * const { powers, recorded } = await (await app.request('/v1/actions/summary')).json()
 * ```
 */
export function actionRoutes(deps: RouteDeps) {
  const { db, clock, config, readModel } = deps
  const tags = ['Actions']
  // Analysts read the recorded actions; an agency's own officers, and admins, record them.
  const readers = signedIn(deps, 'admin', 'analyst', 'officer')
  const recorders = signedIn(deps, 'admin', 'officer')
  const getSummary = createRoute({
    method: 'get',
    path: '/v1/actions/summary',
    tags,
    summary: "The plan's action counts and the recorded ones, by power",
    description: `The window defaults to this financial year; it may be at most ${actionsSummaryLimits.maxYears} years long and span at most ${actionsSummaryLimits.maxPeriods} periods.`,
    middleware: [publicRead(config.publicMaxAgeSeconds)] as const,
    request: { query: ActionSummaryQuery },
    responses: {
      200: { description: 'The counts.', content: json(ActionsSummary) },
      ...problemResponses(400, 404),
    },
  })
  const list = createRoute({
    ...readers,
    method: 'get',
    path: '/v1/actions',
    tags,
    summary: 'Recorded actions, a page at a time',
    request: { query: ActionListQuery },
    responses: {
      200: {
        description: 'Oldest first; `next` links to the following page.',
        content: json(RecordedActionList),
      },
      ...problemResponses(400, 401, 403),
    },
  })
  const create = createRoute({
    ...recorders,
    method: 'post',
    path: '/v1/actions',
    tags,
    summary: 'Record a use of an ASB power',
    description:
      'Admins record for any agency; officers for their own organisation only (403 otherwise).',
    request: { body: { content: json(RecordActionRequest), required: true } },
    responses: {
      201: { description: 'Recorded.', content: json(RecordedAction) },
      ...problemResponses(400, 401, 403),
    },
  })
  return createRouter()
    .openapi(getSummary, (c) => {
      const query = c.req.valid('query')
      const year = financialYearOf(todayInEngland(clock))
      const window = actionsSummaryWindowOf(query, year)
      if ('errors' in window) {
        return problem(c, 'validation', 'One field of the request needs correcting.', window)
      }
      return readModel.respond(c, {
        key: `actions-summary:${window.from}:${window.to}:${query.period ?? ''}`,
        topics: ['plan', 'actions'],
        daily: query.from === undefined || query.to === undefined,
        build: async (db) => {
          const planId = await currentPlanId(db)
          if (planId === undefined) return problem(c, 'not-found', noPlanDetail) as never
          const actions = await listActionRecords(db, window)
          const recorded = recordedActionCounts(actions, { ...window, period: query.period })
          const counts = await listPlanActionCounts(db, planId)
          return c.json(actionsSummary(planId, counts, recorded), 200)
        },
      })
    })
    .openapi(list, async (c) => {
      const query = c.req.valid('query')
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, cursorKey)
      if (query.cursor !== undefined && !after) return invalidCursor(c)
      const { items, last } = await listActionRecordsPage(db, { ...query, after })
      const { cursor: _cursor, ...filters } = query
      return c.json({ items, next: nextLink(c.req.path, filters, last) }, 200)
    })
    .openapi(create, async (c) => {
      const context = { today: todayInEngland(clock), at: clock.now() }
      const result = await recordAction(db, c.req.valid('json'), principalOf(c), context)
      if ('refused' in result) return refusalProblem(c, result)
      return c.json(result, 201)
    })
}
