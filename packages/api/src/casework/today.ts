import type { Clock } from '../clock.ts'

const englandDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * Today's date in England (`YYYY-MM-DD`) by the app's clock: deadlines and PSPO statuses turn
 * over at midnight UK time, not UTC (at 00:30 BST it is already tomorrow here).
 *
 * @example
 * ```ts
 * todayInEngland(fixedClock('2025-06-01T23:30:00Z')) //=> '2025-06-02'
 * ```
 */
export function todayInEngland(clock: Clock): string {
  return englandDate.format(clock.now())
}

/**
 * The financial year (1 April to 31 March) containing `day`.
 *
 * @example
 * ```ts
 * financialYearOf('2025-03-31') //=> { from: '2024-04-01', to: '2025-03-31' }
 * ```
 */
export function financialYearOf(day: string): { from: string; to: string } {
  const year = Number(day.slice(0, 4)) - (day.slice(5) < '04-01' ? 1 : 0)
  return { from: `${year}-04-01`, to: `${year + 1}-03-31` }
}
