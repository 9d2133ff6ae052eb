import { and, asc, eq, gte, lte, type SQL } from 'drizzle-orm'
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

/**
 * Recorded actions matching `query`, oldest first.
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
  const where: SQL[] = []
  if (query.power) where.push(eq(actionRecords.power, query.power))
  if (query.from) where.push(gte(actionRecords.date, query.from))
  if (query.to) where.push(lte(actionRecords.date, query.to))
  if (query.priority) where.push(eq(actionRecords.priorityId, query.priority))
  if (query.agency) where.push(eq(actionRecords.agencyId, query.agency))
  const rows = await db
    .select({ row: actionRecords, agencyName: organisations.name })
    .from(actionRecords)
    .innerJoin(organisations, eq(organisations.id, actionRecords.agencyId))
    .where(and(...where))
    .orderBy(asc(actionRecords.date), asc(actionRecords.recordedAt))
  return rows.map(({ row, agencyName }) => view(row, agencyName))
}
