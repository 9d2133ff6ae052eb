import { createRoute } from '@hono/zod-openapi'
import { createOrganisation } from '../auth/accounts.ts'
import { principalOf, signedIn } from '../auth/middleware.ts'
import { z } from 'zod'
import { listOrganisationsPage } from '../db/repositories/people.ts'
import { decodeCursor, invalidCursor, nextLink } from '../http/pagination.ts'
import { problemResponses } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import {
  CreateOrganisationRequest,
  Organisation,
  OrganisationList,
  OrganisationListQuery,
} from '../schemas/index.ts'
import { refusalProblem } from '../http/refusals.ts'

// The last organisation of a page: its name and id.
const cursorKey = [z.string(), z.uuid()] as const

/**
 * `GET /v1/organisations` (any signed-in user) and `POST /v1/organisations` (admins): the
 * partner agencies.
 *
 * @example
 * ```ts
 * await app.request('/v1/organisations', { method: 'POST', headers, body: JSON.stringify({ name, kind: 'fire' }) })
 * ```
 */
export function organisationRoutes(deps: RouteDeps) {
  const { db, clock } = deps
  const list = createRoute({
    method: 'get',
    path: '/v1/organisations',
    tags: ['Organisations'],
    summary: 'The organisations, a page at a time',
    ...signedIn(deps),
    request: { query: OrganisationListQuery },
    responses: {
      200: {
        description: 'By name; `next` links to the following page.',
        content: { 'application/json': { schema: OrganisationList } },
      },
      ...problemResponses(400, 401),
    },
  })
  const create = createRoute({
    method: 'post',
    path: '/v1/organisations',
    tags: ['Organisations'],
    summary: 'Add an organisation',
    ...signedIn(deps, 'admin'),
    request: {
      body: {
        content: { 'application/json': { schema: CreateOrganisationRequest } },
        required: true,
      },
    },
    responses: {
      201: { description: 'Added.', content: { 'application/json': { schema: Organisation } } },
      ...problemResponses(400, 401, 403, 409),
    },
  })
  return createRouter()
    .openapi(list, async (c) => {
      const query = c.req.valid('query')
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, cursorKey)
      if (query.cursor !== undefined && !after) return invalidCursor(c)
      const { items, more } = await listOrganisationsPage(db, { limit: query.limit, after })
      const last = items.at(-1)
      const next = nextLink(
        c.req.path,
        { limit: query.limit },
        more && last ? [last.name, last.id] : undefined
      )
      return c.json({ items, next }, 200)
    })
    .openapi(create, async (c) => {
      const context = { actorId: principalOf(c).user.id, at: clock.now() }
      const result = await createOrganisation(db, c.req.valid('json'), context)
      if ('refused' in result) return refusalProblem(c, result)
      return c.json(result, 201)
    })
}
