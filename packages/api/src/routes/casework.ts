import { createRouter, type RouteDeps } from '../http/router.ts'
import { annualReturnRoutes } from './annual-returns.ts'
import { caseReviewDecisionRoutes } from './case-review-decisions.ts'
import { caseReviewSettingsRoutes } from './case-review-settings.ts'
import { caseReviewRoutes } from './case-reviews.ts'
import { pspoRoutes } from './pspos.ts'

/**
 * Case-review records, their annual returns, decisions and settings, and the PSPO register, as
 * one router for `createApp`. Hono tries routes in the order they were added: the annual-return
 * routes come first here, so `/v1/asb-case-reviews/annual-return(s)` is never taken for a case
 * review's `{id}`, wherever `createApp` mounts this router.
 *
 * @example
 * ```ts
 * app.route('/', caseworkRoutes(deps))
 * ```
 */
export function caseworkRoutes(deps: RouteDeps) {
  return createRouter()
    .route('/', annualReturnRoutes(deps))
    .route('/', caseReviewRoutes(deps))
    .route('/', caseReviewDecisionRoutes(deps))
    .route('/', caseReviewSettingsRoutes(deps))
    .route('/', pspoRoutes(deps))
}
