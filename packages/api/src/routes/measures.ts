import { createRoute } from '@hono/zod-openapi'
import { Measure } from '@csp/domain'
import { z } from 'zod'
import { publicRead } from '../http/public-read.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { measureCatalogue } from '../views/catalogue.ts'

const Measures = z.object({ items: z.array(Measure) }).meta({ id: 'Measures' })

/**
 * `GET /v1/measures`: every measure a crime table can report, with its definition and how its
 * figures are obtained.
 *
 * @example
 * ```ts
 * const { items } = await (await app.request('/v1/measures')).json()
 * ```
 */
export function measureRoutes({ config, readModel }: RouteDeps) {
  const listMeasures = createRoute({
    method: 'get',
    path: '/v1/measures',
    tags: ['Reference'],
    summary: 'Crime and disorder measures',
    middleware: [publicRead(config.publicMaxAgeSeconds)] as const,
    responses: {
      200: { description: 'The measures.', content: { 'application/json': { schema: Measures } } },
    },
  })
  return createRouter().openapi(listMeasures, (c) =>
    readModel.respond(c, {
      key: 'measures',
      topics: [],
      build: async () => c.json({ items: [...measureCatalogue] }, 200),
    })
  )
}
