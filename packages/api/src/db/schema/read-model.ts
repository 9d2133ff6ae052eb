import { bigint, pgTable, text } from 'drizzle-orm/pg-core'

/**
 * One version per topic of public data (crime tables, the plan, actions …): a statement-level
 * trigger on each table of the topic adds one to it and sends `pg_notify('csp_read_model',
 * 'topic:version')` in the writing transaction, so the version and the data commit together
 * and every API instance hears of the change (see src/read-model/). Which table belongs to
 * which topic is in src/read-model/topics.ts and the migration that creates the triggers.
 */
export const readModelVersions = pgTable('read_model_versions', {
  topic: text('topic').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
})

/** The channel the version triggers notify on; each payload is `topic:version`. */
export const readModelChannel = 'csp_read_model'
