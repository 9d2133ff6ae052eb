import { createRoute } from '@hono/zod-openapi'
import { IsoDate } from '@csp/domain'
import { z } from 'zod'
import { caseReviewRecords } from '../casework/annual-return-records.ts'
import { caseReviewSettings } from '../casework/settings.ts'
import { financialYearOf, todayInEngland } from '../casework/today.ts'
import { listAsbCaseReviewReturns } from '../db/repositories/plan-figures.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { publicRead } from '../http/public-read.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { AnnualReturnView, annualReturnView } from '../views/annual-return.ts'

const Window = z
  .object({
    from: IsoDate.optional().meta({ description: 'First day (inclusive), YYYY-MM-DD.' }),
    to: IsoDate.optional().meta({ description: 'Last day (inclusive), YYYY-MM-DD.' }),
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

/**
 * `GET /v1/asb-case-reviews/annual-return?from=&to=`: the four published figures (s104(10))
 * for a window, from published returns and, for days they do not cover, from the case-review
 * records (counts only: public). Without a window: the latest published return, or, with none
 * published, the current financial year.
 *
 * @example
 * ```ts
 * await app.request('/v1/asb-case-reviews/annual-return?from=2024-04-01&to=2025-03-31')
 * ```
 */
export function asbCaseReviewRoutes({ db, clock, config }: RouteDeps) {
  const getAnnualReturn = createRoute({
    method: 'get',
    path: '/v1/asb-case-reviews/annual-return',
    tags: ['ASB Case Reviews'],
    summary: 'The ASB Case Review annual return',
    middleware: [publicRead(config.publicMaxAgeSeconds)] as const,
    request: { query: Window },
    responses: {
      200: {
        description: 'The return.',
        content: { 'application/json': { schema: AnnualReturnView } },
      },
      ...problemResponses(400, 404),
    },
  })
  return createRouter().openapi(getAnnualReturn, async (c) => {
    const query = c.req.valid('query')
    const published = await listAsbCaseReviewReturns(db)
    const { recordsKeptSince } = await caseReviewSettings(db)
    const kept = await caseReviewRecords(db, recordsKeptSince)
    const latest = published.at(-1) ?? (kept.since ? financialYearOf(todayInEngland(clock)) : null)
    const from = query.from ?? latest?.from
    const to = query.to ?? latest?.to
    if (from === undefined || to === undefined) {
      return problem(c, 'not-found', "No ASB Case Review return is stored; run 'csp seed'.")
    }
    return c.json(annualReturnView(published, from, to, kept), 200)
  })
}
