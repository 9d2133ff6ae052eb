import { addMonths } from 'date-fns/addMonths'
import { startOfMonth } from 'date-fns/startOfMonth'
import { startOfQuarter } from 'date-fns/startOfQuarter'
import { startOfYear } from 'date-fns/startOfYear'
import { subDays } from 'date-fns/subDays'
import { toDate, toIsoDate } from '../_lib/iso-date.ts'
import { checkWindow } from '../_lib/date-window.ts'
import { parseActionRecords } from './action-record.ts'
import type { ActionRecord } from './action-record.ts'
import { PowerId } from './powers.ts'

/**
 * Action counts for an inclusive window: the sum of record `count`s by power (every power is
 * present, zero if unused) and by priority id (only priorities that occur).
 *
 * @example
 * ```ts
 * const c: ActionCounts = { from: '2024-04-01', to: '2025-03-31', total: 0,
 *   byPower: countActionsByPower([], { from: '2024-04-01', to: '2025-03-31' }).byPower, byPriority: {} }
 * ```
 */
export interface ActionCounts {
  from: string
  to: string
  total: number
  byPower: Record<PowerId, number>
  byPriority: Record<string, number>
}

function tally(records: readonly ActionRecord[], from: string, to: string): ActionCounts {
  const byPower = Object.fromEntries(PowerId.options.map((id) => [id, 0])) as Record<
    PowerId,
    number
  >
  const byPriority: Record<string, number> = {}
  let total = 0
  for (const record of records) {
    if (record.date < from || record.date > to) continue
    byPower[record.power] += record.count
    if (record.priorityId !== undefined) {
      byPriority[record.priorityId] = (byPriority[record.priorityId] ?? 0) + record.count
    }
    total += record.count
  }
  return { from, to, total, byPower, byPriority }
}

/**
 * Counts recorded actions by power for `from`–`to` inclusive, the figures a plan prints under
 * "Action Taken" (e.g. 55 warning letters, 6 ABCs, 38 CPWs, 7 CPNs, 2 FPNs, 1 PSPO). Records are
 * validated first; a bad record throws an error naming its index and field.
 *
 * @example
 * ```ts
 * countActionsByPower(
 *   [{ id: 'w', power: 'warning-letter', date: '2024-06-01', agency: 'SDDC', count: 55 },
 *    { id: 'p', power: 'public-spaces-protection-order', date: '2024-09-01', agency: 'SDDC' }],
 *   { from: '2024-04-01', to: '2025-03-31' }
 * ).byPower['warning-letter'] //=> 55
 * ```
 */
export function countActionsByPower(
  records: readonly unknown[],
  window: { from: string; to: string }
): ActionCounts {
  const { from, to } = checkWindow(window)
  return tally(parseActionRecords(records), from, to)
}

/**
 * How {@link countActionsByPeriod} splits a window: calendar months, calendar quarters,
 * calendar years, or financial years (April to March, labelled `2024-25`).
 *
 * @example
 * ```ts
 * const period: ActionPeriod = 'financial-year'
 * ```
 */
export type ActionPeriod = 'month' | 'quarter' | 'year' | 'financial-year'

const periodMonths: Record<ActionPeriod, number> = {
  month: 1,
  quarter: 3,
  year: 12,
  'financial-year': 12,
}

function periodStart(date: Date, period: ActionPeriod): Date {
  if (period === 'month') return startOfMonth(date)
  if (period === 'quarter') return startOfQuarter(date)
  if (period === 'year') return startOfYear(date)
  const year = date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1
  return addMonths(startOfYear(date), 3 + 12 * (year - date.getFullYear()))
}

function periodLabel(start: Date, period: ActionPeriod): string {
  const iso = toIsoDate(start)
  if (period === 'month') return iso.slice(0, 7)
  if (period === 'quarter') return `${iso.slice(0, 4)}-Q${Math.floor(start.getMonth() / 3) + 1}`
  if (period === 'year') return iso.slice(0, 4)
  return `${iso.slice(0, 4)}-${String((start.getFullYear() + 1) % 100).padStart(2, '0')}`
}

/**
 * Counts recorded actions by power for each period of a window, in order. The first and last
 * periods are cut to the window, so the periods' totals add up to the window's total.
 *
 * @example
 * ```ts
 * countActionsByPeriod(
 *   [{ id: 'a', power: 'community-protection-notice', date: '2024-03-30', agency: 'SDDC' },
 *    { id: 'b', power: 'community-protection-notice', date: '2024-04-02', agency: 'SDDC', count: 6 }],
 *   { from: '2023-04-01', to: '2025-03-31', period: 'financial-year' }
 * ).map((p) => [p.label, p.total])
 * //=> [['2023-24', 1], ['2024-25', 6]]
 * ```
 */
export function countActionsByPeriod(
  records: readonly unknown[],
  window: { from: string; to: string; period: ActionPeriod }
): (ActionCounts & { label: string })[] {
  const { from, to } = checkWindow(window)
  if (!(window.period in periodMonths)) {
    throw new RangeError(
      `period must be one of ${Object.keys(periodMonths).join(', ')}, got ${JSON.stringify(window.period)}`
    )
  }
  const parsed = parseActionRecords(records)
  const result: (ActionCounts & { label: string })[] = []
  const first = periodStart(toDate(from), window.period)
  for (let k = 0; ; k += 1) {
    const start = addMonths(first, periodMonths[window.period] * k)
    const startIso = toIsoDate(start)
    if (startIso > to) break
    const endIso = toIsoDate(subDays(addMonths(first, periodMonths[window.period] * (k + 1)), 1))
    const counts = tally(parsed, startIso < from ? from : startIso, endIso > to ? to : endIso)
    result.push({ label: periodLabel(start, window.period), ...counts })
  }
  return result
}
