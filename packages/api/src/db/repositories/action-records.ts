import { and, asc, eq, gte, lte, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { actionRecords, organisations } from '../schema/index.ts'
import type { ActionListQuery, RecordedAction } from '../../schemas/actions.ts'

type Row = typeof actionRecords.$inferSelect

const view = (row: Row, agencyName: string): RecordedAction => ({
  id: row.id,
  power: row.power,
  date: row.date,
  agency: { id: row.agencyId, name: agencyName },
  priorityId: row.priorityId,
  place: row.place,
  count: row.count,
  notes: row.notes,
  recordedBy: row.recordedBy,
  recordedAt: row.recordedAt.toISOString(),
})

/**
 * Stores one recorded action and returns it; call it in an audited transaction.
 *
 * @example
 * ```ts
 * await insertActionRecord(tx, { power: 'warning-letter', date, agencyId, count: 1, … })
 * ```
 */
export async function insertActionRecord(
  db: Db,
  values: typeof actionRecords.$inferInsert
): Promise<RecordedAction> {
  const [row] = await db.insert(actionRecords).values(values).returning()
  if (!row) throw new Error('inserting an action record returned nothing')
  const [agency] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, row.agencyId))
  return view(row, agency?.name ?? '')
}

/** Where a page of recorded actions starts: the date, recording time and id of the last one. */
export type ActionRecordKey = readonly [date: string, recordedAt: string, id: string]

/**
 * A page of recorded actions matching `query`, oldest first (by date, then when recorded, then
 * id): the `limit` after `after`, and the key of the last one when more follow.
 *
 * @example
 * ```ts
 * const { items, last } = await listActionRecordsPage(db, { power: 'warning-letter', limit: 50 })
 * ```
 */
export async function listActionRecordsPage(
  db: Db,
  query: Partial<ActionListQuery> & { limit: number; after?: ActionRecordKey | undefined }
): Promise<{ items: RecordedAction[]; last: ActionRecordKey | undefined }> {
  const { after } = query
  const where = filters(query)
  if (after) {
    where.push(
      sql`(${actionRecords.date}, ${actionRecords.recordedAt}, ${actionRecords.id}) > (${after[0]}::date, ${after[1]}::timestamptz, ${after[2]}::uuid)`
    )
  }
  const rows = await selectActions(db, where).limit(query.limit + 1)
  const items = rows.slice(0, query.limit).map(({ row, agencyName }) => view(row, agencyName))
  const lastItem = items.at(-1)
  const more = rows.length > query.limit && lastItem !== undefined
  return {
    items,
    last: more ? [lastItem.date, lastItem.recordedAt, lastItem.id] : undefined,
  }
}

function filters(query: Partial<ActionListQuery>): SQL[] {
  const where: SQL[] = []
  if (query.power) where.push(eq(actionRecords.power, query.power))
  if (query.from) where.push(gte(actionRecords.date, query.from))
  if (query.to) where.push(lte(actionRecords.date, query.to))
  if (query.priority) where.push(eq(actionRecords.priorityId, query.priority))
  if (query.agency) where.push(eq(actionRecords.agencyId, query.agency))
  return where
}

function selectActions(db: Db, where: SQL[]) {
  return db
    .select({ row: actionRecords, agencyName: organisations.name })
    .from(actionRecords)
    .innerJoin(organisations, eq(organisations.id, actionRecords.agencyId))
    .where(and(...where))
    .orderBy(asc(actionRecords.date), asc(actionRecords.recordedAt), asc(actionRecords.id))
}

/**
 * Every recorded action matching `query`, oldest first (for counts: the summary's window).
 *
 * @example
 * ```ts
 * await listActionRecords(db, { power: 'community-protection-notice', from: '2025-04-01' })
 * ```
 */
export async function listActionRecords(
  db: Db,
  query: Partial<ActionListQuery> = {}
): Promise<RecordedAction[]> {
  const rows = await selectActions(db, filters(query))
  return rows.map(({ row, agencyName }) => view(row, agencyName))
}
