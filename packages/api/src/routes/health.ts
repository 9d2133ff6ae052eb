import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { ping } from '../db/client.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { problem, problemResponses } from '../http/problems.ts'

const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health' })
const Readiness = z.object({ status: z.literal('ready') }).meta({ id: 'Readiness' })
const noStore = { 'Cache-Control': 'no-store' }

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['Operations'],
  summary: 'Liveness: the process is up',
  responses: {
    200: { description: 'Up.', content: { 'application/json': { schema: Health } } },
  },
})

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['Operations'],
  summary: 'Readiness: the database answers',
  responses: {
    200: { description: 'Ready.', content: { 'application/json': { schema: Readiness } } },
    ...problemResponses(503),
  },
})

/**
 * `/healthz` (the process answers) and `/readyz` (the database answers `select 1`), for load
 * balancers and orchestrators. Never cached.
 *
 * @example
 * ```ts
 * await app.request('/readyz') // 200 {"status":"ready"} or 503 problem
 * ```
 */
export function healthRoutes({ db }: RouteDeps) {
  return createRouter()
    .openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200, noStore))
    .openapi(readyz, async (c) => {
      try {
        await ping(db)
      } catch {
        return problem(c, 'unavailable', 'The database does not answer.')
      }
      return c.json({ status: 'ready' as const }, 200, noStore)
    })
}
