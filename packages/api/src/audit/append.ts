import { eq } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { auditChainHead, auditLog } from '../db/schema/index.ts'
import { entryHash } from './hash.ts'

/** What happened, by whom, to what. Details must never hold passwords or tokens. */
export interface AuditEvent {
  at: Date
  /** The signed-in user; null for the command line and seeding. */
  actorId: string | null
  /** `<subject>.<verb>`, e.g. `user.create`, `auth.token.create`, `personal-data.read`. */
  action: string
  subject?: { type: string; id: string } | undefined
  details?: Record<string, unknown> | undefined
}

/**
 * Locks the chain head (`SELECT … FOR UPDATE`) until the transaction ends: appends from every
 * API instance queue here, one at a time. Returns the head.
 */
async function lockHead(tx: Db) {
  const [head] = await tx
    .select()
    .from(auditChainHead)
    .where(eq(auditChainHead.id, 1))
    .for('update')
  if (!head) throw new Error('the audit chain head is missing; run csp migrate')
  return head
}

/**
 * Runs `work` in a transaction that first locks the audit chain, so the write and its audit
 * entries commit or roll back together. Taking the lock before the write (rather than at the
 * append) keeps lock order the same in every transaction, so two writes cannot deadlock.
 *
 * @example
 * ```ts
 * const org = await auditedTransaction(db, async (tx) => {
 *   const [row] = await tx.insert(organisations).values(values).returning()
 *   await appendAudit(tx, { at, actorId, action: 'organisation.create', subject: … })
 *   return row
 * })
 * ```
 */
export function auditedTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await lockHead(tx)
    return work(tx)
  })
}

/**
 * Appends one entry to the hash-chained audit log, inside the caller's transaction: its id is
 * the head's last id + 1 and its `prevHash` the head's hash; then the head moves on. Call it
 * in the same transaction as the write it records (see {@link auditedTransaction}).
 *
 * @example
 * ```ts
 * await appendAudit(tx, { at: clock.now(), actorId: user.id, action: 'user.update',
 *   subject: { type: 'user', id }, details: { changed: ['role'] } })
 * ```
 */
export async function appendAudit(tx: Db, event: AuditEvent): Promise<number> {
  const head = await lockHead(tx)
  const fields = {
    id: head.lastId + 1,
    at: event.at,
    actorId: event.actorId,
    action: event.action,
    subjectType: event.subject?.type ?? null,
    subjectId: event.subject?.id ?? null,
    // Round-tripped through JSON so the hash covers exactly what jsonb will give back.
    details: JSON.parse(JSON.stringify(event.details ?? {})) as Record<string, unknown>,
    prevHash: head.lastHash,
  }
  const hash = entryHash(fields)
  await tx.insert(auditLog).values({ ...fields, hash })
  await tx
    .update(auditChainHead)
    .set({ lastId: fields.id, lastHash: hash })
    .where(eq(auditChainHead.id, 1))
  return fields.id
}

/** Who acts, and when (from the app's clock). */
export interface AuditActor {
  id: string
  at: Date
}

/**
 * Records that `actor` read the personal data of `subject` (a case review, a complainant …).
 * Call it in the transaction that reads the data, before returning it.
 *
 * @example
 * ```ts
 * await auditPersonalDataRead(tx, { id: user.id, at: clock.now() }, { type: 'asb-case-review', id })
 * ```
 */
export function auditPersonalDataRead(
  tx: Db,
  actor: AuditActor,
  subject: { type: string; id: string },
  details?: Record<string, unknown>
): Promise<number> {
  return appendAudit(tx, {
    at: actor.at,
    actorId: actor.id,
    action: 'personal-data.read',
    subject,
    details,
  })
}
