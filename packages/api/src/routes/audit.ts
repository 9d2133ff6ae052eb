import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { signedIn } from '../auth/middleware.ts'
import { listAuditEntries } from '../db/repositories/audit.ts'
import { decodeCursor, invalidCursor, nextLink } from '../http/pagination.ts'
import { problemResponses } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { AuditPage, AuditQuery } from '../schemas/index.ts'

// The last entry of a page: its id.
const cursorKey = [z.number().int().positive()] as const

/**
 * `GET /v1/audit?from=&to=&actor=&before=&limit=` for admins: the audit log, newest first.
 *
 * @example
 * ```ts
 * await app.request('/v1/audit?from=2025-06-01&limit=20', { headers: { Authorization } })
 * ```
 */
export function auditRoutes(deps: RouteDeps) {
  const list = createRoute({
    method: 'get',
    path: '/v1/audit',
    tags: ['Audit'],
    summary: 'The audit log',
    description:
      'Every write and every read of personal data, newest first. For the next page, follow `next` (or pass `nextBefore` as `before`). `csp audit verify` checks the hash chain.',
    ...signedIn(deps, 'admin'),
    request: { query: AuditQuery },
    responses: {
      200: { description: 'A page.', content: { 'application/json': { schema: AuditPage } } },
      ...problemResponses(400, 401, 403),
    },
  })
  return createRouter().openapi(list, async (c) => {
    const { cursor, ...query } = c.req.valid('query')
    const after = cursor === undefined ? undefined : decodeCursor(cursor, cursorKey)
    if (cursor !== undefined && !after) return invalidCursor(c)
    const before = after ? Math.min(after[0], query.before ?? Infinity) : query.before
    const page = await listAuditEntries(deps.db, { ...query, before })
    const { before: _before, ...filters } = query
    const next = nextLink(
      c.req.path,
      filters,
      page.nextBefore === null ? undefined : [page.nextBefore]
    )
    return c.json({ ...page, next }, 200)
  })
}
