import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm'
import type { AuditEntry, AuditQuery } from '../../schemas/index.ts'
import type { Db } from '../client.ts'
import { auditLog } from '../schema/index.ts'

const isDate = (value: string) => value.length === 10
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000)

/**
 * A page of audit entries, newest first. `from`/`to` are inclusive: a date means the whole
 * day in UTC, a date-time the instant.
 *
 * @example
 * ```ts
 * await listAuditEntries(db, { from: '2025-06-01', to: '2025-06-30', limit: 50 })
 * //=> { items: [{ id: 42, action: 'user.create', … }, …], nextBefore: 12 }
 * ```
 */
export async function listAuditEntries(
  db: Db,
  query: Omit<AuditQuery, 'cursor'>
): Promise<{ items: AuditEntry[]; nextBefore: number | null }> {
  const conditions: SQL[] = []
  if (query.from !== undefined) {
    const from = isDate(query.from) ? `${query.from}T00:00:00Z` : query.from
    conditions.push(gte(auditLog.at, new Date(from)))
  }
  if (query.to !== undefined) {
    conditions.push(
      isDate(query.to) ? lt(auditLog.at, nextDay(query.to)) : lte(auditLog.at, new Date(query.to))
    )
  }
  if (query.actor !== undefined) conditions.push(eq(auditLog.actorId, query.actor))
  if (query.before !== undefined) conditions.push(lt(auditLog.id, query.before))
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1)
  const items: AuditEntry[] = rows
    .slice(0, query.limit)
    .map((row) => ({ ...row, at: row.at.toISOString() }))
  const nextBefore = rows.length > query.limit ? (items.at(-1)?.id ?? null) : null
  return { items, nextBefore }
}
