import { createRoute } from '@hono/zod-openapi'
import { Duty, statutoryDuties } from '@csp/domain'
import { z } from 'zod'
import { publicRead } from '../http/public-read.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'

const Duties = z.object({ items: z.array(Duty) }).meta({ id: 'Duties' })

/**
 * `GET /v1/duties`: the statutory duties of a partnership and its members, with legislation,
 * holders, obligations and cadence (the domain's catalogue).
 *
 * @example
 * ```ts
 * const { items } = await (await app.request('/v1/duties')).json()
 * ```
 */
export function dutyRoutes({ config, readModel }: RouteDeps) {
  const listDuties = createRoute({
    method: 'get',
    path: '/v1/duties',
    tags: ['Reference'],
    summary: 'Statutory duties',
    middleware: [publicRead(config.publicMaxAgeSeconds)] as const,
    responses: {
      200: { description: 'The duties.', content: { 'application/json': { schema: Duties } } },
    },
  })
  return createRouter().openapi(listDuties, (c) =>
    readModel.respond(c, {
      key: 'duties',
      topics: [],
      build: async () => c.json({ items: [...statutoryDuties] }, 200),
    })
  )
}
