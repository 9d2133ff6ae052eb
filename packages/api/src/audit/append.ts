import { eq, sql } from 'drizzle-orm'
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

// The entries of each open audited transaction, appended when its work is done.
const deferred = new WeakMap<Db, AuditEvent[]>()

/** Options for {@link auditedTransaction}. */
export interface AuditedTransactionOptions {
  /**
   * Which writes this transaction takes turns with: a name (a transaction-scoped advisory lock,
   * taken first), or false for none. The default, `'audited-writes'`, makes every audited write
   * take its turn as they always have, which the check-then-write flows rely on (a unique name,
   * the next event of a case, a return that must not overlap another). A write that cannot
   * conflict with those (a sign-in, an audited read) or that has its own turn (an import's
   * commit) says so.
   */
  serialize?: string | false
}

/**
 * Runs `work` in a transaction whose audit entries commit or roll back with it. The entries
 * `appendAudit` is given inside are appended when `work` has finished, as the transaction's
 * last statements: the chain head's lock (one for every instance) is then held only from the
 * append to the commit, never while the work runs. Locks are taken in one order — the
 * transaction's turn (see {@link AuditedTransactionOptions.serialize}), then its rows, then the
 * head — so two transactions cannot deadlock on them.
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
export function auditedTransaction<T>(
  db: Db,
  work: (tx: Db) => Promise<T>,
  { serialize = 'audited-writes' }: AuditedTransactionOptions = {}
): Promise<T> {
  return db.transaction(async (tx) => {
    if (serialize !== false) {
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtextextended(${`csp:${serialize}`}, 0))`
      )
    }
    const events: AuditEvent[] = []
    deferred.set(tx, events)
    const result = await work(tx)
    deferred.delete(tx)
    if (events.length > 0) await appendNow(tx, events)
    return result
  })
}

/**
 * Appends one entry to the hash-chained audit log, inside the caller's transaction: in an
 * {@link auditedTransaction}, once its work is done; otherwise at once. Its id is the head's
 * last id + 1 and its `prevHash` the head's hash; then the head moves on.
 *
 * @example
 * ```ts
 * await appendAudit(tx, { at: clock.now(), actorId: user.id, action: 'user.update',
 *   subject: { type: 'user', id }, details: { changed: ['role'] } })
 * ```
 */
export async function appendAudit(tx: Db, event: AuditEvent): Promise<void> {
  const queue = deferred.get(tx)
  if (queue) queue.push(event)
  else await appendNow(tx, [event])
}

async function appendNow(tx: Db, events: readonly AuditEvent[]): Promise<void> {
  const head = await lockHead(tx)
  let { lastId, lastHash } = head
  const rows = events.map((event) => {
    const fields = {
      id: lastId + 1,
      at: event.at,
      actorId: event.actorId,
      action: event.action,
      subjectType: event.subject?.type ?? null,
      subjectId: event.subject?.id ?? null,
      // Round-tripped through JSON so the hash covers exactly what jsonb will give back.
      details: JSON.parse(JSON.stringify(event.details ?? {})) as Record<string, unknown>,
      prevHash: lastHash,
    }
    const hash = entryHash(fields)
    lastId = fields.id
    lastHash = hash
    return { ...fields, hash }
  })
  await tx.insert(auditLog).values(rows)
  await tx.update(auditChainHead).set({ lastId, lastHash }).where(eq(auditChainHead.id, 1))
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
): Promise<void> {
  return appendAudit(tx, {
    at: actor.at,
    actorId: actor.id,
    action: 'personal-data.read',
    subject,
    details,
  })
}
