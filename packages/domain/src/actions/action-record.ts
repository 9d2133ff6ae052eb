import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { PriorityId } from '../priorities/index.ts'
import { PowerId } from './powers.ts'

/**
 * One recorded use of an ASB power or intervention: which power, when, by which agency, and
 * optionally the priority it served (a {@link PriorityId} such as `asb-and-safer-spaces`) and the
 * place. `count` (default 1) lets a partner record a batch, e.g. 55 warning letters at once.
 *
 * @example
 * ```ts
 * ActionRecord.parse({ id: 'a1', power: 'warning-letter', date: '2024-07-01', agency: 'SDDC' })
 * //=> { id: 'a1', power: 'warning-letter', date: '2024-07-01', agency: 'SDDC', count: 1 }
 * ```
 */
export const ActionRecord = z
  .object({
    id: z.string().min(1),
    power: PowerId,
    date: IsoDate,
    agency: z.string().min(1),
    priorityId: PriorityId.optional(),
    place: z.string().min(1).optional(),
    count: z.number().int().positive().default(1),
    notes: z.string().optional(),
  })
  .meta({ id: 'ActionRecord' })
export type ActionRecord = z.infer<typeof ActionRecord>

/**
 * The input form of {@link ActionRecord}: `count` may be left out.
 *
 * @example
 * ```ts
 * const input: ActionRecordInput = { id: 'a1', power: 'acceptable-behaviour-contract',
 *   date: '2024-07-01', agency: 'Derbyshire Constabulary' }
 * ```
 */
export type ActionRecordInput = z.input<typeof ActionRecord>

/**
 * Validates a list of action records, naming the index and field of the first bad one and
 * rejecting duplicate ids.
 *
 * @example
 * ```ts
 * parseActionRecords([{ id: 'a1', power: 'community-protection-notice', date: '2024-07-01', agency: 'SDDC', count: 7 }])[0]?.count
 * //=> 7
 * parseActionRecords([{ id: 'a1', power: 'asbo', date: '2024-07-01', agency: 'SDDC' }])
 * // throws Error: records[0].power: Invalid option …
 * ```
 */
export function parseActionRecords(records: readonly unknown[]): ActionRecord[] {
  const seen = new Set<string>()
  return records.map((record, n) => {
    const parsed = ActionRecord.safeParse(record)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const path = issue?.path.map((p) => `.${String(p)}`).join('') ?? ''
      throw new Error(`records[${n}]${path}: ${issue?.message ?? 'invalid'}`)
    }
    if (seen.has(parsed.data.id))
      throw new Error(`records[${n}].id: duplicate id "${parsed.data.id}"`)
    seen.add(parsed.data.id)
    return parsed.data
  })
}
