import { defaultSuppressionThreshold } from '../crime/suppression.ts'
import type { ChangeRow } from './change-schema.ts'
import type { HotSpotRow } from './hot-spots.ts'
import type { SeriesPoint } from './series.ts'

function checkThreshold(threshold: number): number {
  if (!Number.isSafeInteger(threshold) || threshold < 1) {
    throw new RangeError(`threshold must be a whole number ≥ 1, got ${String(threshold)}`)
  }
  return threshold
}

/**
 * Whether a count is small enough to hide in public: from 1 to `threshold` − 1 (a 0 protects
 * no one and is shown).
 *
 * @example
 * ```ts
 * isSmallCount(3) //=> true (default threshold 5)
 * isSmallCount(0) //=> false
 * ```
 */
export function isSmallCount(
  count: number | null,
  threshold: number = defaultSuppressionThreshold
): boolean {
  checkThreshold(threshold)
  return count !== null && count >= 1 && count < threshold
}

/**
 * The public rule of local counts, in words.
 *
 * @example
 * ```ts
 * localSuppressionRule(5) //=> 'Counts from 1 to 4 are not shown, nor the figures worked out from them.'
 * ```
 */
export function localSuppressionRule(threshold: number = defaultSuppressionThreshold): string {
  return checkThreshold(threshold) === 1
    ? 'No counts are suppressed.'
    : `Counts from 1 to ${threshold - 1} are not shown, nor the figures worked out from them.`
}

/**
 * A series point for the public: a small count becomes `null` with `suppressed: true` (the
 * month stays complete: it is hidden, not missing).
 *
 * @example
 * ```ts
 * suppressSeriesPoint({ month: '2024-12', count: 2, complete: true })
 * //=> { month: '2024-12', count: null, complete: true, suppressed: true }
 * ```
 */
export function suppressSeriesPoint(
  point: SeriesPoint,
  threshold: number = defaultSuppressionThreshold
): SeriesPoint & { suppressed: boolean } {
  const suppressed = isSmallCount(point.count, threshold)
  return { ...point, count: suppressed ? null : point.count, suppressed }
}

/**
 * A change row for the public: when its current count or its baseline total is small, every
 * figure that shows or reveals them (counts, difference, percentage, Z, p, the chart's limits)
 * becomes `null` and `suppressed` is true. The flag, judged on the exact counts, stays.
 *
 * @example
 * ```ts
 * suppressChangeRow(row).suppressed //=> true when row.current is 1 to 4
 * ```
 */
export function suppressChangeRow(
  row: ChangeRow,
  threshold: number = defaultSuppressionThreshold
): ChangeRow & { suppressed: boolean } {
  const suppressed =
    isSmallCount(row.current, threshold) || isSmallCount(row.baselineTotal, threshold)
  if (!suppressed) return { ...row, suppressed }
  return {
    ...row,
    current: null,
    baseline: null,
    baselineTotal: null,
    difference: null,
    percentChange: null,
    z: null,
    p: null,
    pAdjusted: null,
    limits: null,
    suppressed,
  }
}

/** A hot-spot row whose counts may be hidden in public. */
export type PublicHotSpotRow = Omit<HotSpotRow, 'count'> & {
  count: number | null
  suppressed: boolean
}

/**
 * A hot-spot row for the public: a small total or quarter count becomes `null`; its rank and
 * persistence stay (they say where to look, not how many).
 *
 * @example
 * ```ts
 * suppressHotSpotRow({ unit: 'E01019863', rank: 9, count: 3, quarterCounts: [1, 2],
 *   hot: [false, false], persistence: null })
 * //=> { …, count: null, quarterCounts: [null, null], suppressed: true }
 * ```
 */
export function suppressHotSpotRow(
  row: HotSpotRow,
  threshold: number = defaultSuppressionThreshold
): PublicHotSpotRow {
  const small = (count: number | null) => isSmallCount(count, threshold)
  const suppressed = small(row.count) || row.quarterCounts.some(small)
  return {
    ...row,
    count: small(row.count) ? null : row.count,
    quarterCounts: row.quarterCounts.map((count) => (small(count) ? null : count)),
    suppressed,
  }
}
