import { addMonths } from 'date-fns/addMonths'
import { toDate, toIsoDate } from '../_lib/iso-date.ts'
import type { DutyDueItem } from './duties-due.ts'
import type { PartnershipConfig } from './partnership.ts'

// "Within N months of" an event runs to the corresponding date (T-02), which date-fns
// `addMonths` gives, clamping a missing day to the month's last day.
const monthsAfter = (iso: string, months: number): string =>
  toIsoDate(addMonths(toDate(iso), months))

/**
 * @internal DHR (or, once `dardrEffectiveFrom` is set, DARDR) decision and completion clocks
 * for each notification, due on or before `to`. The day counts are configuration (DHR-07/08
 * are [L]), so every item carries `confidence: 'L'` or `'UNCONFIRMED'`.
 *
 * @example
 * ```ts
 * dhrItems(partnership, '2026-03-31').map((i) => i.dueOn) //=> the decision and completion dates due by then
 * ```
 */
export function dhrItems(p: PartnershipConfig, to: string): DutyDueItem[] {
  const { decisionMonths, completionMonths } = p.dhrTimescales
  const items: DutyDueItem[] = []
  for (const n of p.dhrNotifications) {
    const dardr = p.dardrEffectiveFrom !== null && n.notifiedOn >= p.dardrEffectiveFrom
    const kind = dardr ? 'DARDR' : 'DHR'
    const common = dardr
      ? {
          dutyId: 'domestic-abuse-related-death-review' as const,
          status: 'pending' as const,
          confidence: 'UNCONFIRMED' as const,
        }
      : {
          dutyId: 'domestic-homicide-review' as const,
          status: 'statutory-guidance' as const,
          confidence: 'L' as const,
        }
    const decisionDue = monthsAfter(n.notifiedOn, decisionMonths)
    items.push({
      ...common,
      ruleId: dardr ? 'DHR-14' : 'DHR-07',
      title: `${kind} ${n.id}: decide whether to hold a review and inform the Home Office`,
      due: decisionDue,
      basis: `Within ${decisionMonths} month(s) of notification on ${n.notifiedOn} (dhrTimescales.decisionMonths; ${dardr ? 'DARDR guidance not final' : '2016 guidance, recalled not re-read'}).`,
      projected: false,
      reference: n.id,
    })
    if (n.decision === 'no-review') continue
    const from = n.decidedOn ?? decisionDue
    items.push({
      ...common,
      ruleId: dardr ? 'DHR-14' : 'DHR-08',
      title: `${kind} ${n.id}: complete the overview report`,
      due: monthsAfter(from, completionMonths),
      basis: `Within ${completionMonths} month(s) of the decision to proceed ${n.decidedOn === undefined ? `(not yet recorded: counted from the decision deadline ${decisionDue})` : `on ${n.decidedOn}`}, where practical (dhrTimescales.completionMonths).`,
      projected: n.decidedOn === undefined,
      reference: n.id,
    })
  }
  return items.filter((item) => item.due <= to)
}
