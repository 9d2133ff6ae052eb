import { createRoute } from '@hono/zod-openapi'
import type { z } from 'zod'
import { principalOf, signedIn } from '../auth/middleware.ts'
import { caseReviewSettings, saveCaseReviewSettings } from '../casework/settings.ts'
import { problemResponses } from '../http/problems.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { CaseReviewSettings, CaseReviewSettingsInput } from '../schemas/case-review-settings.ts'

const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } })

/**
 * `GET/PUT /v1/settings/case-reviews` (admins): the threshold policy and local timescales the
 * case-review routes use. Until an admin stores some, the domain's defaults apply; values the
 * docs mark [UNCONFIRMED] (Derbyshire's timescales, the "5 individuals" route) belong here.
 *
 * @example
 * ```ts
 * await admin.put('/v1/settings/case-reviews', { thresholdPolicy, timescales })
 * ```
 */
export function caseReviewSettingsRoutes(deps: RouteDeps) {
  const { db, clock } = deps
  const admin = { tags: ['ASB Case Reviews'], ...signedIn(deps, 'admin') }
  const get = createRoute({
    ...admin,
    method: 'get',
    path: '/v1/settings/case-reviews',
    summary: 'The case-review threshold policy and timescales',
    responses: {
      200: { description: 'The settings in force.', content: json(CaseReviewSettings) },
      ...problemResponses(401, 403),
    },
  })
  const put = createRoute({
    ...admin,
    method: 'put',
    path: '/v1/settings/case-reviews',
    summary: 'Replace the case-review threshold policy and timescales',
    description:
      'Validated by the domain’s schemas (`ThresholdPolicy`, `CaseReviewTimescales`): a statutory count above 3 is refused (s104(4)).',
    request: { body: { content: json(CaseReviewSettingsInput), required: true } },
    responses: {
      200: { description: 'The settings now in force.', content: json(CaseReviewSettings) },
      ...problemResponses(400, 401, 403),
    },
  })
  return createRouter()
    .openapi(get, async (c) => c.json(await caseReviewSettings(db), 200))
    .openapi(put, async (c) => {
      const actor = { actorId: principalOf(c).user.id, at: clock.now() }
      return c.json(await saveCaseReviewSettings(db, c.req.valid('json'), actor), 200)
    })
}
