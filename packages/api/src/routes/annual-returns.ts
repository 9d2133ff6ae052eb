import { addDays } from '@csp/domain/dates'
import { createRoute } from '@hono/zod-openapi'
import { IsoDate } from '@csp/domain'
import type { MiddlewareHandler } from 'hono'
import { z } from 'zod'
import { authenticate, bearerSchemeName, principalOf, signedIn } from '../auth/middleware.ts'
import { caseReviewRecords } from '../casework/annual-return-records.ts'
import { publishAnnualReturn } from '../casework/publish-annual-return.ts'
import { caseReviewSettings } from '../casework/settings.ts'
import { financialYearOf, todayInEngland } from '../casework/today.ts'
import { listAsbCaseReviewReturns } from '../db/repositories/plan-figures.ts'
import { csvAlternative, csvHeaders, FormatQuery, wantsCsv } from '../http/csv.ts'
import type { AppEnv } from '../http/env.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { refusalProblem } from '../http/refusals.ts'
import { publicRead } from '../http/public-read.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import {
  PublishAnnualReturnRequest,
  PublishedAsbCaseReviewReturn,
  PublishedAsbCaseReviewReturns,
} from '../schemas/annual-returns.ts'
import { annualReturnCsv, annualReturnCsvName } from '../views/annual-return-csv.ts'
import {
  AnnualReturnView,
  annualReturnView,
  type CaseReviewRecords,
} from '../views/annual-return.ts'

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
 * Whether anyone may see the return for `from`–`to` without signing in: the period of a
 * published return, or a whole financial year (1 April to 31 March) that ended before `today`.
 * Any other window could single out a day's applications, so it needs a sign-in.
 *
 * @example
 * ```ts
 * isPublicWindow('2024-04-01', '2025-03-31', [], '2025-06-01') //=> true
 * isPublicWindow('2025-05-01', '2025-05-01', [], '2025-06-01') //=> false
 * ```
 */
export function isPublicWindow(
  from: string,
  to: string,
  published: readonly { from: string; to: string }[],
  today: string
): boolean {
  if (published.some((r) => r.from === from && r.to === to)) return true
  const year = financialYearOf(from)
  return year.from === from && year.to === to && to < today
}

// Anyone, or a bearer token (for windows that are not public).
const optionalSignIn: Record<string, string[]>[] = [{}, { [bearerSchemeName]: [] }]

const signInForWindow =
  'Sign in to see this window: without a sign-in the return is given only for the period of a published return or a whole financial year (1 April to 31 March) that has ended.'

/**
 * The ASB Case Review annual return (s104(10)):
 * - `GET /v1/asb-case-reviews/annual-return?from=&to=`: the four figures for a window, from
 *   published returns and, for days they do not cover, from the case-review records (counts
 *   only). Without a sign-in only public windows ({@link isPublicWindow}) are answered, counted
 *   figures below the suppression threshold hidden, and records counted only from a configured
 *   `recordsKeptSince`; signed in, any window, exactly. Without a window: the latest published
 *   return, or, with none published, the last financial year that has ended (signed in: the
 *   current one). CSV with `Accept: text/csv` or `?format=csv`.
 * - `GET /v1/asb-case-reviews/annual-returns` (public): the published returns.
 * - `POST /v1/asb-case-reviews/annual-returns` (admins): count a window from the records and
 *   publish it today.
 *
 * @example
 * ```ts
 * await app.request('/v1/asb-case-reviews/annual-return?from=2024-04-01&to=2025-03-31&format=csv')
 * ```
 */
export function annualReturnRoutes(deps: RouteDeps) {
  const { db, clock, config, readModel } = deps
  const tags = ['ASB Case Reviews']
  const threshold = config.suppressionThreshold
  const getAnnualReturn = createRoute({
    method: 'get',
    path: '/v1/asb-case-reviews/annual-return',
    tags,
    summary: 'The ASB Case Review annual return, as JSON or CSV',
    description: `Public for the period of a published return or a whole financial year that has ended: figures counted from case-review records (from the configured \`recordsKeptSince\` only) that are 1 to ${threshold - 1} are hidden (\`suppression\`). Any other window needs a sign-in, and a signed-in request gets exact counts for any window.`,
    middleware: [publicRead(config.publicMaxAgeSeconds)] as const,
    // Public, or signed in (any role) for other windows.
    security: optionalSignIn,
    request: { query: Window },
    responses: {
      200: {
        description: 'The return.',
        content: {
          ...json(AnnualReturnView),
          ...csvAlternative('One line per figure, each with its window, basis, sources and notes.'),
        },
      },
      ...problemResponses(400, 401, 404),
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
  // The sign-in check as plain middleware, run by hand for a request that sends a token.
  const signIn = authenticate(deps) as MiddlewareHandler<AppEnv>
  return createRouter()
    .openapi(getAnnualReturn, async (c) => {
      const query = c.req.valid('query')
      const csv = wantsCsv(c, query.format)
      const { from: askedFrom, to: askedTo } = query
      const asked =
        askedFrom !== undefined && askedTo !== undefined
          ? { from: askedFrom, to: askedTo }
          : undefined
      // Without a window the answer depends on the day (the current financial year).
      const today = todayInEngland(clock)
      const window = asked ? `${asked.from}:${asked.to}` : `latest:${today}`
      c.header('Vary', 'Accept, Authorization')
      // A token, when sent, must be good; it then opens every window, with exact counts.
      const exact = c.req.header('Authorization') !== undefined
      if (exact) {
        const refused = await signIn(c, async () => {})
        if (refused) return refused as never
      }
      // An exact answer says whether its window is public, which turns with the day.
      const scope = exact ? `exact:${today}` : `public-${threshold}`
      return readModel.respond(c, {
        key: `annual-return:${scope}:${window}:${csv ? 'csv' : 'json'}`,
        topics: ['annual-returns', 'case-reviews', 'settings'],
        daily: asked === undefined,
        // Never from the front cache, which does not look at who asks.
        private: true,
        build: async (db) => {
          const published = await listAsbCaseReviewReturns(db)
          const { recordsKeptSince } = await caseReviewSettings(db)
          if (!exact && asked && !isPublicWindow(asked.from, asked.to, published, today)) {
            const headers = { 'WWW-Authenticate': 'Bearer realm="csp"' }
            return problem(c, 'unauthorized', signInForWindow, { headers }) as never
          }
          // In public, records count only from a day an admin has set, never from the
          // earliest application (that day would be shown).
          const kept: CaseReviewRecords =
            exact || recordsKeptSince !== null
              ? await caseReviewRecords(db, recordsKeptSince)
              : { since: null, records: [] }
          const thisYear = financialYearOf(today)
          const fallback = exact ? thisYear : financialYearOf(addDays(thisYear.from, -1))
          const latest = asked ?? published.at(-1) ?? (kept.since ? fallback : undefined)
          if (latest === undefined) {
            const detail = "No ASB Case Review return is stored; run 'csp seed'."
            return problem(c, 'not-found', detail) as never
          }
          const { from, to } = latest
          const view = annualReturnView(published, from, to, kept, {
            suppressBelow: exact ? undefined : threshold,
            isPublic: !exact || isPublicWindow(from, to, published, today),
          })
          if (!exact && kept.since === null && view.notes.length > 0) {
            view.notes.push(
              'Figures counted from case-review records are public once the case-review settings say from which day every application is recorded (recordsKeptSince).'
            )
          }
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
      if ('refused' in outcome) return refusalProblem(c, outcome)
      const { published } = outcome
      return c.json(published, 201, { Location: returnLocation(published) })
    })
}
