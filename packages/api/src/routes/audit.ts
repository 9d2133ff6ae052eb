import { createRoute } from '@hono/zod-openapi'
import { signedIn } from '../auth/middleware.ts'
import { listAuditEntries } from '../db/repositories/audit.ts'
import { problemResponses } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { AuditPage, AuditQuery } from '../schemas/index.ts'

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
      'Every write and every read of personal data, newest first. For the next page, pass `nextBefore` as `before`. `csp audit verify` checks the hash chain.',
    ...signedIn(deps, 'admin'),
    request: { query: AuditQuery },
    responses: {
      200: { description: 'A page.', content: { 'application/json': { schema: AuditPage } } },
      ...problemResponses(400, 401, 403),
    },
  })
  return createRouter().openapi(list, async (c) =>
    c.json(await listAuditEntries(deps.db, c.req.valid('query')), 200)
  )
}
