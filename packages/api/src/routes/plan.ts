import { createRoute } from '@hono/zod-openapi'
import { PartnershipPlan, PlanPeriod, PrioritySet, Source } from '@csp/domain'
import { z } from 'zod'
import { currentPlan } from '../db/repositories/plans.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { publicRead } from '../http/public-read.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'

const Priorities = PrioritySet.extend({
  planId: z.string(),
  period: PlanPeriod,
  source: Source,
}).meta({ id: 'Priorities' })

const topics = ['plan'] as const

/** The detail of the 404 when `csp seed` has not run. */
export const noPlanDetail = "No partnership plan has been loaded; run 'csp seed'."

/**
 * `GET /v1/plan` (the partnership plan as data) and `GET /v1/priorities` (its themes,
 * sub-priorities, the PCC priorities and county theme groups, and the links between them).
 *
 * @example
 * ```ts
 * const plan = await (await app.request('/v1/plan')).json()
 * ```
 */
export function planRoutes({ config, readModel }: RouteDeps) {
  const middleware = [publicRead(config.publicMaxAgeSeconds)]
  const getPlan = createRoute({
    method: 'get',
    path: '/v1/plan',
    tags: ['Plan'],
    summary: 'The partnership plan',
    middleware,
    responses: {
      200: {
        description: 'The plan.',
        content: { 'application/json': { schema: PartnershipPlan } },
      },
      ...problemResponses(404),
    },
  })
  const getPriorities = createRoute({
    method: 'get',
    path: '/v1/priorities',
    tags: ['Plan'],
    summary: "The plan's priorities and how they link to the PCC's",
    middleware,
    responses: {
      200: {
        description: 'The priorities.',
        content: { 'application/json': { schema: Priorities } },
      },
      ...problemResponses(404),
    },
  })
  return createRouter()
    .openapi(getPlan, (c) =>
      readModel.respond(c, {
        key: 'plan',
        topics,
        build: async (db) => {
          const plan = await currentPlan(db)
          if (!plan) return problem(c, 'not-found', noPlanDetail) as never
          return c.json(plan, 200)
        },
      })
    )
    .openapi(getPriorities, (c) =>
      readModel.respond(c, {
        key: 'priorities',
        topics,
        build: async (db) => {
          const plan = await currentPlan(db)
          if (!plan) return problem(c, 'not-found', noPlanDetail) as never
          const { id: planId, period, source, priorities } = plan
          return c.json({ planId, period, source, ...priorities }, 200)
        },
      })
    )
}
