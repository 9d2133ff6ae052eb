import { createRoute } from '@hono/zod-openapi'
import { ChangeWindow, MeasureId, type LocalGeography } from '@csp/domain'
import { derbyshireGeography } from '@csp/domain/boundaries'
import type { Context, MiddlewareHandler } from 'hono'
import { z } from 'zod'
import { authenticate, bearerSchemeName } from '../auth/middleware.ts'
import { currentLocalCounts } from '../db/repositories/local-counts.ts'
import type { AppEnv } from '../http/env.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { publicRead } from '../http/public-read.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import {
  HotSpotUnit,
  HotSpotWindow,
  LocalChanges,
  localChanges,
  LocalHotSpots,
  localHotSpots,
  LocalSeries,
  localSeries,
  UnknownAreaError,
  type SuppressBelow,
} from '../views/local-answers.ts'
import { crimeTypeOfMeasure, localArea } from '../views/local-data.ts'

const AreaCode = z
  .string()
  .max(20, {
    error: 'must be a GSS code such as E07000039 or a neighbourhood area code',
    abort: true,
  })
  .regex(
    /^[EW]\d{8}(?:-SNA\d{1,2})?$/,
    'must be a GSS code such as E07000039 (a district, ward or LSOA) or a neighbourhood area code such as E07000039-SNA3'
  )
  .meta({ example: 'E07000039' })

const LocalMeasure = MeasureId.refine((id) => crimeTypeOfMeasure(id) !== undefined, {
  error: 'must be a police.uk measure such as police-uk.anti-social-behaviour (see /v1/measures)',
}).meta({ example: 'police-uk.anti-social-behaviour' })

const Month = z
  .string()
  .max(7, { error: 'must be a month such as 2024-12', abort: true })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2024-12')
  .meta({ example: '2024-12' })

const params = z.object({ code: AreaCode })
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } })

// Anyone, or a bearer token (an analyst or admin then gets exact counts).
const optionalSignIn: Record<string, string[]>[] = [{}, { [bearerSchemeName]: [] }]

const exactRoles: ReadonlySet<string> = new Set(['analyst', 'admin'])

/**
 * The local-monitoring reads, public and cached like every public read: `GET
 * /v1/areas/{code}/series`, `/changes` and `/hot-spots` for a district, ward, neighbourhood
 * area or LSOA of the partnership, and `GET /v1/geography/{district}.topojson`. In public,
 * counts from 1 to the suppression threshold − 1 are hidden; a signed-in analyst or admin gets
 * them exactly.
 *
 * @example
 * ```ts
 * await app.request('/v1/areas/E07000039/changes?measure=police-uk.drugs&window=rolling-12')
 * ```
 */
