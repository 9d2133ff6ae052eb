import { createRoute } from '@hono/zod-openapi'
import type { z } from 'zod'
import { principalOf, signedIn, signedInForSetup } from '../auth/middleware.ts'
import {
  changeOwnPassword,
  disableTwoFactor,
  enableTwoFactor,
  startTwoFactorEnrolment,
  twoFactorStatus,
} from '../auth/own-account.ts'
import { saveSignInSettings, signInSettings } from '../auth/sign-in-settings.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import {
  ChangePasswordRequest,
  SignInSettings,
  TokenResponse,
  TwoFactorChangeRequest,
  TwoFactorEnabled,
  TwoFactorEnrolment,
  TwoFactorStatus,
} from '../schemas/index.ts'
import { fieldRefusalProblem, refusalProblem } from '../http/refusals.ts'

const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } })
const noStore = { 'Cache-Control': 'no-store' }
const newToken =
  'Every token of the user is revoked (this one too) and a new one returned: send it from now on.'

/**
 * The signed-in user's own account: `POST /v1/me/password` (change it), two-factor sign-in
 * (`GET /v1/me/two-factor`, `POST /v1/me/two-factor/enrolment` to start, `POST
 * /v1/me/two-factor` to switch on, `POST /v1/me/two-factor/removal` to switch off), all open
 * to `setup` tokens; and for admins `GET/PUT /v1/settings/sign-in` (which roles must use
 * two-factor sign-in).
 *
 * @example
 * ```ts
 * await user.post('/v1/me/password', { currentPassword, newPassword })
 * ```
 */
export function accountRoutes(deps: RouteDeps) {
  const { db, clock, config } = deps
  const own = { tags: ['Account'], ...signedInForSetup(deps) }
  const changePassword = createRoute({
    ...own,
    method: 'post',
    path: '/v1/me/password',
    summary: 'Change your own password',
    description: `The password in use must be right; the new one at least 12 characters, different, and not a common or breached password (checked offline against the zxcvbn-ts common list). ${newToken}`,
    request: { body: { content: json(ChangePasswordRequest), required: true } },
    responses: {
      200: { description: 'Changed.', content: json(TokenResponse) },
      ...problemResponses(400, 401),
    },
  })
  const status = createRoute({
    ...own,
    method: 'get',
    path: '/v1/me/two-factor',
    summary: 'Your two-factor sign-in: on, required, or being set up',
    responses: {
      200: { description: 'Its state.', content: json(TwoFactorStatus) },
      ...problemResponses(401),
    },
  })
  const start = createRoute({
    ...own,
    method: 'post',
    path: '/v1/me/two-factor/enrolment',
    summary: 'Start setting up two-factor sign-in: a new secret for an authenticator app',
    description:
      'The secret (RFC 6238 TOTP: SHA-1, 6 digits, 30 seconds) stays pending, replacing any earlier pending one, until `POST /v1/me/two-factor` switches it on.',
    responses: {
      201: {
        description: 'The secret, as text and as an otpauth:// address.',
        content: json(TwoFactorEnrolment),
      },
      ...problemResponses(401, 409),
    },
  })
  const enable = createRoute({
    ...own,
    method: 'post',
    path: '/v1/me/two-factor',
    summary: 'Switch two-factor sign-in on, with a code from the pending secret',
    description: `Needs the password too. Returns ten one-time recovery codes, shown only now. ${newToken}`,
    request: { body: { content: json(TwoFactorChangeRequest), required: true } },
    responses: {
      201: { description: 'On.', content: json(TwoFactorEnabled) },
      ...problemResponses(400, 401, 409),
    },
  })
  const disable = createRoute({
    tags: ['Account'],
    ...signedIn(deps),
    method: 'post',
    path: '/v1/me/two-factor/removal',
    summary: 'Switch two-factor sign-in off',
    description: `Needs the password and a code (or a recovery code); refused (409) when your role requires two-factor sign-in. ${newToken}`,
    request: { body: { content: json(TwoFactorChangeRequest), required: true } },
    responses: {
      200: { description: 'Off.', content: json(TokenResponse) },
      ...problemResponses(400, 401, 403, 409),
    },
  })
  const admin = { tags: ['Account'], ...signedIn(deps, 'admin') }
  const getSettings = createRoute({
    ...admin,
    method: 'get',
    path: '/v1/settings/sign-in',
    summary: 'Which roles must use two-factor sign-in',
    responses: {
      200: { description: 'The settings in force.', content: json(SignInSettings) },
      ...problemResponses(401, 403),
    },
  })
  const putSettings = createRoute({
    ...admin,
    method: 'put',
    path: '/v1/settings/sign-in',
    summary: 'Set which roles must use two-factor sign-in',
    description:
      'Applies from each person’s next sign-in: until they switch two-factor sign-in on, their token allows nothing else.',
    request: { body: { content: json(SignInSettings), required: true } },
    responses: {
      200: { description: 'The settings now in force.', content: json(SignInSettings) },
      ...problemResponses(400, 401, 403),
    },
  })
  const change = (userId: string) => ({ userId, now: clock.now() })
  return createRouter()
    .openapi(changePassword, async (c) => {
      const { user } = principalOf(c)
      const result = await changeOwnPassword(db, c.req.valid('json'), change(user.id), config)
      if ('refused' in result) return fieldRefusalProblem(c, result)
      return c.json(result, 200, noStore)
    })
    .openapi(status, async (c) => c.json(await twoFactorStatus(db, principalOf(c).user.id), 200))
    .openapi(start, async (c) => {
      const result = await startTwoFactorEnrolment(db, change(principalOf(c).user.id))
      if ('refused' in result) return problem(c, 'conflict', 'Two-factor sign-in is already on.')
      return c.json(result, 201, noStore)
    })
    .openapi(enable, async (c) => {
      const { user } = principalOf(c)
      const result = await enableTwoFactor(db, c.req.valid('json'), change(user.id), config)
      if ('refused' in result) return refusalProblem(c, result)
      return c.json(result, 201, noStore)
    })
    .openapi(disable, async (c) => {
      const { user } = principalOf(c)
      const result = await disableTwoFactor(db, c.req.valid('json'), change(user.id), config)
      if ('refused' in result) return refusalProblem(c, result)
      return c.json(result, 200, noStore)
    })
    .openapi(getSettings, async (c) => c.json(await signInSettings(db), 200))
    .openapi(putSettings, async (c) => {
      const actor = { actorId: principalOf(c).user.id, at: clock.now() }
      return c.json(await saveSignInSettings(db, c.req.valid('json'), actor), 200)
    })
}
