import { todayInEngland as todayAt } from '@csp/domain/dates'
import type { Clock } from '../clock.ts'

/**
 * Today's date in England (`YYYY-MM-DD`) by the app's clock: deadlines and PSPO statuses turn
 * over at midnight UK time, not UTC (the domain's `todayInEngland` at the clock's instant).
 *
 * @example
 * ```ts
 * todayInEngland(fixedClock('2025-06-01T23:30:00Z')) //=> '2025-06-02'
 * ```
 */
export function todayInEngland(clock: Clock): string {
  return todayAt(clock.now())
}

export { financialYearOf } from '@csp/domain/dates'
