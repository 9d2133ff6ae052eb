// The April-to-March years ASB Case Review returns are commonly published for (a local choice,
// docs/rules.md#annual-return; the API takes any window). Years are @csp/domain's, labelled
// `2024-25` like the API's periods.

import { financialYearOf, financialYearStarting, type FinancialYear } from '@csp/domain/dates'

export { financialYearOf, financialYearStarting as financialYear, type FinancialYear }

/**
 * The `count` financial years up to and including the one holding `iso`, newest first.
 *
 * @example
 * ```ts
 * recentFinancialYears('2026-11-26', 2).map((y) => y.label) //=> ['2026-27', '2025-26']
 * ```
 */
export function recentFinancialYears(iso: string, count: number): FinancialYear[] {
  const start = Number(financialYearOf(iso).from.slice(0, 4))
  return Array.from({ length: count }, (_, k) => financialYearStarting(start - k))
}
