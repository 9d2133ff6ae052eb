import { createRouter, type RouteDeps } from '../http/router.ts'
import { caseReviewDecisionRoutes } from './case-review-decisions.ts'
import { caseReviewSettingsRoutes } from './case-review-settings.ts'
import { caseReviewRoutes } from './case-reviews.ts'
import { pspoRoutes } from './pspos.ts'

/**
 * Case-review records, their decisions and settings, and the PSPO register, as one router for
 * `createApp` (the annual return and the actions routes are mounted on their own, earlier, so
 * `/v1/asb-case-reviews/annual-return` is matched before `/v1/asb-case-reviews/{id}`).
 *
 * @example
 * ```ts
 * app.route('/', caseworkRoutes(deps))
 * ```
 */
export function caseworkRoutes(deps: RouteDeps) {
  return createRouter()
    .route('/', caseReviewRoutes(deps))
    .route('/', caseReviewDecisionRoutes(deps))
    .route('/', caseReviewSettingsRoutes(deps))
    .route('/', pspoRoutes(deps))
}
