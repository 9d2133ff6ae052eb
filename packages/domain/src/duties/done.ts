import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { dutiesDue, DutyDueItem } from './duties-due.ts'
import type { PartnershipConfigInput } from './partnership.ts'
import { RuleId } from './schema.ts'

/**
 * A duty instance recorded as done: the rule and the deadline it met (`ruleId` and `due` of a
 * `DutyDueItem`), the day it was done, by whom, and the evidence (a link or a note).
 *
 * @example
 * ```ts
 * DutyCompletion.parse({ ruleId: 'CDA-11', due: '2025-04-30', doneOn: '2025-04-20',
 *   doneBy: 'Pat Analyst', evidence: 'Emailed to the PCC office' }).ruleId //=> 'CDA-11'
 * ```
 */
export const DutyCompletion = z
  .object({
    ruleId: RuleId,
    due: IsoDate,
    doneOn: IsoDate,
    doneBy: z.string().nullable(),
    evidence: z.string().min(1),
  })
  .meta({ id: 'DutyCompletion' })
export type DutyCompletion = z.infer<typeof DutyCompletion>

/**
 * A duty instance with where it stands on a day: `done` (recorded), `overdue` (its day has
 * passed and nothing is recorded) or `upcoming`.
 *
 * @example
 * ```ts
 * DutyStatusItem.shape.state.parse('overdue') //=> 'overdue'
 * ```
 */
export const DutyStatusItem = DutyDueItem.extend({
  state: z.enum(['done', 'overdue', 'upcoming']),
  done: DutyCompletion.nullable(),
}).meta({ id: 'DutyStatusItem' })
export type DutyStatusItem = z.infer<typeof DutyStatusItem>

/**
 * The rules whose next occurrence the law counts from the day the last one was done, with the
 * partnership setting that day moves on. The ASB Case Review figures are published "at
 * intervals of not more than 12 months" (ASBCPA 2014 s104(10)), so the next is due 12 months
 * after the last publication, whenever it was.
 *
 * @example
 * ```ts
 * restartsFromDoneDate['ASB-10'] //=> 'lastAsbReturnPublishedOn'
 * ```
 */
export const restartsFromDoneDate = {
  'ASB-10': 'lastAsbReturnPublishedOn',
} as const satisfies Record<string, keyof PartnershipConfigInput>

/**
 * The partnership settings with the days recorded as done moved on (see
 * {@link restartsFromDoneDate}): a later completion replaces an earlier stored day.
 *
 * @example
 * ```ts
 * partnershipAfterCompletions({ ...p, lastAsbReturnPublishedOn: '2024-06-01' },
 *   [{ ruleId: 'ASB-10', due: '2025-06-01', doneOn: '2025-05-10', doneBy: null, evidence: 'x' }])
 *   .lastAsbReturnPublishedOn //=> '2025-05-10'
 * ```
 */
export function partnershipAfterCompletions(
  partnership: PartnershipConfigInput,
  completions: readonly DutyCompletion[]
): PartnershipConfigInput {
  const next: Record<string, unknown> = { ...partnership }
  for (const [ruleId, setting] of Object.entries(restartsFromDoneDate)) {
    for (const done of completions.filter((c) => c.ruleId === ruleId)) {
      const current = next[setting]
      if (typeof current !== 'string' || done.doneOn > current) next[setting] = done.doneOn
    }
  }
  return next as PartnershipConfigInput
}

/**
 * What falls due in the window with each item's state on `today`: past items are shown as
 * done or overdue rather than left out; completions move on the rules that count from the done
 * date; an item done under the old count is still shown, as done.
 *
 * @example
 * ```ts
 * dutyStatuses(partnership, { from: '2025-01-01', to: '2025-12-31' }, completions, '2025-06-01')
 *   .filter((i) => i.state === 'overdue')
 * ```
 */
export function dutyStatuses(
  partnership: PartnershipConfigInput,
  window: { from: string; to: string },
  completions: readonly DutyCompletion[],
  today: string,
  options: { asAt?: string } = {}
): DutyStatusItem[] {
  const key = (x: { ruleId: string; due: string }) => `${x.ruleId}\n${x.due}`
  const done = new Map(completions.map((c) => [key(c), c]))
  const moved = dutiesDue(partnershipAfterCompletions(partnership, completions), window, options)
  const seen = new Set(moved.map(key))
  const doneUnderOldCount = dutiesDue(partnership, window, options).filter(
    (item) => done.has(key(item)) && !seen.has(key(item))
  )
  return [...moved, ...doneUnderOldCount]
    .sort((a, b) => a.due.localeCompare(b.due) || a.ruleId.localeCompare(b.ruleId))
    .map((item) => {
      const completion = done.get(key(item)) ?? null
      const state = completion ? 'done' : item.due < today ? 'overdue' : 'upcoming'
      return { ...item, state, done: completion }
    })
}
