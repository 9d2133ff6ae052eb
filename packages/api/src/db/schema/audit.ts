import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from './people.ts'

/**
 * The append-only audit log. `id` is not a sequence: it is the chain head's `lastId + 1`,
 * assigned under the head's row lock, so ids have no gaps (a sequence skips numbers on
 * rollback) and a gap means a deleted entry. Triggers (migration 0001) refuse UPDATE, DELETE
 * and TRUNCATE; the hash chain catches whoever gets past them.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    action: text('action').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    details: jsonb('details')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_actor_id_idx').on(t.actorId)]
)

/**
 * The single row (id 1) holding the last entry's id and hash. Appends lock it (`FOR UPDATE`),
 * which serialises them across API instances, and it lets verification notice a cut-off tail.
 */
export const auditChainHead = pgTable(
  'audit_chain_head',
  {
    id: integer('id').primaryKey(),
    lastId: integer('last_id').notNull(),
    lastHash: text('last_hash').notNull(),
  },
  (t) => [check('audit_chain_head_single_row', sql`${t.id} = 1`)]
)
