import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { auditLog } from '../db/schema/index.ts'
import { testDatabases, testClock, useTestDb } from '../test/databases.ts'
import { appendAudit, auditedTransaction } from './append.ts'
import { entryHash } from './hash.ts'
import { verifyAuditChain } from './verify.ts'

const append = (db: Db, n: number) =>
  auditedTransaction(db, async (tx) => {
    for (let i = 0; i < n; i++) {
      await appendAudit(tx, {
        at: testClock.now(),
        actorId: null,
        action: 'test.write',
        details: { i, nested: { z: 1, a: [1, 'two'] } },
      })
    }
  })

// Tampering needs the append-only trigger out of the way, as a database owner could do.
async function tamper(db: Db, statement: ReturnType<typeof sql>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update_or_delete`)
    await tx.execute(statement)
    await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update_or_delete`)
  })
}

async function row(db: Db, id: number) {
  const [found] = await db
    .select()
    .from(auditLog)
    .where(sql`${auditLog.id} = ${id}`)
  if (!found) throw new Error(`no entry ${id}`)
  return found
}

describe.each(testDatabases)('the audit chain on $name', (target) => {
  const t = useTestDb(target, { seed: false })

  it('verifies an empty log and a log of appends', async () => {
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: 0, headHash: '0'.repeat(64) })
    await append(t.db, 5)
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, entries: 5 })
  })

  it('refuses UPDATE, DELETE and TRUNCATE of entries', async () => {
    for (const statement of [
      sql`update audit_log set action = 'x'`,
      sql`delete from audit_log`,
      sql`truncate audit_log`,
    ]) {
      await expect(t.db.execute(statement)).rejects.toThrow()
    }
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, entries: 5 })
  })

  it('rolls an entry back with the write it belongs to', async () => {
    await expect(
      auditedTransaction(t.db, async (tx) => {
        await appendAudit(tx, { at: testClock.now(), actorId: null, action: 'test.write' })
        throw new Error('the write failed')
      })
    ).rejects.toThrow('the write failed')
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, entries: 5 })
    await append(t.db, 1)
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, entries: 6 })
  })

  it('detects an edited entry, and an edit whose hash was recomputed', async () => {
    const original = await row(t.db, 3)
    await tamper(t.db, sql`update audit_log set details = '{"i": 99}' where id = 3`)
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: false,
      brokenAt: 3,
      reason: 'entry 3 does not match its hash: it was edited',
    })
    const rehashed = entryHash({ ...original, details: { i: 99 } })
    await tamper(t.db, sql`update audit_log set hash = ${rehashed} where id = 3`)
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: false,
      brokenAt: 4,
      reason: 'entry 4 does not follow entry 3 (prevHash differs): entry 3 was edited or replaced',
    })
    await tamper(
      t.db,
      sql`update audit_log set details = ${JSON.stringify(original.details)}::jsonb, hash = ${original.hash} where id = 3`
    )
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, entries: 6 })
  })

  it('detects deleted entries', async () => {
    const saved = await t.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.id} between 2 and 4`)
    await tamper(t.db, sql`delete from audit_log where id = 2`)
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: false,
      brokenAt: 3,
      reason: 'entry 2 is missing: it was deleted',
    })
    await tamper(t.db, sql`delete from audit_log where id in (3, 4)`)
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: false,
      brokenAt: 5,
      reason: 'entries 2 to 4 are missing: they were deleted',
    })
    await t.db.insert(auditLog).values(saved)
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, entries: 6 })
  })

  it('detects a truncated tail, and a chain head that was moved back', async () => {
    const saved = await t.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.id} >= 5`)
    await tamper(t.db, sql`delete from audit_log where id = 6`)
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: false,
      brokenAt: 6,
      reason: 'entry 6 is missing from the end (the chain head records 6)',
    })
    await tamper(t.db, sql`delete from audit_log where id = 5`)
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: false,
      brokenAt: 5,
      reason: 'entries 5 to 6 are missing from the end (the chain head records 6)',
    })
    await t.db.insert(auditLog).values(saved)
    const head = sql`update audit_chain_head set last_id = 5, last_hash = ${saved[0]!.hash}`
    await t.db.execute(head)
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: false,
      brokenAt: 6,
      reason:
        'the chain head (entry 5) does not match the last entry (6): the log was altered after its last append',
    })
    await t.db.execute(sql`update audit_chain_head set last_id = 6, last_hash = ${saved[1]!.hash}`)
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, entries: 6 })
  })
})
