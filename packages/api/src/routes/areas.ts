import { createRoute } from '@hono/zod-openapi'
import { Area, comparisonAreas, Source } from '@csp/domain'
import { z } from 'zod'
import { publicRead } from '../http/public-read.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { areaCatalogue, populationPeriod, populationSource } from '../views/catalogue.ts'

const Areas = z
  .object({
    items: z.array(Area),
    comparisonAreaCodes: z
      .array(z.string())
      .meta({ description: 'The districts and unitaries ranked against each other.' }),
    population16Plus: z
      .object({
        period: z.object({ label: z.string(), from: z.iso.date(), to: z.iso.date() }),
        source: Source,
      })
      .meta({
        description: 'Period and source of every `population16Plus` (the rate denominator).',
      }),
  })
  .meta({ id: 'Areas' })

/**
 * `GET /v1/areas`: the areas with GSS codes, kinds, parents and their 16+ populations.
 *
 * @example
 * ```ts
 * const { items } = await (await app.request('/v1/areas')).json()
 * ```
 */
export function areaRoutes({ config, readModel }: RouteDeps) {
  const listAreas = createRoute({
    method: 'get',
    path: '/v1/areas',
    tags: ['Reference'],
    summary: 'Areas and their populations aged 16+',
    middleware: [publicRead(config.publicMaxAgeSeconds)] as const,
    responses: {
      200: { description: 'The areas.', content: { 'application/json': { schema: Areas } } },
    },
  })
  return createRouter().openapi(listAreas, (c) =>
    readModel.respond(c, {
      key: 'areas',
      topics: [],
      build: async () =>
        c.json(
          {
            items: [...areaCatalogue],
            comparisonAreaCodes: comparisonAreas(areaCatalogue).map((a) => a.code),
            population16Plus: { period: populationPeriod, source: populationSource },
          },
          200
        ),
    })
  )
}
