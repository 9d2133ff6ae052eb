import { addDays, addYears } from '@csp/domain/dates'
import { createRoute } from '@hono/zod-openapi'
import { dutiesDue, isoDateRange } from '@csp/domain'
import { principalOf, signedIn } from '../auth/middleware.ts'
import { todayInEngland } from '../casework/today.ts'
import { partnershipInForce, withoutDhrReferences } from '../duties/partnership.ts'
import { problem, problemResponses, type FieldError } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { DutiesDue, DutiesDueQuery } from '../schemas/duties.ts'
import { noPartnershipDetail } from './partnership-settings.ts'

/** How far ahead `to` defaults to, and the longest window, so a request stays small. */
export const dutiesDueWindow = { defaultDays: 90, maxYears: 3 } as const

/**
 * The window of a duties-due query: `from` defaults to `today`, `to` to 90 days after `from`.
 * Returns field errors (query) for a window that runs backwards or is over 3 years long.
 *
 * @example
 * ```ts
 * dutiesDueWindowOf({}, '2025-06-01') //=> { from: '2025-06-01', to: '2025-08-30' }
 * dutiesDueWindowOf({ to: '2025-01-01' }, '2025-06-01')
 * //=> { errors: [{ path: 'to', message: 'must not be before from (today, 2025-06-01)', in: 'query' }] }
 * ```
 */
export function dutiesDueWindowOf(
  query: DutiesDueQuery,
  today: string
): { from: string; to: string } | { errors: FieldError[] } {
  const from = query.from ?? today
  const defaultTo = addDays(from, dutiesDueWindow.defaultDays)
  // Near the end of the dates the API takes, the default window stops at their last day.
  const to = query.to ?? (defaultTo > isoDateRange.max ? isoDateRange.max : defaultTo)
  const fromWords = query.from === undefined ? `from (today, ${from})` : 'from'
  // Three years from 1 June 2025 end on 31 May 2028.
  const latest = addDays(addYears(from, dutiesDueWindow.maxYears), -1)
  const error = (message: string) => ({ errors: [{ path: 'to', message, in: 'query' as const }] })
  if (to < from) return error(`must not be before ${fromWords}`)
  if (to > latest) {
    return error(
      `the window may be at most ${dutiesDueWindow.maxYears} years long: to must be on or before ${latest}`
    )
  }
  return { from, to }
}

/**
 * `GET /v1/duties/due?from=&to=&asAt=` (any signed-in user): the statutory deadlines that fall
 * due in the window (the domain's `dutiesDue`) under the law as it stood on `asAt` (default
 * today in England), worked out from the partnership settings in force (their `commencements`
 * switch on Crime and Policing Act 2026 provisions; all off by default). 404 until a plan or
 * partnership settings are stored.
 *
 * @example
 * ```ts
 * const { items } = await (await user.get('/v1/duties/due?from=2025-06-01&to=2026-01-31')).json()
 * ```
 */
export function dutiesDueRoutes(deps: RouteDeps) {
  const { db, clock } = deps
  const due = createRoute({
    ...signedIn(deps),
    method: 'get',
    path: '/v1/duties/due',
    tags: ['Duties'],
    summary:
      'What falls due: strategic assessments, plans, ASB return, strategy reviews, the DA Act annual report, DHRs',
    description: `Every day is optional: from defaults to today in England, to to ${dutiesDueWindow.defaultDays} days after from; the window is at most ${dutiesDueWindow.maxYears} years long. asAt (default today) is the day whose law applies. A DHR notification is named by its reference for admins only; others see when it was notified.`,
    request: { query: DutiesDueQuery },
    responses: {
      200: {
        description: 'Soonest first.',
        content: { 'application/json': { schema: DutiesDue } },
      },
      ...problemResponses(400, 401, 404),
    },
  })
  return createRouter().openapi(due, async (c) => {
    const query = c.req.valid('query')
    const today = todayInEngland(clock)
    const window = dutiesDueWindowOf(query, today)
    if ('errors' in window) {
      return problem(c, 'validation', 'One field of the request needs correcting.', window)
    }
    const inForce = await partnershipInForce(db)
    if (!inForce) return problem(c, 'not-found', noPartnershipDetail)
    // The settings themselves stay with admins (GET /v1/settings/partnership): they hold DHR
    // notifications, which are casework, and only admins see their references here.
    const asAt = query.asAt ?? today
    const admin = principalOf(c).user.role === 'admin'
    const partnership = admin ? inForce.partnership : withoutDhrReferences(inForce.partnership)
    return c.json({ ...window, asAt, items: dutiesDue(partnership, window, { asAt }) }, 200)
  })
}
