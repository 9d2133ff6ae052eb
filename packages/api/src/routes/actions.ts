import { createRoute } from '@hono/zod-openapi'
import { listPlanActionCounts } from '../db/repositories/plan-figures.ts'
import { currentPlanId } from '../db/repositories/plans.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { publicRead } from '../http/public-read.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { ActionsSummary, actionsSummary } from '../views/actions-summary.ts'
import { noPlanDetail } from './plan.ts'

/**
 * `GET /v1/actions/summary`: the plan's counted actions by ASB power (warning letters, ABCs,
 * CPWs, CPNs, FPNs, PSPOs), each with its period and source. Recorded actions come later.
 *
 * @example
 * ```ts
 * const { powers } = await (await app.request('/v1/actions/summary')).json()
 * ```
 */
export function actionRoutes({ db, config }: RouteDeps) {
  const getSummary = createRoute({
    method: 'get',
    path: '/v1/actions/summary',
    tags: ['Actions'],
    summary: "The plan's action counts, by power",
    middleware: [publicRead(config.publicMaxAgeSeconds)] as const,
    responses: {
      200: {
        description: 'The counts.',
        content: { 'application/json': { schema: ActionsSummary } },
      },
      ...problemResponses(404),
    },
  })
  return createRouter().openapi(getSummary, async (c) => {
    const planId = await currentPlanId(db)
    if (planId === undefined) return problem(c, 'not-found', noPlanDetail)
    return c.json(actionsSummary(planId, await listPlanActionCounts(db, planId)), 200)
  })
}
