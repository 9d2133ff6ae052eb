import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import { clientAddress, trustedProxies } from '../auth/client-address.ts'
import { principalOf, signedInForSetup } from '../auth/middleware.ts'
import { signIn, signInWithCode, type SignInOutcome } from '../auth/sign-in.ts'
import { accountRequirements, signInSettings } from '../auth/sign-in-settings.ts'
import { revokeToken } from '../auth/tokens.ts'
import { findOrganisation, findUser, findUserForSignIn } from '../db/repositories/people.ts'
import type { AppEnv } from '../http/env.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import {
  Me,
  SignInRequest,
  TokenResponse,
  TwoFactorChallenge,
  TwoFactorSignInRequest,
} from '../schemas/index.ts'

const noStore = { 'Cache-Control': 'no-store' }
const bearer = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i

/** The bearer token a sign-in request carries, if any: the session it replaces. */
const previousToken = (c: Context<AppEnv>) => bearer.exec(c.req.header('Authorization') ?? '')?.[1]

/**
 * `POST /v1/auth/token` (sign in), `POST /v1/auth/token/two-factor` (its second step, for
 * accounts with two-factor sign-in), `DELETE /v1/auth/token` (sign out: revoke the token sent)
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
  const { rateLimit, lockout } = config.auth
  const addressPolicy = {
    portalSecret: config.auth.portalSecret,
    trustProxy: trustedProxies(config.auth.trustProxy),
  }
  const limits = `Attempts are limited per email (${rateLimit.perEmail} per ${rateLimit.windowSeconds / 60} minutes from all sources together) and per source (${rateLimit.perIp}; a source is an IPv4 address or an IPv6 /64), and ${lockout.failures} failures in a row of one email from one source lock that email for that source for ${lockout.seconds / 60} minutes (other sources are not affected): 429 with Retry-After. The source is the connection's address, the right-most X-Forwarded-For entry when the connection comes from a trusted proxy (CSP_TRUST_PROXY), or the address the portal signed with the secret it shares with the API (X-CSP-Client-Address and X-CSP-Client-Signature).`
  const createToken = createRoute({
    method: 'post',
    path: '/v1/auth/token',
    tags: ['Auth'],
    summary: 'Sign in: exchange email and password for a bearer token',
    description: `Wrong credentials get the same 401 whether or not the email is known. ${limits} A bearer token sent along (an earlier session of this client) is revoked when the sign-in succeeds. An account with two-factor sign-in gets a challenge (200) to send a code with to \`POST /v1/auth/token/two-factor\`. A token whose \`requires\` is not empty may only finish setting up the account.`,
    request: {
      body: { content: { 'application/json': { schema: SignInRequest } }, required: true },
    },
    responses: {
      200: {
        description: 'The password is right; the account needs a code as well.',
        content: { 'application/json': { schema: TwoFactorChallenge } },
      },
      201: {
        description: 'Signed in; the token is shown only now.',
        content: { 'application/json': { schema: TokenResponse } },
      },
      ...problemResponses(400, 401, 429),
    },
  })
  const secondStep = createRoute({
    method: 'post',
    path: '/v1/auth/token/two-factor',
    tags: ['Auth'],
    summary: 'Sign in, second step: a code from the authenticator app, or a recovery code',
    description: `With the challenge \`POST /v1/auth/token\` gave, from the same source, within ${config.auth.signInChallengeSeconds / 60} minutes. Each code is accepted once; a recovery code is used up. A challenge is spent after five wrong codes. Counted by the same limits as passwords.`,
    request: {
      body: {
        content: { 'application/json': { schema: TwoFactorSignInRequest } },
        required: true,
      },
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
    ...signedInForSetup(deps),
    responses: { 204: { description: 'Revoked.' }, ...problemResponses(401) },
  })
  const getMe = createRoute({
    method: 'get',
    path: '/v1/me',
    tags: ['Auth'],
    summary: 'The signed-in user',
    description: 'Answers for `setup` tokens too: `requires` says what the account must do.',
    ...signedInForSetup(deps),
    responses: {
      200: { description: 'The user.', content: { 'application/json': { schema: Me } } },
      ...problemResponses(401),
    },
  })
  const refusedAnswer = (c: Context<AppEnv>, result: Exclude<SignInOutcome, { body: unknown }>) => {
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
    return undefined
  }
  return createRouter()
    .openapi(createToken, async (c) => {
      const { email, password } = c.req.valid('json')
      const address = clientAddress(c, addressPolicy, clock.now())
      const result = await signIn(
        deps,
        { email, password },
        { address, previousToken: previousToken(c) }
      )
      if (result.outcome === 'signed-in') return c.json(result.body, 201, noStore)
      if (result.outcome === 'second-factor') return c.json(result.body, 200, noStore)
      return (
        refusedAnswer(c, result) ??
        problem(c, 'unauthorized', 'The email address or password is not right.', {
          headers: { 'WWW-Authenticate': 'Bearer realm="csp"' },
        })
      )
    })
    .openapi(secondStep, async (c) => {
      const address = clientAddress(c, addressPolicy, clock.now())
      const result = await signInWithCode(deps, c.req.valid('json'), {
        address,
        previousToken: previousToken(c),
      })
      if (result.outcome === 'signed-in') return c.json(result.body, 201, noStore)
      if (result.outcome === 'second-factor') throw new Error('a code step asked for a code')
      return (
        refusedAnswer(c, result) ??
        problem(
          c,
          'unauthorized',
          'The code is not right, or the sign-in has expired: sign in with your password again if it keeps failing.',
          { headers: { 'WWW-Authenticate': 'Bearer realm="csp"' } }
        )
      )
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
      const row = principal.scope === 'full' ? undefined : await findUserForSignIn(db, user.email)
      const requires = row ? accountRequirements(row, await signInSettings(db)) : []
      return c.json(
        {
          ...user,
          organisation,
          tokenExpiresAt: principal.tokenExpiresAt.toISOString(),
          requires,
        },
        200
      )
    })
}

function minutes(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`
  const m = Math.ceil(seconds / 60)
  return `${m} minute${m === 1 ? '' : 's'}`
}
