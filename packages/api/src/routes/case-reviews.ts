import { createRoute } from '@hono/zod-openapi'
import { IsoDate } from '@csp/domain'
import { z } from 'zod'
import { principalOf, signedIn } from '../auth/middleware.ts'
import { getVisibleCaseReview, listVisibleCaseReviews } from '../casework/case-review-reads.ts'
import { createCaseReview } from '../casework/create-case-review.ts'
import { caseReviewWriteProblems, refusalProblem } from '../http/refusals.ts'
import { caseReviewSettings } from '../casework/settings.ts'
import { caseReviewStatistics, CaseReviewStatistics } from '../casework/statistics.ts'
import { todayInEngland } from '../casework/today.ts'
import { decodeCursor, invalidCursor, nextLink } from '../http/pagination.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { CaseReviewDetail, CaseReviewList } from '../schemas/case-review-views.ts'
import {
  CaseReviewListQuery,
  CaseReviewParams,
  CreateCaseReviewRequest,
} from '../schemas/case-reviews.ts'

const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } })
const tags = ['ASB Case Reviews']
// The last case review of a page: the day it was received, when it was recorded, its id.
const cursorKey = [IsoDate, z.iso.datetime(), z.uuid()] as const
// Case-review views change with the records, the settings (timescales) and organisation names.
const caseReviewTopics = ['case-reviews', 'settings', 'organisations'] as const

/**
 * ASB Case Review records: `POST` (admins, officers), the list (admins, officers: their own
 * bodies' cases, never personal data), statistics (any signed-in user: counts only) and one
 * case with its personal data (admins and officers of its relevant bodies; anyone else gets
 * 404, and each read is audited).
 *
 * @example
 * ```ts
 * await app.request('/v1/asb-case-reviews?overdue=true', { headers: { Authorization } })
 * ```
 */
export function caseReviewRoutes(deps: RouteDeps) {
  const { db, clock, readModel } = deps
  const list = createRoute({
    method: 'get',
    path: '/v1/asb-case-reviews',
    tags,
    summary: 'Case reviews you may see, without personal data',
    description:
      'Admins see every case; officers the cases their organisation is a relevant body on. Analysts and viewers get 403: they see aggregates only (`/statistics`, the annual return).',
    ...signedIn(deps, 'admin', 'officer'),
    request: { query: CaseReviewListQuery },
    responses: {
      200: {
        description: 'Newest first; `next` links to the following page.',
        content: json(CaseReviewList),
      },
      ...problemResponses(400, 401, 403),
    },
  })
  const statistics = createRoute({
    method: 'get',
    path: '/v1/asb-case-reviews/statistics',
    tags,
    summary: 'Counts of case reviews by state, and how many are overdue',
    ...signedIn(deps),
    responses: {
      200: { description: 'Counts only.', content: json(CaseReviewStatistics) },
      ...problemResponses(401),
    },
  })
  const get = createRoute({
    method: 'get',
    path: '/v1/asb-case-reviews/{id}',
    tags,
    summary: 'One case review, with its personal data',
    description:
      'For admins and officers of the case’s relevant bodies; every read is audited. Anyone else gets 404, as for a case that does not exist.',
    ...signedIn(deps),
    request: { params: CaseReviewParams },
    responses: {
      200: { description: 'The case review.', content: json(CaseReviewDetail) },
      ...problemResponses(400, 401, 404),
    },
  })
  const create = createRoute({
    method: 'post',
    path: '/v1/asb-case-reviews',
    tags,
    summary: 'Record an application for an ASB Case Review',
    ...signedIn(deps, 'admin', 'officer'),
    request: { body: { content: json(CreateCaseReviewRequest), required: true } },
    responses: {
      201: { description: 'Recorded, in state `received`.', content: json(CaseReviewDetail) },
      ...caseReviewWriteProblems,
    },
  })
  return (
    createRouter()
      // Lists hold no personal data, and are kept per day and per whose cases one may see.
      .openapi(list, (c) => {
        const today = todayInEngland(clock)
        const { cursor, ...query } = c.req.valid('query')
        const after = cursor === undefined ? undefined : decodeCursor(cursor, cursorKey)
        if (cursor !== undefined && !after) return invalidCursor(c)
        const principal = principalOf(c)
        const { role, organisationId } = principal.user
        const scope = role === 'admin' ? 'all' : `${role}:${organisationId}`
        const filter = [query.state, query.overdue, query.receivedFrom, query.receivedTo]
        return readModel.respond(c, {
          key: `case-reviews:${scope}:${today}:${filter.join(':')}:${query.limit}:${cursor ?? ''}`,
          topics: caseReviewTopics,
          private: true,
          build: async (tx) => {
            const settings = await caseReviewSettings(tx)
            const page = { ...query, after }
            const { items, last } = await listVisibleCaseReviews(
              tx,
              principal,
              page,
              settings,
              today
            )
            const next = nextLink(c.req.path, query, last)
            return c.json({ asOf: today, items, next }, 200)
          },
        })
      })
      .openapi(statistics, (c) => {
        const today = todayInEngland(clock)
        return readModel.respond(c, {
          key: `case-review-statistics:${today}`,
          topics: caseReviewTopics,
          private: true,
          build: async (tx) =>
            c.json(await caseReviewStatistics(tx, await caseReviewSettings(tx), today), 200),
        })
      })
      .openapi(get, async (c) => {
        const { id } = c.req.valid('param')
        const settings = await caseReviewSettings(db)
        const today = todayInEngland(clock)
        const detail = await getVisibleCaseReview(
          db,
          principalOf(c),
          id,
          settings,
          today,
          clock.now()
        )
        if (!detail) return problem(c, 'not-found', `There is no case review at ${c.req.path}.`)
        return c.json(detail, 200)
      })
      .openapi(create, async (c) => {
        const { timescales } = await caseReviewSettings(db)
        const context = { timescales, today: todayInEngland(clock), at: clock.now() }
        const result = await createCaseReview(db, c.req.valid('json'), principalOf(c), context)
        if ('refused' in result) return refusalProblem(c, result)
        return c.json(result, 201, { Location: `/v1/asb-case-reviews/${result.id}` })
      })
  )
}
