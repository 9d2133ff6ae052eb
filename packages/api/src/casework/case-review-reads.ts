import { auditedTransaction } from '../audit/append.ts'
import type { Principal } from '../auth/tokens.ts'
import type { Db } from '../db/client.ts'
import { findCaseReview, listCaseReviews } from '../db/repositories/case-reviews.ts'
import type { CaseReviewListQuery } from '../schemas/case-reviews.ts'
import type { CaseReviewDetail, CaseReviewSummary } from '../schemas/case-review-views.ts'
import type { CaseReviewSettings } from '../schemas/case-review-settings.ts'
import { readCaseReviewDetail } from './case-review-detail.ts'
import { caseReviewSummary } from './case-review-state.ts'
import { canSeeCaseReview } from './visibility.ts'

/**
 * The case reviews `principal` may know of (all for admins, their own bodies' for officers),
 * filtered, without personal data, with overdue flags as of `today`. Overdue is worked out from
 * the replayed events, so that filter runs after the query.
 *
 * @example
 * ```ts
 * await listVisibleCaseReviews(db, principal, { overdue: 'true' }, settings, '2025-06-01')
 * ```
 */
export async function listVisibleCaseReviews(
  db: Db,
  principal: Principal,
  query: CaseReviewListQuery,
  settings: Pick<CaseReviewSettings, 'timescales'>,
  today: string
): Promise<CaseReviewSummary[]> {
  const { role, organisationId } = principal.user
  const loaded = await listCaseReviews(db, {
    ...(role === 'admin' ? {} : { organisationId }),
    state: query.state,
    receivedFrom: query.receivedFrom,
    receivedTo: query.receivedTo,
  })
  const items = loaded
    .filter((l) =>
      canSeeCaseReview(
        principal,
        l.bodies.map((b) => b.id)
      )
    )
    .map((l) => caseReviewSummary(l, settings.timescales, today))
  if (query.overdue === undefined) return items
  const wanted = query.overdue === 'true'
  return items.filter((item) => item.isOverdue === wanted)
}

/**
 * One case review with its personal data, audited as a read, if `principal` may see it;
 * undefined otherwise, whether or not it exists.
 *
 * @example
 * ```ts
 * const detail = await getVisibleCaseReview(db, principal, id, settings, today, clock.now())
 * if (!detail) return problem(c, 'not-found', …)
 * ```
 */
export function getVisibleCaseReview(
  db: Db,
  principal: Principal,
  id: string,
  settings: Pick<CaseReviewSettings, 'timescales'>,
  today: string,
  at: Date
): Promise<CaseReviewDetail | undefined> {
  return auditedTransaction(
    db,
    async (tx) => {
      const loaded = await findCaseReview(tx, id)
      if (
        !loaded ||
        !canSeeCaseReview(
          principal,
          loaded.bodies.map((b) => b.id)
        )
      )
        return undefined
      const actor = { id: principal.user.id, at }
      return readCaseReviewDetail(tx, loaded, settings.timescales, today, actor, 'get')
    },
    // A read writes only its audit entry: it need not wait its turn behind other writes.
    { serialize: false }
  )
}
