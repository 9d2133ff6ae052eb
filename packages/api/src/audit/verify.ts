import { asc, eq, gt } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { auditChainHead, auditLog } from '../db/schema/index.ts'
import { entryHash, genesisHash } from './hash.ts'

/** The outcome of {@link verifyAuditChain}. */
export type AuditChainResult =
  { ok: true; entries: number; headHash: string } | { ok: false; brokenAt: number; reason: string }

const pageSize = 1000

/**
 * Walks the audit log in id order and checks that every entry is where the chain says: ids
 * run 1, 2, 3 … without gaps (a gap is a deleted entry), each `prevHash` is the hash of the
 * entry before (else an entry was replaced), each hash matches its fields (else the entry was
 * edited), and the chain head names the last entry (else the tail was cut off). Reads one
 * snapshot (REPEATABLE READ), so appends made meanwhile do not count as damage.
 *
 * What it cannot see: someone who rewrites every entry after the one they change *and* the
 * head. Keep the printed head hash somewhere else to catch that too.
 *
 * @example
 * ```ts
 * await verifyAuditChain(db) //=> { ok: true, entries: 42, headHash: '3f…' }
 * // or { ok: false, brokenAt: 7, reason: 'entry 7 does not match its hash: it was edited' }
 * ```
 */
export function verifyAuditChain(db: Db): Promise<AuditChainResult> {
  return db.transaction(
    async (tx): Promise<AuditChainResult> => {
      let previous = { id: 0, hash: genesisHash }
      for (;;) {
        const page = await tx
          .select()
          .from(auditLog)
          .where(gt(auditLog.id, previous.id))
          .orderBy(asc(auditLog.id))
          .limit(pageSize)
        for (const entry of page) {
          const broken = checkEntry(entry, previous)
          if (broken) return { ok: false, brokenAt: entry.id, reason: broken }
          previous = entry
        }
        if (page.length < pageSize) break
      }
      const [head] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1))
      if (!head) {
        return { ok: false, brokenAt: previous.id, reason: 'the chain head row is missing' }
      }
      if (head.lastId > previous.id) {
        const missing =
          head.lastId === previous.id + 1
            ? `entry ${head.lastId} is`
            : `entries ${previous.id + 1} to ${head.lastId} are`
        return {
          ok: false,
          brokenAt: previous.id + 1,
          reason: `${missing} missing from the end (the chain head records ${head.lastId})`,
        }
      }
      if (head.lastId !== previous.id || head.lastHash !== previous.hash) {
        return {
          ok: false,
          brokenAt: previous.id,
          reason: `the chain head (entry ${head.lastId}) does not match the last entry (${previous.id}): the log was altered after its last append`,
        }
      }
      return { ok: true, entries: previous.id, headHash: previous.hash }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' }
  )
}

function checkEntry(
  entry: typeof auditLog.$inferSelect,
  previous: { id: number; hash: string }
): string | undefined {
  if (entry.id !== previous.id + 1) {
    const [first, last] = [previous.id + 1, entry.id - 1]
    return first === last
      ? `entry ${first} is missing: it was deleted`
      : `entries ${first} to ${last} are missing: they were deleted`
  }
  if (entry.prevHash !== previous.hash) {
    return `entry ${entry.id} does not follow entry ${previous.id} (prevHash differs): entry ${previous.id} was edited or replaced`
  }
  if (entryHash(entry) !== entry.hash) {
    return `entry ${entry.id} does not match its hash: it was edited`
  }
  return undefined
}
