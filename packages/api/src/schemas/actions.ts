import { ActionRecord, IsoDate, plainText, PowerId, PriorityId } from '@csp/domain'
import { z } from 'zod'
import { NextLink, PageQuery } from './pages.ts'
import { Id, Timestamp } from './people.ts'

/** The largest batch one record may stand for (stored as a 32-bit integer). */
export const maxActionCount = 100_000

/**
 * The body of `POST /v1/actions`: one use (or a batch, `count`) of an ASB power, the domain's
 * `ActionRecord` with the agency as an organisation id (default: the signed-in user's).
 * `place` and `notes` are read by every partner: no names of people.
 *
 * @example
 * ```ts
 * RecordActionRequest.parse({ power: 'warning-letter', date: '2025-05-01', count: 12 })
 * ```
 */
export const RecordActionRequest = ActionRecord.omit({ id: true, agency: true })
  .extend({
    agency: Id.optional().meta({ description: 'The organisation that acted; default yours.' }),
    count: z
      .number()
      .int()
      .min(1)
      .max(maxActionCount, `must be at most ${maxActionCount.toLocaleString('en-GB')}`)
      .default(1)
      .meta({ description: 'How many uses this record stands for (a batch); default 1.' }),
    place: plainText(200, { min: 1, empty: 'enter the place' }).optional(),
    notes: plainText(2000).optional(),
  })
  .meta({ id: 'RecordActionRequest' })
export type RecordActionRequest = z.infer<typeof RecordActionRequest>

/** A recorded action as stored. */
export const RecordedAction = z
  .object({
    id: Id,
    power: PowerId,
    date: IsoDate,
    agency: z.object({ id: Id, name: z.string() }),
    priorityId: PriorityId.nullable(),
    place: z.string().nullable(),
    count: z.number().int().positive(),
    notes: z.string().nullable(),
    recordedBy: Id,
    recordedAt: Timestamp,
  })
  .meta({ id: 'RecordedAction' })
export type RecordedAction = z.infer<typeof RecordedAction>

/** `GET /v1/actions`: a page of recorded actions, oldest first; `next` for the rest. */
export const RecordedActionList = z
  .object({ items: z.array(RecordedAction), next: NextLink })
  .meta({ id: 'RecordedActionList' })

const from = IsoDate.optional().meta({ description: 'First day (inclusive).' })
const to = IsoDate.optional().meta({ description: 'Last day (inclusive).' })
const ordered = (q: { from?: string | undefined; to?: string | undefined }) =>
  !q.from || !q.to || q.from <= q.to
const toAfterFrom = { path: ['to'], message: 'must not be before from' }

/** The query of `GET /v1/actions`. */
export const ActionListQuery = z
  .object({
    from,
    to,
    power: PowerId.optional(),
    priority: PriorityId.optional(),
    agency: Id.optional().meta({ description: 'An organisation id.' }),
    ...PageQuery,
  })
  .refine(ordered, toAfterFrom)
export type ActionListQuery = z.infer<typeof ActionListQuery>

/** The query of `GET /v1/actions/summary`: the window and periods of the recorded counts. */
export const ActionSummaryQuery = z
  .object({
    from,
    to,
    period: z
      .enum(['month', 'quarter', 'year', 'financial-year'])
      .default('financial-year')
      .meta({ description: 'How recorded counts are split.' }),
  })
  .refine(ordered, toAfterFrom)
export type ActionSummaryQuery = z.infer<typeof ActionSummaryQuery>
