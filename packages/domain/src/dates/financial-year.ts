/** One financial year (1 April to 31 March): its label, such as `2024-25`, and its first and last days. */
export interface FinancialYear {
  label: string
  from: string
  to: string
}

/**
 * The financial year that begins on 1 April of `startYear`. The label is written `2024-25`,
 * the spelling of the API's periods and of ONS and Home Office tables.
 *
 * @example
 * ```ts
 * financialYearStarting(2024) //=> { label: '2024-25', from: '2024-04-01', to: '2025-03-31' }
 * ```
 */
export function financialYearStarting(startYear: number): FinancialYear {
  if (!Number.isInteger(startYear)) {
    throw new RangeError(`startYear must be a whole year, got ${String(startYear)}`)
  }
  const next = String((startYear + 1) % 100).padStart(2, '0')
  return { label: `${startYear}-${next}`, from: `${startYear}-04-01`, to: `${startYear + 1}-03-31` }
}

/**
 * The financial year that holds an ISO date.
 *
 * @example
 * ```ts
 * financialYearOf('2025-03-31') //=> { label: '2024-25', from: '2024-04-01', to: '2025-03-31' }
 * financialYearOf('2025-04-01').label //=> '2025-26'
 * ```
 */
export function financialYearOf(iso: string): FinancialYear {
  const year = Number(iso.slice(0, 4))
  return financialYearStarting(iso.slice(5) >= '04-01' ? year : year - 1)
}
