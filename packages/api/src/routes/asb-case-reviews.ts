import { createRoute } from '@hono/zod-openapi'
import { IsoDate } from '@csp/domain'
import { z } from 'zod'
import { principalOf, signedIn } from '../auth/middleware.ts'
import { caseReviewRecords } from '../casework/annual-return-records.ts'
import { publishAnnualReturn } from '../casework/publish-annual-return.ts'
import { caseReviewSettings } from '../casework/settings.ts'
import { financialYearOf, todayInEngland } from '../casework/today.ts'
import { listAsbCaseReviewReturns } from '../db/repositories/plan-figures.ts'
import { csvAlternative, csvHeaders, FormatQuery, wantsCsv } from '../http/csv.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { publicRead } from '../http/public-read.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import {
  PublishAnnualReturnRequest,
  PublishedAsbCaseReviewReturn,
  PublishedAsbCaseReviewReturns,
} from '../schemas/annual-returns.ts'
import { annualReturnCsv, annualReturnCsvName } from '../views/annual-return-csv.ts'
import { AnnualReturnView, annualReturnView } from '../views/annual-return.ts'

const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } })

const Window = z
  .object({
    from: IsoDate.optional().meta({ description: 'First day (inclusive), YYYY-MM-DD.' }),
    to: IsoDate.optional().meta({ description: 'Last day (inclusive), YYYY-MM-DD.' }),
    format: FormatQuery,
  })
  .superRefine((q, ctx) => {
    if ((q.from === undefined) !== (q.to === undefined)) {
      const missing = q.from === undefined ? 'from' : 'to'
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'give both from and to, or neither',
      })
    } else if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' })
    }
  })

const returnLocation = (r: { from: string; to: string }) =>
  `/v1/asb-case-reviews/annual-return?from=${r.from}&to=${r.to}`

/**
 * The ASB Case Review annual return (s104(10)):
 * - `GET /v1/asb-case-reviews/annual-return?from=&to=` (public): the four figures for a window,
 *   from published returns and, for days they do not cover, from the case-review records (counts
 *   only). Without a window: the latest published return, or, with none published, the current
 *   financial year. CSV with `Accept: text/csv` or `?format=csv`.
 * - `GET /v1/asb-case-reviews/annual-returns` (public): the published returns.
 * - `POST /v1/asb-case-reviews/annual-returns` (admins): count a window from the records and
 *   publish it today.
 *
 * @example
 * ```ts
 * await app.request('/v1/asb-case-reviews/annual-return?from=2024-04-01&to=2025-03-31&format=csv')
 * ```
 */
export function asbCaseReviewRoutes(deps: RouteDeps) {
  const { db, clock, config, readModel } = deps
  const tags = ['ASB Case Reviews']
  const getAnnualReturn = createRoute({
    method: 'get',
    path: '/v1/asb-case-reviews/annual-return',
    tags,
    summary: 'The ASB Case Review annual return, as JSON or CSV',
    middleware: [publicRead(config.publicMaxAgeSeconds)] as const,
    request: { query: Window },
    responses: {
      200: {
        description: 'The return.',
        content: {
          ...json(AnnualReturnView),
          ...csvAlternative('One line per figure, each with its window, basis, sources and notes.'),
        },
      },
      ...problemResponses(400, 404),
    },
  })
  const listReturns = createRoute({
    method: 'get',
    path: '/v1/asb-case-reviews/annual-returns',
    tags,
    summary: 'The published ASB Case Review returns',
    middleware: [publicRead(config.publicMaxAgeSeconds)] as const,
    responses: {
      200: { description: 'Earliest period first.', content: json(PublishedAsbCaseReviewReturns) },
    },
  })
  const publish = createRoute({
    ...signedIn(deps, 'admin'),
    method: 'post',
    path: '/v1/asb-case-reviews/annual-returns',
    tags,
    summary: 'Count a window from the case-review records and publish it today',
    description:
      'Refused (409) when the window overlaps a published return, or starts before the day from which every application is recorded (`recordsKeptSince` in the case-review settings, which must be set). `to` must be before today.',
    request: { body: { content: json(PublishAnnualReturnRequest), required: true } },
    responses: {
      201: {
        description: 'Published; `Location` is the return’s window.',
        content: json(PublishedAsbCaseReviewReturn),
      },
      ...problemResponses(400, 401, 403, 409),
    },
  })
  return createRouter()
    .openapi(getAnnualReturn, (c) => {
      const query = c.req.valid('query')
      const csv = wantsCsv(c, query.format)
      // Without a window the answer depends on the day (the current financial year).
      const today = todayInEngland(clock)
      const window = query.from === undefined ? `latest:${today}` : `${query.from}:${query.to}`
      c.header('Vary', 'Accept')
      return readModel.respond(c, {
        key: `annual-return:${window}:${csv ? 'csv' : 'json'}`,
        topics: ['annual-returns', 'case-reviews', 'settings'],
        daily: query.from === undefined,
        build: async (db) => {
          const published = await listAsbCaseReviewReturns(db)
          const { recordsKeptSince } = await caseReviewSettings(db)
          const kept = await caseReviewRecords(db, recordsKeptSince)
          const latest = published.at(-1) ?? (kept.since ? financialYearOf(today) : null)
          const from = query.from ?? latest?.from
          const to = query.to ?? latest?.to
          if (from === undefined || to === undefined) {
            const detail = "No ASB Case Review return is stored; run 'csp seed'."
            return problem(c, 'not-found', detail) as never
          }
          const view = annualReturnView(published, from, to, kept)
          if (!csv) return c.json(view, 200)
          const body = annualReturnCsv(view)
          if (body === undefined) {
            const detail = `No figures are known for ${from} to ${to}: ${view.notes.join(' ')}`
            return problem(c, 'not-found', detail) as never
          }
          return c.body(body, 200, csvHeaders(annualReturnCsvName(view))) as never // see csvAlternative
        },
      })
    })
    .openapi(listReturns, (c) =>
      readModel.respond(c, {
        key: 'annual-returns',
        topics: ['annual-returns'],
        build: async (db) => c.json({ items: await listAsbCaseReviewReturns(db) }, 200),
      })
    )
    .openapi(publish, async (c) => {
      const outcome = await publishAnnualReturn(db, c.req.valid('json'), {
        actorId: principalOf(c).user.id,
        today: todayInEngland(clock),
        at: clock.now(),
      })
      if ('errors' in outcome) {
        const detail = 'One field of the request needs correcting.'
        return problem(c, 'validation', detail, { errors: outcome.errors })
      }
      if ('conflict' in outcome) return problem(c, 'conflict', outcome.conflict)
      const { published } = outcome
      return c.json(published, 201, { Location: returnLocation(published) })
    })
}
