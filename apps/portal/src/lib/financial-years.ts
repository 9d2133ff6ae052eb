// The April-to-March years ASB Case Review returns are commonly published for (a local choice,
// docs/rules.md#annual-return; the API takes any window).

/** One financial year: `label` as returns print it, and its first and last days. */
export interface FinancialYear {
  label: string
  from: string
  to: string
}

/**
 * The financial year that begins on 1 April of `startYear`.
 *
 * @example
 * ```ts
 * financialYear(2024) //=> { label: '2024/25', from: '2024-04-01', to: '2025-03-31' }
 * ```
 */
export function financialYear(startYear: number): FinancialYear {
  const next = String((startYear + 1) % 100).padStart(2, '0')
  return { label: `${startYear}/${next}`, from: `${startYear}-04-01`, to: `${startYear + 1}-03-31` }
}

/**
 * The financial year that holds an ISO date.
 *
 * @example
 * ```ts
 * financialYearOf('2025-03-31').label //=> '2024/25'
 * financialYearOf('2025-04-01').label //=> '2025/26'
 * ```
 */
export function financialYearOf(iso: string): FinancialYear {
  const year = Number(iso.slice(0, 4))
  return financialYear(iso.slice(5) >= '04-01' ? year : year - 1)
}

/**
 * The `count` financial years up to and including the one holding `iso`, newest first.
 *
 * @example
 * ```ts
 * recentFinancialYears('2026-11-26', 2).map((y) => y.label) //=> ['2026/27', '2025/26']
 * ```
 */
export function recentFinancialYears(iso: string, count: number): FinancialYear[] {
  const start = Number(financialYearOf(iso).from.slice(0, 4))
  return Array.from({ length: count }, (_, k) => financialYear(start - k))
}
