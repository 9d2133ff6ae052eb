import { createRoute } from '@hono/zod-openapi'
import { crimeTableCsv, IsoDate, MeasureId, periodPattern, RankOrder, Source } from '@csp/domain'
import { z } from 'zod'
import type { Db } from '../db/client.ts'
import { findCrimeTable, listCrimeTables } from '../db/repositories/crime-tables.ts'
import { csvAlternative, csvHeaders, FormatQuery, wantsCsv } from '../http/csv.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { publicRead } from '../http/public-read.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { areaCatalogue, measureCatalogue } from '../views/catalogue.ts'
import { crimeTableLinks, CrimeTableLinks } from '../views/crime-table-links.ts'
import { CrimeTableView, crimeTableView } from '../views/crime-table.ts'

const Period = z
  .string()
  .max(7, { error: 'must be a year such as 2023 or a financial year such as 2024-25', abort: true })
  .regex(periodPattern, 'must be a year such as 2023 or a financial year such as 2024-25')
  .meta({ example: '2023' })

const CrimeTableIndex = z
  .object({
    items: z.array(
      z.object({
        measure: MeasureId,
        measureLabel: z.string().nullable(),
        period: z.string(),
        from: IsoDate,
        to: IsoDate,
        source: Source,
        origin: z.enum(['plan', 'import', 'upload']),
        complete: z.boolean(),
        links: CrimeTableLinks,
      })
    ),
  })
  .meta({ id: 'CrimeTableIndex' })

/**
 * `GET /v1/crime-tables` (which tables exist) and `GET /v1/crime-tables/{measure}/{period}`
 * (one table with rates, trends, ranks, findings, completeness and statements; CSV with
 * `Accept: text/csv` or `?format=csv`).
 *
 * @example
 * ```ts
 * await app.request('/v1/crime-tables/hate-crime/2023?format=csv')
 * ```
 */
export function crimeTableRoutes({ config, readModel }: RouteDeps) {
  const middleware = [publicRead(config.publicMaxAgeSeconds)]
  const listTables = createRoute({
    method: 'get',
    path: '/v1/crime-tables',
    tags: ['Crime tables'],
    summary: 'The stored crime tables',
    middleware,
    request: { query: z.object({ measure: MeasureId.optional() }) },
    responses: {
      200: {
        description: 'The index.',
        content: { 'application/json': { schema: CrimeTableIndex } },
      },
      ...problemResponses(400),
    },
  })
  const getTable = createRoute({
    method: 'get',
    path: '/v1/crime-tables/{measure}/{period}',
    tags: ['Crime tables'],
    summary: 'One crime table, as JSON or CSV',
    middleware,
    request: {
      params: z.object({ measure: MeasureId, period: Period }),
      query: z.object({
        order: RankOrder.default('lowest').meta({
          description: 'Rank from the lowest rate or the highest.',
        }),
        format: FormatQuery,
      }),
    },
    responses: {
      200: {
        description: 'The table.',
        content: {
          'application/json': { schema: CrimeTableView },
          ...csvAlternative('One line per area; see `links.csv`.'),
        },
      },
      ...problemResponses(400, 404),
    },
  })
  return createRouter()
    .openapi(listTables, (c) => {
      const { measure } = c.req.valid('query')
      return readModel.respond(c, {
        key: `crime-tables:${measure ?? ''}`,
        topics,
        build: async (db) => c.json({ items: await crimeTableIndex(db, measure) }, 200),
      })
    })
    .openapi(getTable, (c) => {
      const { measure, period } = c.req.valid('param')
      const { order, format } = c.req.valid('query')
      const csv = wantsCsv(c, format)
      c.header('Vary', 'Accept')
      return readModel.respond(c, {
        key: `crime-table:${measure}:${period}:${order}:${csv ? 'csv' : 'json'}`,
        topics,
        build: async (db) => {
          const stored = await findCrimeTable(db, measure, period)
          if (!stored) return problem(c, 'not-found', notFound(measure, period)) as never
          if (!csv) return c.json(crimeTableView(stored, order), 200)
          const table = { ...stored.table, completeness: stored.completeness }
          const body = crimeTableCsv(table, { areas: areaCatalogue, order })
          return c.body(body, 200, csvHeaders(`${measure}-${period}.csv`)) as never // see csvAlternative
        },
      })
    })
}

const topics = ['crime-tables'] as const

async function crimeTableIndex(db: Db, measure: MeasureId | undefined) {
  const tables = await listCrimeTables(db, { measure })
  return tables.map(({ table, origin, completeness }) => ({
    measure: table.measure,
    measureLabel: measureCatalogue.find((m) => m.id === table.measure)?.label ?? null,
    period: table.period,
    from: table.from,
    to: table.to,
    source: table.source,
    origin,
    complete: completeness.complete,
    links: crimeTableLinks(table.measure, table.period),
  }))
}

function notFound(measure: string, period: string) {
  return measureCatalogue.some((m) => m.id === measure)
    ? `There is no ${measure} table for ${period}.`
    : `"${measure}" is not a known measure; see /v1/measures.`
}
