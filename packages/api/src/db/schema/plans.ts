import type { PartnershipPlan } from '@csp/domain'
import { date, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * Partnership plans as loaded by `csp seed` (or, later, uploaded). The whole validated plan is
 * kept as a document, because it is published as one; the figures inside it that the API
 * serves or counts (crime tables, the ASB Case Review return, action counts) are also stored in
 * their own tables, so imported data can sit beside them.
 */
export const plans = pgTable('plans', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  partnershipAreaCode: text('partnership_area_code').notNull(),
  periodFrom: date('period_from', { mode: 'string' }).notNull(),
  periodTo: date('period_to', { mode: 'string' }).notNull(),
  document: jsonb('document').$type<PartnershipPlan>().notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }).notNull(),
})
