import { createRoute } from '@hono/zod-openapi'
import type { z } from 'zod'
import { principalOf, signedIn } from '../auth/middleware.ts'
import { partnershipInForce, savePartnershipSettings } from '../duties/partnership.ts'
import { problem, problemResponses } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { PartnershipSettings, PartnershipSettingsInput } from '../schemas/duties.ts'

const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } })

/** The detail of the 404 when neither a plan nor partnership settings are stored. */
export const noPartnershipDetail =
  "No partnership is known: run 'csp seed' to load the plan, or store partnership settings (PUT /v1/settings/partnership)."

/**
 * `GET/PUT /v1/settings/partnership` (admins): what the statutory deadlines are worked out from
 * (the domain's `PartnershipConfig`: tier, plan start and length, strategy publication dates,
 * DHR notifications). Until an admin stores some, they are derived from the stored plan.
 *
 * @example
 * ```ts
 * await admin.put('/v1/settings/partnership', { name: 'South Derbyshire CSP', tier: 'district',
 *   planStart: '2023-04-01' })
 * ```
 */
export function partnershipSettingsRoutes(deps: RouteDeps) {
  const { db, clock } = deps
  const admin = { tags: ['Duties'], ...signedIn(deps, 'admin') }
  const get = createRoute({
    ...admin,
    method: 'get',
    path: '/v1/settings/partnership',
    summary: 'The partnership settings the statutory deadlines use',
    responses: {
      200: { description: 'The settings in force.', content: json(PartnershipSettings) },
      ...problemResponses(401, 403, 404),
    },
  })
  const put = createRoute({
    ...admin,
    method: 'put',
    path: '/v1/settings/partnership',
    summary: 'Replace the partnership settings',
    description:
      'Validated by the domain’s `PartnershipConfig`; fields with defaults may be left out.',
    request: { body: { content: json(PartnershipSettingsInput), required: true } },
    responses: {
      200: { description: 'The settings now in force.', content: json(PartnershipSettings) },
      ...problemResponses(400, 401, 403),
    },
  })
  return createRouter()
    .openapi(get, async (c) => {
      const inForce = await partnershipInForce(db)
      if (!inForce) return problem(c, 'not-found', noPartnershipDetail)
      return c.json(inForce.settings, 200)
    })
    .openapi(put, async (c) => {
      const actor = { actorId: principalOf(c).user.id, at: clock.now() }
      return c.json(await savePartnershipSettings(db, c.req.valid('json'), actor), 200)
    })
}
