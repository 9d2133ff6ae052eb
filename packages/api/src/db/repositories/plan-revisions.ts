import { PartnershipPlan, type PlanRevision } from '@csp/domain'
import { and, asc, desc, eq, ne } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { planRevisions } from '../schema/index.ts'

type Row = typeof planRevisions.$inferSelect

/**
 * A stored revision as the domain's `PlanRevision` (the document re-validated on the way out).
 *
 * @example
 * ```ts
 * revisionOf(row).status //=> 'draft'
 * ```
 */
export function revisionOf(row: Row): PlanRevision {
  return {
    id: row.id,
    planId: row.planId,
    planYear: row.planYear,
    status: row.status,
    basedOn: row.basedOn,
    document: PartnershipPlan.parse(row.document),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    adopted:
      row.adoptedOn === null
        ? null
        : { on: row.adoptedOn, by: row.adoptedBy, overrideReason: row.overrideReason },
    published:
      row.publishedOn === null || row.publishedLink === null
        ? null
        : { on: row.publishedOn, link: row.publishedLink },
  }
}

/**
 * Every revision of every plan, newest plan year first, then newest first.
 *
 * @example
 * ```ts
 * (await listPlanRevisions(db)).map((r) => r.status) //=> ['draft', 'adopted']
 * ```
 */
export async function listPlanRevisions(db: Db, planId?: string): Promise<PlanRevision[]> {
  const rows = await db
    .select()
    .from(planRevisions)
    .where(planId === undefined ? undefined : eq(planRevisions.planId, planId))
    .orderBy(desc(planRevisions.planYear), desc(planRevisions.createdAt), asc(planRevisions.id))
  return rows.map(revisionOf)
}

/**
 * One revision, or `undefined`.
 *
 * @example
 * ```ts
 * (await findPlanRevision(db, id))?.status
 * ```
 */
export async function findPlanRevision(db: Db, id: string): Promise<PlanRevision | undefined> {
  const [row] = await db.select().from(planRevisions).where(eq(planRevisions.id, id))
  return row ? revisionOf(row) : undefined
}

/**
 * The adopted (or published) revision of a plan with the latest plan year, or `undefined`.
 *
 * @example
 * ```ts
 * (await latestAdoptedRevision(db, 'south-derbyshire-csp-2023-26'))?.planYear //=> 2023
 * ```
 */
export async function latestAdoptedRevision(
  db: Db,
  planId: string
): Promise<PlanRevision | undefined> {
  const [row] = await db
    .select()
    .from(planRevisions)
    .where(and(eq(planRevisions.planId, planId), ne(planRevisions.status, 'draft')))
    .orderBy(desc(planRevisions.planYear))
    .limit(1)
  return row ? revisionOf(row) : undefined
}
