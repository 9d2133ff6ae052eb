import type { Area } from '../geography/index.ts'
import { checkCrimeTable } from './check-crime-table.ts'
import type { CrimeTable } from './table.ts'

// Findings that make positions meaningless: an area counted twice, or volumes that are not counts.
const blockingCodes = new Set(['duplicate-area', 'negative-volume', 'non-integer-volume'])

/**
 * Why a table's areas must not be ranked, or `null` when they may be. An incomplete period
 * would rank areas on whichever months happened to arrive, and duplicate or invalid rows make
 * positions meaningless; every client (API, CSV, CLI, widget) uses this one rule.
 *
 * @example
 * ```ts
 * whyNotRankable(southDerbyshirePlan.crimeTables[0], derbyshireAreas) //=> null
 * whyNotRankable({ ...table, completeness: { complete: false, notes: [] } }, derbyshireAreas)
 * //=> 'the period is incomplete'
 * ```
 */
export function whyNotRankable(table: CrimeTable, areas: readonly Area[]): string | null {
  if (table.completeness?.complete === false) return 'the period is incomplete'
  const blocking = checkCrimeTable(table, areas).find((f) => blockingCodes.has(f.code))
  return blocking ? `the table has invalid rows (${blocking.message})` : null
}
