import { policeUkCrimeTypeNames } from './crime-type-table.ts'
import { policeUkMonthPattern, policeUkMonthsBetween } from './month-key.ts'
import type { PoliceUkCrimeType, PoliceUkGap, PoliceUkGapKind } from './types.ts'

/**
 * How gaps are found. `expectedMonths` defaults to every month from the first to the last seen;
 * a count below `lowCountRatio` × the type's median is `low-count`, judged only when the force
 * has at least `minMonthsForMedian` months of data. A zero is `missing-crime-type` whenever the
 * type's median over the force's months with data is above zero.
 *
 * @example
 * ```ts
 * const options: PoliceUkGapOptions = { expectedMonths: ['2024-01', '2024-02'], lowCountRatio: 0.2 }
 * ```
 */
export interface PoliceUkGapOptions {
  expectedMonths?: readonly string[] | undefined
  lowCountRatio?: number | undefined
  minMonthsForMedian?: number | undefined
}

/**
 * The default gap thresholds: below a quarter of the median, judged from three months up.
 *
 * @example
 * ```ts
 * policeUkGapDefaults.lowCountRatio //=> 0.25
 * ```
 */
export const policeUkGapDefaults = Object.freeze({ lowCountRatio: 0.25, minMonthsForMedian: 3 })

/**
 * One force's count of one crime type in one month (the input to {@link findPoliceUkGaps}).
 *
 * @example
 * ```ts
 * const row: PoliceUkForceMonthCount = { force: 'Derbyshire Constabulary', month: '2024-12',
 *   crimeType: 'Drugs', count: 140 }
 * ```
 */
export interface PoliceUkForceMonthCount {
  force: string
  month: string
  crimeType: PoliceUkCrimeType
  count: number
}

/**
 * Validates gap options, throwing a `RangeError` that names the bad option and value.
 *
 * @example
 * ```ts
 * checkPoliceUkGapOptions({ lowCountRatio: 2 }) // throws RangeError: lowCountRatio must be…
 * ```
 */
export function checkPoliceUkGapOptions(options: PoliceUkGapOptions): void {
  for (const month of options.expectedMonths ?? []) {
    if (!policeUkMonthPattern.test(month)) {
      throw new RangeError(`expectedMonths: "${month}" is not a month in the form YYYY-MM`)
    }
  }
  const { lowCountRatio: ratio, minMonthsForMedian: min } = options
  if (ratio !== undefined && !(ratio >= 0 && ratio <= 1)) {
    throw new RangeError(`lowCountRatio must be between 0 and 1, got ${ratio}`)
  }
  if (min !== undefined && !(Number.isInteger(min) && min >= 1)) {
    throw new RangeError(`minMonthsForMedian must be a whole number of at least 1, got ${min}`)
  }
}

const kindOrder: Record<PoliceUkGapKind, number> = {
  'missing-month': 0,
  'missing-crime-type': 1,
  'low-count': 2,
}

/**
 * Finds missing months and missing or collapsed crime types, per force, sorted by month,
 * force, kind and crime type. Judging each force on its own means a force's gap is not hidden
 * by another force's rows.
 *
 * @example
 * ```ts
 * const force = 'Derbyshire Constabulary'
 * findPoliceUkGaps([
 *   { force, month: '2024-01', crimeType: 'Drugs', count: 100 },
 *   { force, month: '2024-03', crimeType: 'Drugs', count: 90 },
 * ])
 * //=> [{ month: '2024-02', force, crimeType: null, kind: 'missing-month' }]
 * ```
 */
export function findPoliceUkGaps(
  counts: readonly PoliceUkForceMonthCount[],
  options: PoliceUkGapOptions = {}
): PoliceUkGap[] {
  checkPoliceUkGapOptions(options)
  const ratio = options.lowCountRatio ?? policeUkGapDefaults.lowCountRatio
  const minMonths = options.minMonthsForMedian ?? policeUkGapDefaults.minMonthsForMedian
  const forces = new Map<string, Map<string, Map<PoliceUkCrimeType, number>>>()
  for (const { force, month, crimeType, count } of counts) {
    if (count <= 0) continue
    const months = forces.get(force) ?? new Map<string, Map<PoliceUkCrimeType, number>>()
    const types = months.get(month) ?? new Map<PoliceUkCrimeType, number>()
    types.set(crimeType, (types.get(crimeType) ?? 0) + count)
    months.set(month, types)
    forces.set(force, months)
  }
  const expected = expectedMonths(options.expectedMonths, forces)
  const gaps: PoliceUkGap[] = []
  if (forces.size === 0) {
    for (const month of expected)
      gaps.push({ month, force: null, crimeType: null, kind: 'missing-month' })
  }
  for (const [force, months] of forces) {
    const present = expected.filter((month) => months.has(month))
    for (const month of expected) {
      if (!months.has(month)) gaps.push({ month, force, crimeType: null, kind: 'missing-month' })
    }
    for (const crimeType of policeUkCrimeTypeNames) {
      const values = present.map((month) => months.get(month)?.get(crimeType) ?? 0)
      if (!values.some((value) => value > 0)) continue
      const mid = median(values)
      present.forEach((month, i) => {
        const count = values[i] ?? 0
        if (count === 0 && mid > 0) {
          gaps.push({ month, force, crimeType, kind: 'missing-crime-type', count, median: mid })
        } else if (count > 0 && present.length >= minMonths && count < ratio * mid) {
          gaps.push({ month, force, crimeType, kind: 'low-count', count, median: mid })
        }
      })
    }
  }
  return gaps.sort(
    (a, b) =>
      compare(a.month, b.month) ||
      compare(a.force ?? '', b.force ?? '') ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      compare(a.crimeType ?? '', b.crimeType ?? '')
  )
}

function expectedMonths(
  given: readonly string[] | undefined,
  forces: ReadonlyMap<string, ReadonlyMap<string, unknown>>
): string[] {
  if (given !== undefined) return [...new Set(given)].sort(compare)
  const seen = [...forces.values()].flatMap((months) => [...months.keys()]).sort(compare)
  const first = seen[0]
  const last = seen.at(-1)
  return first === undefined || last === undefined ? [] : policeUkMonthsBetween(first, last)
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
