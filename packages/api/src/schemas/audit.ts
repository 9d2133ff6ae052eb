import { IsoDate, isoDateRange } from '@csp/domain'
import { z } from 'zod'
import { NextLink, PageQuery } from './pages.ts'
import { Id, Timestamp } from './people.ts'

// A date-time in the same years as IsoDate (its first ten characters are its day there).
const BoundedDateTime = z.iso
  .datetime({ offset: true })
  .refine((at) => at.slice(0, 10) >= isoDateRange.min && at.slice(0, 10) <= isoDateRange.max, {
    error: `must be a date from ${isoDateRange.min} to ${isoDateRange.max}`,
  })

const DateOrDateTime = z
  .union([IsoDate, BoundedDateTime], {
    error: `must be a date (YYYY-MM-DD) or a date-time from ${isoDateRange.min} to ${isoDateRange.max}`,
  })
  .meta({ example: '2025-06-01' })

/** audit_log.id is a PostgreSQL `integer`: a larger `before` could not be compared with it. */
const largestAuditId = 2_147_483_647

/**
 * The query of `GET /v1/audit`: entries from `from` to `to` (dates are whole days in UTC;
 * date-times are exact), by one actor, newest first, `limit` at a time; follow the previous
 * page's `next` (or pass its `nextBefore` as `before`) for the next page.
 */
export const AuditQuery = z.object({
  from: DateOrDateTime.optional(),
  to: DateOrDateTime.optional(),
  actor: Id.optional().meta({ description: 'A user id.' }),
  before: z.coerce
    .number()
    .int()
    .positive()
    .max(largestAuditId, `must be at most ${largestAuditId}`)
    .optional()
    .meta({ description: 'Entries before this id (the previous page’s `nextBefore`).' }),
  ...PageQuery,
})
export type AuditQuery = z.infer<typeof AuditQuery>

/** One audit entry. `hash` chains it to the entry before (`prevHash`). */
export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: Timestamp,
    actorId: Id.nullable().meta({ description: 'Null for the command line and seeding.' }),
    action: z.string().meta({ example: 'user.create' }),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' })
export type AuditEntry = z.infer<typeof AuditEntry>

/** A page of audit entries; `next` and `nextBefore` are null on the last page. */
export const AuditPage = z
  .object({ items: z.array(AuditEntry), next: NextLink, nextBefore: z.number().int().nullable() })
  .meta({ id: 'AuditPage' })
export type AuditPage = z.infer<typeof AuditPage>
