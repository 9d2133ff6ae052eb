import { createRoute } from '@hono/zod-openapi'
import { MeasureId, readCrimeTableCsv, readCrimeTableJson, type UploadFinding } from '@csp/domain'
import type { MiddlewareHandler } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../http/env.ts'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import { principalOf, signedIn } from '../auth/middleware.ts'
import { findCrimeTable } from '../db/repositories/crime-tables.ts'
import { replaceCrimeTable } from '../db/repositories/crime-table-versions.ts'
import { problem, problemResponses, type FieldError } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { areaCatalogue, measureCatalogue } from '../views/catalogue.ts'
import { CrimeTableView, crimeTableView } from '../views/crime-table.ts'

const uploadTypes = new Set(['text/csv', 'application/json'])
const mediaTypeOf = (header: string | undefined) =>
  (header ?? '').split(';')[0]?.trim().toLowerCase() ?? ''

const Period = z
  .string()
  .max(7)
  .regex(/^\d{4}(?:-\d{2})?$/, 'must be a year such as 2024 or a financial year such as 2024-25')

/**
 * A finding as a field error: `line 11, column 7 (volume)` for CSV, the JSON path for JSON.
 *
 * @example
 * ```ts
 * uploadFieldError({ line: 11, column: 7, field: 'volume', message: '…' })
 * //=> { path: 'line 11, column 7 (volume)', message: '…' }
 * ```
 */
export function uploadFieldError(finding: UploadFinding): FieldError {
  if (finding.path !== undefined)
    return { path: finding.path, message: finding.message, in: 'json' }
  const where = [
    finding.line === undefined ? undefined : `line ${finding.line}`,
    finding.column === undefined
      ? undefined
      : `column ${finding.column}${finding.field ? ` (${finding.field})` : ''}`,
  ].filter((part) => part !== undefined)
  return { path: where.length > 0 ? where.join(', ') : 'table', message: finding.message }
}

/**
 * `POST /v1/crime-tables/{measure}/{period}` (admins and analysts): a force or partnership table
 * uploaded as `text/csv` (the file the CSV download gives, edited or not) or JSON (a
 * `CrimeTable`). Checked with `checkCrimeTable`; refused with every finding (line and column
 * for CSV). Replacing a table keeps the old one as a superseded version. Audited.
 *
 * @example
 * ```ts
 * await app.request('/v1/crime-tables/domestic-abuse/2024', { method: 'POST',
 *   headers: { Authorization, 'Content-Type': 'text/csv' }, body: csv })
 * ```
 */
export function crimeTableUploadRoutes(deps: RouteDeps) {
  const { db, clock } = deps
  const writers = signedIn(deps, 'admin', 'analyst')
  // Before the path is validated: a body of another type is a 415 whatever the path says.
  const csvOrJson: MiddlewareHandler<AppEnv> = async (c, next) => {
    const header = c.req.header('content-type')
    if (!uploadTypes.has(mediaTypeOf(header))) {
      const what = header ? `a ${mediaTypeOf(header)} body` : 'a body without a Content-Type'
      return problem(
        c,
        'unsupported-media-type',
        `This operation does not take ${what}; send text/csv or application/json.`
      )
    }
    await next()
  }
  const upload = createRoute({
    ...writers,
    middleware: [...writers.middleware, csvOrJson] as const,
    method: 'post',
    path: '/v1/crime-tables/{measure}/{period}',
    tags: ['Crime tables'],
    summary: 'Upload a crime table as CSV or JSON (admin, analyst)',
    description:
      'The body is `text/csv` with the columns of the CSV download (rank and complete columns are worked out again) or `application/json` (a CrimeTable). County = sum of districts, force = county + city, rates = volume ÷ residents aged 16+ at 1 d.p.: every finding is listed in `errors` (CSV: path "line L, column C (name)"). 201 for a new table, 200 when it replaced one (kept as a superseded version).',
    request: {
      params: z.object({ measure: MeasureId, period: Period }),
      body: {
        content: {
          'text/csv': {
            schema: z.string().max(1_000_000).meta({ description: 'The CSV download of a table.' }),
          },
          'application/json': {
            schema: z.looseObject({}).meta({ description: 'A CrimeTable.' }),
          },
        },
      },
    },
    responses: {
      200: {
        description: 'Replaced.',
        content: { 'application/json': { schema: CrimeTableView } },
      },
      201: { description: 'Stored.', content: { 'application/json': { schema: CrimeTableView } } },
      ...problemResponses(400, 401, 403, 404, 413, 415),
    },
  })
  return createRouter().openapi(upload, async (c) => {
    const { measure, period } = c.req.valid('param')
    if (!measureCatalogue.some((m) => m.id === measure)) {
      return problem(c, 'not-found', `"${measure}" is not a known measure; see /v1/measures.`)
    }
    const type = mediaTypeOf(c.req.header('content-type'))
    const expected = { measure, period }
    let read
    if (type === 'text/csv') read = readCrimeTableCsv(await c.req.text(), expected, areaCatalogue)
    else if (type === 'application/json') {
      const body = await c.req.json().catch(() => undefined)
      if (body === undefined) return problem(c, 'validation', 'The body is not JSON.')
      read = readCrimeTableJson(body, expected, areaCatalogue)
    } else {
      return problem(c, 'unsupported-media-type', 'Send the table as text/csv or application/json.')
    }
    if ('findings' in read) {
      const n = read.findings.length
      return problem(
        c,
        'validation',
        n === 1 ? 'The table has 1 problem.' : `The table has ${n} problems.`,
        { errors: read.findings.map(uploadFieldError) }
      )
    }
    const table = read.table
    const principal = principalOf(c)
    const at = clock.now()
    const { replaced } = await auditedTransaction(db, async (tx) => {
      const result = await replaceCrimeTable(tx, table, { actorId: principal.user.id, at })
      await appendAudit(tx, {
        at,
        actorId: principal.user.id,
        action: 'crime-table.upload',
        subject: { type: 'crime-table', id: `${measure}/${period}` },
        details: { rows: table.rows.length, replaced: result.replaced },
      })
      return result
    })
    const stored = await findCrimeTable(db, measure, period)
    if (!stored) throw new Error('the uploaded table was not stored')
    return c.json(crimeTableView(stored, 'lowest'), replaced ? 200 : 201, {
      Location: `/v1/crime-tables/${measure}/${period}`,
    })
  })
}
