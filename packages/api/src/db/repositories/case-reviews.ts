import { and, asc, desc, eq, getTableColumns, gte, inArray, lte, type SQL } from 'drizzle-orm'
import type { CaseReviewState } from '@csp/domain'
import type { Db } from '../client.ts'
import {
  asbCaseReviewBodies,
  asbCaseReviewComplaints,
  asbCaseReviewEvents,
  asbCaseReviews,
  organisations,
} from '../schema/index.ts'

/** A case review's row without its personal data (lists never select that column). */
export type CaseReviewRow = Omit<typeof asbCaseReviews.$inferSelect, 'personal'>
/** A stored lifecycle event. */
export type CaseReviewEventRow = typeof asbCaseReviewEvents.$inferSelect
/** A stored complaint with the name of the body it went to. */
export type CaseReviewComplaintRow = typeof asbCaseReviewComplaints.$inferSelect & {
  receivedByName: string
}

/** A case review as the API works on it: row, bodies, events (and, when asked, the rest). */
export interface LoadedCaseReview {
  row: CaseReviewRow
  bodies: { id: string; name: string }[]
  events: CaseReviewEventRow[]
}

// Every column but `personal`: a list can then never leak it, whatever the view does.
const { personal: _personal, ...rowColumns } = getTableColumns(asbCaseReviews)

async function bodiesOf(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { id: string; name: string }[]>()
  const rows = await db
    .select({
      caseReviewId: asbCaseReviewBodies.caseReviewId,
      id: organisations.id,
      name: organisations.name,
    })
    .from(asbCaseReviewBodies)
    .innerJoin(organisations, eq(organisations.id, asbCaseReviewBodies.organisationId))
    .where(inArray(asbCaseReviewBodies.caseReviewId, [...ids]))
    .orderBy(asc(organisations.name))
  const byCase = new Map<string, { id: string; name: string }[]>()
  for (const { caseReviewId, id, name } of rows) {
    byCase.set(caseReviewId, [...(byCase.get(caseReviewId) ?? []), { id, name }])
  }
  return byCase
}

async function eventsOf(db: Db, ids: readonly string[]) {
  const byCase = new Map<string, CaseReviewEventRow[]>()
  if (ids.length === 0) return byCase
  const rows = await db
    .select()
    .from(asbCaseReviewEvents)
    .where(inArray(asbCaseReviewEvents.caseReviewId, [...ids]))
    .orderBy(asc(asbCaseReviewEvents.caseReviewId), asc(asbCaseReviewEvents.seq))
  for (const row of rows)
    byCase.set(row.caseReviewId, [...(byCase.get(row.caseReviewId) ?? []), row])
  return byCase
}

/** Filters for {@link listCaseReviews}; `organisationId` keeps cases that body is on. */
export interface CaseReviewFilter {
  organisationId?: string | undefined
  state?: CaseReviewState | undefined
  receivedFrom?: string | undefined
  receivedTo?: string | undefined
}

/**
 * Case reviews matching `filter`, newest first, with bodies and events but never personal data.
 *
 * @example
 * ```ts
 * await listCaseReviews(db, { organisationId: user.organisationId, state: 'received' })
 * ```
 */
export async function listCaseReviews(
  db: Db,
  filter: CaseReviewFilter = {}
): Promise<LoadedCaseReview[]> {
  const where: SQL[] = []
  if (filter.state) where.push(eq(asbCaseReviews.state, filter.state))
  if (filter.receivedFrom) where.push(gte(asbCaseReviews.receivedOn, filter.receivedFrom))
  if (filter.receivedTo) where.push(lte(asbCaseReviews.receivedOn, filter.receivedTo))
  if (filter.organisationId) {
    const onCase = db
      .select({ id: asbCaseReviewBodies.caseReviewId })
      .from(asbCaseReviewBodies)
      .where(eq(asbCaseReviewBodies.organisationId, filter.organisationId))
    where.push(inArray(asbCaseReviews.id, onCase))
  }
  const rows = await db
    .select(rowColumns)
    .from(asbCaseReviews)
    .where(and(...where))
    .orderBy(
      desc(asbCaseReviews.receivedOn),
      desc(asbCaseReviews.createdAt),
      desc(asbCaseReviews.id)
    )
  const ids = rows.map((r) => r.id)
  const [bodies, events] = await Promise.all([bodiesOf(db, ids), eventsOf(db, ids)])
  return rows.map((row) => ({
    row,
    bodies: bodies.get(row.id) ?? [],
    events: events.get(row.id) ?? [],
  }))
}

/**
 * One case review without personal data, or undefined.
 *
 * @example
 * ```ts
 * const found = await findCaseReview(db, id)
 * ```
 */
export async function findCaseReview(db: Db, id: string): Promise<LoadedCaseReview | undefined> {
  const [row] = await db.select(rowColumns).from(asbCaseReviews).where(eq(asbCaseReviews.id, id))
  if (!row) return undefined
  const [bodies, events] = await Promise.all([bodiesOf(db, [id]), eventsOf(db, [id])])
  return { row, bodies: bodies.get(id) ?? [], events: events.get(id) ?? [] }
}

/**
 * The PERSONAL DATA and complaints of a case review: call only after checking visibility, in
 * the transaction that audits the read.
 *
 * @example
 * ```ts
 * const { personal, complaints } = await readCaseReviewPersonalData(tx, id)
 * ```
 */
export async function readCaseReviewPersonalData(db: Db, id: string) {
  const [row] = await db
    .select({ personal: asbCaseReviews.personal })
    .from(asbCaseReviews)
    .where(eq(asbCaseReviews.id, id))
  if (!row) throw new Error(`case review ${id} vanished while being read`)
  return { personal: row.personal, complaints: await complaintsOf(db, id) }
}

/**
 * The complaints of a case review in the order given, with their bodies' names.
 *
 * @example
 * ```ts
 * (await complaintsOf(db, id)).map((c) => c.ref) //=> ['C1', 'C2', 'C3']
 * ```
 */
export async function complaintsOf(db: Db, id: string): Promise<CaseReviewComplaintRow[]> {
  const rows = await db
    .select({ complaint: asbCaseReviewComplaints, receivedByName: organisations.name })
    .from(asbCaseReviewComplaints)
    .innerJoin(organisations, eq(organisations.id, asbCaseReviewComplaints.receivedBy))
    .where(eq(asbCaseReviewComplaints.caseReviewId, id))
    .orderBy(asc(asbCaseReviewComplaints.position))
  return rows.map(({ complaint, receivedByName }) => ({ ...complaint, receivedByName }))
}
