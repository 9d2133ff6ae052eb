import { createRoute } from '@hono/zod-openapi'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import { principalOf, signedIn } from '../auth/middleware.ts'
import { clientIp, signIn } from '../auth/sign-in.ts'
import { revokeToken } from '../auth/tokens.ts'
import { findOrganisation, findUser } from '../db/repositories/people.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { Me, SignInRequest, TokenResponse } from '../schemas/index.ts'

const noStore = { 'Cache-Control': 'no-store' }

/**
 * `POST /v1/auth/token` (sign in), `DELETE /v1/auth/token` (sign out: revoke the token sent)
 * and `GET /v1/me` (who the token belongs to).
 *
 * @example
 * ```ts
 * await app.request('/v1/auth/token', { method: 'POST', body: JSON.stringify({ email, password }),
 *   headers: { 'Content-Type': 'application/json' } })
 * ```
 */
export function authRoutes(deps: RouteDeps) {
  const { db, clock, config } = deps
  const createToken = createRoute({
    method: 'post',
    path: '/v1/auth/token',
    tags: ['Auth'],
    summary: 'Sign in: exchange email and password for a bearer token',
    description: `Wrong credentials get the same 401 whether or not the email is known. Attempts are limited per email and per client IP (${config.auth.rateLimit.perEmail} and ${config.auth.rateLimit.perIp} per ${config.auth.rateLimit.windowSeconds / 60} minutes by default), and ${config.auth.lockout.failures} failures in a row lock the email for ${config.auth.lockout.seconds / 60} minutes: 429 with Retry-After.`,
    request: {
      body: { content: { 'application/json': { schema: SignInRequest } }, required: true },
    },
    responses: {
      201: {
        description: 'Signed in; the token is shown only now.',
        content: { 'application/json': { schema: TokenResponse } },
      },
      ...problemResponses(400, 401, 429),
    },
  })
  const deleteToken = createRoute({
    method: 'delete',
    path: '/v1/auth/token',
    tags: ['Auth'],
    summary: 'Sign out: revoke the token this request carries',
    ...signedIn(deps),
    responses: { 204: { description: 'Revoked.' }, ...problemResponses(401) },
  })
  const getMe = createRoute({
    method: 'get',
    path: '/v1/me',
    tags: ['Auth'],
    summary: 'The signed-in user',
    ...signedIn(deps),
    responses: {
      200: { description: 'The user.', content: { 'application/json': { schema: Me } } },
      ...problemResponses(401),
    },
  })
  return createRouter()
    .openapi(createToken, async (c) => {
      const { email, password } = c.req.valid('json')
      const ip = clientIp(c, config.auth.trustProxy)
      const result = await signIn(deps, { email, password, ip })
      if (result.outcome === 'throttled') {
        const detail =
          result.reason === 'locked'
            ? 'Too many failed sign-ins for this email address: it is locked for a while.'
            : 'Too many sign-in attempts.'
        return problem(
          c,
          'too-many-requests',
          `${detail} Try again in ${minutes(result.retryAfterSeconds)}.`,
          {
            headers: { 'Retry-After': String(result.retryAfterSeconds) },
          }
        )
      }
      if (result.outcome === 'refused') {
        return problem(c, 'unauthorized', 'The email address or password is not right.', {
          headers: { 'WWW-Authenticate': 'Bearer realm="csp"' },
        })
      }
      return c.json(result.body, 201, noStore)
    })
    .openapi(deleteToken, async (c) => {
      const { user, tokenId } = principalOf(c)
      const at = clock.now()
      await auditedTransaction(db, async (tx) => {
        await revokeToken(tx, tokenId, at)
        await appendAudit(tx, {
          at,
          actorId: user.id,
          action: 'auth.token.revoke',
          subject: { type: 'token', id: tokenId },
          details: { userId: user.id, self: true },
        })
      })
      return c.body(null, 204)
    })
    .openapi(getMe, async (c) => {
      const principal = principalOf(c)
      const user = await findUser(db, principal.user.id)
      const organisation = user && (await findOrganisation(db, user.organisationId))
      if (!user || !organisation) throw new Error('a signed-in user has vanished')
      return c.json(
        { ...user, organisation, tokenExpiresAt: principal.tokenExpiresAt.toISOString() },
        200
      )
    })
}

function minutes(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`
  const m = Math.ceil(seconds / 60)
  return `${m} minute${m === 1 ? '' : 's'}`
}