export function localAreaRoutes(
  deps: RouteDeps,
  geography: LocalGeography = derbyshireGeography()
) {
  const { config, readModel } = deps
  const threshold = config.suppressionThreshold
  const tags = ['Local areas']
  const middleware = [publicRead(config.publicMaxAgeSeconds)]
  const publicNote = `In public, counts from 1 to ${threshold - 1} are hidden (\`suppression\`), with the figures worked out from them; a signed-in analyst or admin gets exact counts.`
  const seriesRoute = createRoute({
    method: 'get',
    path: '/v1/areas/{code}/series',
    tags,
    summary: 'The monthly series of an area',
    description: `One point per month from \`from\` to \`to\` (default: the 36 months ending with the latest imported month). A month with a gap in the data for the measure has \`complete: false\` and \`count: null\`: a gap is never a fall. ${publicNote}`,
    middleware,
    security: optionalSignIn,
    request: {
      params,
      query: z.object({
        measure: LocalMeasure,
        from: Month.optional(),
        to: Month.optional(),
      }),
    },
    responses: {
      200: { description: 'The series.', content: json(LocalSeries) },
      ...problemResponses(400, 401, 404),
    },
  })
  const changesRoute = createRoute({
    method: 'get',
    path: '/v1/areas/{code}/changes',
    tags,
    summary: 'Significant change in the sub-areas of an area',
    description: `One row per sub-area (a district's neighbourhood areas, wards and LSOAs, or only those of \`level\`; a ward's LSOAs; an LSOA itself): current count, baseline, difference, Z, exact p, p adjusted across the rows (Benjamini–Hochberg), and a flag only where C + B ≥ 10 and the adjusted p is below 0.05. Windows: \`last-3\` (the last 3 months vs the same 3 a year earlier), \`rolling-12\` (the last 12 vs the 12 before), \`month\` (one month vs the same month of the three years before, with c-chart limits). Months with a gap are left out, and the row marked incomplete. ${publicNote}`,
    middleware,
    security: optionalSignIn,
    request: {
      params,
      query: z.object({
        measure: LocalMeasure,
        window: ChangeWindow.default('rolling-12'),
        month: Month.optional().meta({
          description: 'The last month of the window (default: the latest imported).',
        }),
        level: z.enum(['neighbourhood-area', 'ward', 'lsoa']).optional(),
      }),
    },
    responses: {
      200: { description: 'The change table.', content: json(LocalChanges) },
      ...problemResponses(400, 401, 404),
    },
  })
  const hotSpotsRoute = createRoute({
    method: 'get',
    path: '/v1/areas/{code}/hot-spots',
    tags,
    summary: 'The hot spots of an area: the tasking list',
    description: `Units inside the area (its LSOAs, or 250 m British National Grid cells with \`unit=grid\`) ranked by count over the window's whole quarters, with their persistence (persistent, emerging, former, intermittent). Hot by rank says where to look, not that a change is significant. ${publicNote}`,
    middleware,
    security: optionalSignIn,
    request: {
      params,
      query: z.object({
        measure: LocalMeasure,
        window: HotSpotWindow.default('rolling-12'),
        unit: HotSpotUnit.default('lsoa'),
        to: Month.optional(),
        limit: z.coerce.number().int().min(1).max(1000).optional(),
      }),
    },
    responses: {
      200: { description: 'The ranked units.', content: json(LocalHotSpots) },
      ...problemResponses(400, 401, 404),
    },
  })
  const topologyRoute = createRoute({
    method: 'get',
    path: '/v1/geography/{file}',
    tags,
    summary: 'The boundaries of a district as TopoJSON',
    description:
      'GET /v1/geography/{district}.topojson: the LSOAs (2021), wards and the district, quantised and simplified, with their ONS attribution (`metadata.attribution`, which must be shown with any map drawn from them).',
    middleware,
    request: {
      params: z.object({
        file: z
          .string()
          .max(30, { error: 'must be a district code and .topojson', abort: true })
          .regex(
            /^[EW]\d{8}\.topojson$/,
            'must be a district code and .topojson, such as E07000039.topojson'
          )
          .meta({ example: 'E07000039.topojson' }),
      }),
    },
    responses: {
      200: {
        description: 'The topology.',
        content: {
          'application/json': { schema: z.object({ type: z.literal('Topology') }).loose() },
        },
      },
      ...problemResponses(400, 404),
    },
  })
  const signIn = authenticate(deps) as MiddlewareHandler<AppEnv>

  /** The suppression of this request, or a refusal for a bad token. */
  async function audience(c: Context<AppEnv>): Promise<{ below: SuppressBelow } | Response> {
    c.header('Vary', 'Authorization')
    if (c.req.header('Authorization') === undefined) return { below: threshold }
    const refused = await signIn(c, async () => {})
    if (refused) return refused
    const role = c.get('principal')?.user.role
    return { below: role !== undefined && exactRoles.has(role) ? null : threshold }
  }

  /** Answers with `answer(counts)` for the area, or a problem. */
  async function answer<T>(
    c: Context<AppEnv>,
    name: string,
    key: string,
    measure: string,
    build: (counts: Awaited<ReturnType<typeof currentLocalCounts>>, below: SuppressBelow) => T
  ) {
    const code = c.req.param('code') as string
    const area = localArea(geography, code)
    if (!area) {
      return problem(
        c,
        'not-found',
        `"${code}" is not a district, ward, neighbourhood area or LSOA of the partnership.`
      )
    }
    const who = await audience(c)
    if (who instanceof Response) return who
    const scope = who.below === null ? 'exact' : `public-${who.below}`
    return readModel.respond(c, {
      key: `local-${name}:${scope}:${code}:${key}`,
      topics: ['police-uk'],
      private: who.below === null,
      build: async (db) => {
        const crimeType = crimeTypeOfMeasure(measure)
        if (!crimeType) return problem(c, 'validation', `"${measure}" is not a police.uk measure.`)
        const district = area.districtCode
        const counts = await currentLocalCounts(db, district, geography.lsoas(district), crimeType)
        if (counts.months.length === 0) {
          return problem(c, 'not-found', 'No police.uk data is imported yet.')
        }
        try {
          return c.json(build(counts, who.below) as object, 200)
        } catch (error) {
          if (error instanceof RangeError || error instanceof UnknownAreaError) {
            return problem(c, 'validation', error.message)
          }
          throw error
        }
      },
    })
  }

  return createRouter()
    .openapi(seriesRoute, async (c) => {
      const { code } = c.req.valid('param')
      const q = c.req.valid('query')
      return (await answer(
        c,
        'series',
        `${q.measure}:${q.from ?? ''}:${q.to ?? ''}`,
        q.measure,
        (counts, below) => localSeries(counts, geography, { area: code, ...q }, below)
      )) as never
    })
    .openapi(changesRoute, async (c) => {
      const { code } = c.req.valid('param')
      const q = c.req.valid('query')
      const key = `${q.measure}:${q.window}:${q.month ?? ''}:${q.level ?? ''}`
      return (await answer(c, 'changes', key, q.measure, (counts, below) =>
        localChanges(counts, geography, { area: code, ...q }, below)
      )) as never
    })
    .openapi(hotSpotsRoute, async (c) => {
      const { code } = c.req.valid('param')
      const q = c.req.valid('query')
      const key = `${q.measure}:${q.window}:${q.unit}:${q.to ?? ''}:${q.limit ?? ''}`
      return (await answer(c, 'hot-spots', key, q.measure, (counts, below) =>
        localHotSpots(counts, geography, { area: code, ...q }, below)
      )) as never
    })
    .openapi(topologyRoute, (c) => {
      const district = c.req.valid('param').file.replace(/\.topojson$/, '')
      return readModel.respond(c, {
        key: `geography:${district}`,
        topics: [],
        build: async () => {
          const topology = geography.districtTopology(district)
          if (!topology) {
            return problem(
              c,
              'not-found',
              `"${district}" is not a district of the partnership.`
            ) as never
          }
          return c.json(topology as unknown as { type: 'Topology' }, 200)
        },
      })
    })
}
