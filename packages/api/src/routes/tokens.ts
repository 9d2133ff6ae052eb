import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import { principalOf, signedIn } from '../auth/middleware.ts'
import { listUserTokens, revokeToken } from '../auth/tokens.ts'
import { findUser } from '../db/repositories/people.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { Id, TokenList } from '../schemas/index.ts'

/**
 * Admins' view of sessions: `GET /v1/users/{id}/tokens` (a user's tokens, never the tokens
 * themselves) and `DELETE /v1/tokens/{id}` (revoke one, e.g. a lost laptop's).
 *
 * @example
 * ```ts
 * await app.request(`/v1/tokens/${id}`, { method: 'DELETE', headers: { Authorization } })
 * ```
 */
export function tokenRoutes(deps: RouteDeps) {
  const { db, clock } = deps
  const admin = signedIn(deps, 'admin')
  const list = createRoute({
    method: 'get',
    path: '/v1/users/{id}/tokens',
    tags: ['Users'],
    summary: 'A user’s tokens',
    ...admin,
    request: { params: z.object({ id: Id }) },
    responses: {
      200: {
        description: 'Newest first.',
        content: { 'application/json': { schema: TokenList } },
      },
      ...problemResponses(400, 401, 403, 404),
    },
  })
  const revoke = createRoute({
    method: 'delete',
    path: '/v1/tokens/{id}',
    tags: ['Users'],
    summary: 'Revoke a token',
    ...admin,
    request: { params: z.object({ id: Id }) },
    responses: { 204: { description: 'Revoked.' }, ...problemResponses(400, 401, 403, 404) },
  })
  return createRouter()
    .openapi(list, async (c) => {
      const { id } = c.req.valid('param')
      if (!(await findUser(db, id))) return problem(c, 'not-found', `There is no user ${id}.`)
      const tokens = await listUserTokens(db, id, clock.now())
      const items = tokens.map((t) => ({
        id: t.id,
        userId: t.userId,
        createdAt: t.createdAt.toISOString(),
        expiresAt: t.expiresAt.toISOString(),
        revokedAt: t.revokedAt?.toISOString() ?? null,
        active: t.active,
      }))
      return c.json({ items }, 200)
    })
    .openapi(revoke, async (c) => {
      const { id } = c.req.valid('param')
      const actorId = principalOf(c).user.id
      const at = clock.now()
      const revoked = await auditedTransaction(db, async (tx) => {
        const token = await revokeToken(tx, id, at)
        if (!token) return false
        await appendAudit(tx, {
          at,
          actorId,
          action: 'auth.token.revoke',
          subject: { type: 'token', id },
          details: {
            userId: token.userId,
            ...(token.alreadyRevoked ? { alreadyRevoked: true } : {}),
          },
        })
        return true
      })
      if (!revoked) return problem(c, 'not-found', `There is no token ${id}.`)
      return c.body(null, 204)
    })
}
