import { PlanAsbCaseReviewReturn, type PlanActionTaken, PowerId } from '@csp/domain'
import { asc, eq } from 'drizzle-orm'
import type { PublishedAsbCaseReviewReturn } from '../../schemas/annual-returns.ts'
import type { Db } from '../client.ts'
import { asbCaseReviewReturns, planActionCounts } from '../schema/index.ts'

/**
 * Stores a published ASB Case Review return, replacing the one for the same dates.
 * `publishedOn` is the day it was published, or null when the source does not say.
 *
 * @example
 * ```ts
 * await saveAsbCaseReviewReturn(db, southDerbyshireAsbCaseReviewReturn, plan.id)
 * ```
 */
export async function saveAsbCaseReviewReturn(
  db: Db,
  input: PlanAsbCaseReviewReturn,
  planId: string | null,
  publishedOn: string | null = null
): Promise<void> {
  const r = PlanAsbCaseReviewReturn.parse(input)
  const values = {
    planId,
    period: r.period,
    periodFrom: r.from,
    periodTo: r.to,
    applications: r.applications,
    thresholdNotMet: r.thresholdNotMet,
    reviewsCarriedOut: r.reviewsCarriedOut,
    reviewsWithRecommendations: r.reviewsWithRecommendations,
    furtherInformationUrl: r.furtherInformationUrl ?? null,
    source: r.source,
    publishedOn,
  }
  await db
    .insert(asbCaseReviewReturns)
    .values(values)
    .onConflictDoUpdate({
      target: [asbCaseReviewReturns.periodFrom, asbCaseReviewReturns.periodTo],
      set: values,
    })
}

/**
 * Every published return with its publication date (null when unknown), earliest first.
 *
 * @example
 * ```ts
 * (await listAsbCaseReviewReturns(db))[0]?.period //=> '2024-25'
 * ```
 */
export async function listAsbCaseReviewReturns(db: Db): Promise<PublishedAsbCaseReviewReturn[]> {
  const rows = await db
    .select()
    .from(asbCaseReviewReturns)
    .orderBy(asc(asbCaseReviewReturns.periodFrom), asc(asbCaseReviewReturns.periodTo))
  return rows.map((row) => ({
    period: row.period,
    from: row.periodFrom,
    to: row.periodTo,
    applications: row.applications,
    thresholdNotMet: row.thresholdNotMet,
    reviewsCarriedOut: row.reviewsCarriedOut,
    reviewsWithRecommendations: row.reviewsWithRecommendations,
    ...(row.furtherInformationUrl === null
      ? {}
      : { furtherInformationUrl: row.furtherInformationUrl }),
    source: row.source,
    publishedOn: row.publishedOn,
  }))
}

/** A counted action of a plan, as stored. */
export type PlanActionCount = Omit<
  Extract<PlanActionTaken, { kind: 'count' }>,
  'interventionId'
> & {
  /** The ASB power counted, or null when the count is not of a power (meetings, properties). */
  power: PowerId | null
}

/**
 * Replaces a plan's counted actions with the `count` items of `actions` (activities are kept
 * only in the plan document). An intervention id that is not a known power fails.
 *
 * @example
 * ```ts
 * await savePlanActionCounts(db, plan.id, plan.actionsTaken)
 * ```
 */
export async function savePlanActionCounts(
  db: Db,
  planId: string,
  actions: readonly PlanActionTaken[]
): Promise<void> {
  const counts = actions.filter((a): a is Extract<PlanActionTaken, { kind: 'count' }> => {
    return a.kind === 'count'
  })
  await db.transaction(async (tx) => {
    await tx.delete(planActionCounts).where(eq(planActionCounts.planId, planId))
    if (counts.length === 0) return
    await tx.insert(planActionCounts).values(
      counts.map((a, position) => ({
        planId,
        actionId: a.id,
        position,
        priorityId: a.priorityId,
        priorityNote: a.priorityNote ?? null,
        heading: a.heading,
        description: a.description,
        location: a.location,
        count: a.count,
        unit: a.unit,
        power: a.interventionId === null ? null : PowerId.parse(a.interventionId),
        period: a.period,
        source: a.source,
      }))
    )
  })
}

/**
 * A plan's counted actions in the order the plan prints them.
 *
 * @example
 * ```ts
 * (await listPlanActionCounts(db, plan.id)).map((a) => a.count) //=> [1, 55, 6, 38, 7, 2, 6, 363]
 * ```
 */
export async function listPlanActionCounts(db: Db, planId: string): Promise<PlanActionCount[]> {
  const rows = await db
    .select()
    .from(planActionCounts)
    .where(eq(planActionCounts.planId, planId))
    .orderBy(asc(planActionCounts.position))
  return rows.map((row) => ({
    kind: 'count' as const,
    id: row.actionId,
    priorityId: row.priorityId,
    ...(row.priorityNote === null ? {} : { priorityNote: row.priorityNote }),
    heading: row.heading,
    description: row.description,
    location: row.location,
    count: row.count,
    unit: row.unit,
    power: row.power,
    period: row.period,
    source: row.source,
  }))
}
