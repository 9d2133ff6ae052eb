import type { CrimeTableRowData } from './view.ts'

/** The columns a reader can sort by (the `sort` attribute). */
export type SortKey = 'rate' | 'volume' | 'trend' | 'name'
export type SortDirection = 'ascending' | 'descending'

export interface SortState {
  key: SortKey
  direction: SortDirection
}

export const sortKeys: readonly SortKey[] = ['rate', 'volume', 'trend', 'name']

/**
 * How a column sorts when first chosen: names A to Z, figures highest first (the order the
 * partnership plan prints its tables in).
 *
 * @example
 * ```ts
 * initialSort('name') //=> { key: 'name', direction: 'ascending' }
 * ```
 */
export function initialSort(key: SortKey): SortState {
  return { key, direction: key === 'name' ? 'ascending' : 'descending' }
}

/**
 * The sort after a reader activates a column's header: the same column flips, another column
 * starts in its initial direction.
 *
 * @example
 * ```ts
 * nextSort({ key: 'rate', direction: 'descending' }, 'rate') //=> { key: 'rate', direction: 'ascending' }
 * ```
 */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return initialSort(key)
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
}

const byName = new Intl.Collator('en-GB')

function valueOf(row: CrimeTableRowData, key: Exclude<SortKey, 'name'>): number | null {
  if (key === 'volume') return row.volume
  if (key === 'rate') return row.rate?.perThousand ?? null
  return row.trend.percent
}

/**
 * The rows in the given order. Unknown figures go last whichever way the column is sorted, and
 * equal figures fall back to the area name, so the order never depends on the API's.
 *
 * @example
 * ```ts
 * sortRows(rows, { key: 'rate', direction: 'ascending' })[0].areaName //=> 'Derbyshire Dales'
 * ```
 */
export function sortRows(
  rows: readonly CrimeTableRowData[],
  { key, direction }: SortState
): CrimeTableRowData[] {
  const sign = direction === 'ascending' ? 1 : -1
  return [...rows].sort((a, b) => {
    const names = byName.compare(a.areaName, b.areaName)
    if (key === 'name') return sign * names || a.areaCode.localeCompare(b.areaCode)
    const x = valueOf(a, key)
    const y = valueOf(b, key)
    if (x === null || y === null) return x === y ? names : x === null ? 1 : -1
    return sign * (x - y) || names
  })
}
