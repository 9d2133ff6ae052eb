import { policeUkCrimeTypes } from '../police-uk/crime-types.ts'
import type { PoliceUkGap, PoliceUkGapKind } from '../police-uk/gaps.ts'
import { monthKeyIn } from './months.ts'

/**
 * A month whose data has a gap: for one measure (a crime type absent or collapsed that month),
 * or for every measure when `measure` is `null` (the month is missing).
 *
 * @example
 * ```ts
 * const gap: DataGap = { month: '2024-05', measure: 'police-uk.shoplifting' }
 * ```
 */
export interface DataGap {
  readonly month: string
  readonly measure: string | null
}

/**
 * Which months the counts cover. A month not in `months` (never imported) is a gap for every
 * measure; a month in `months` is complete for a measure unless `gaps` says otherwise. A month
 * with a gap is shown as missing and left out of windows, never counted as a fall.
 *
 * @example
 * ```ts
 * const coverage: DataCoverage = {
 *   months: ['2024-04', '2024-05', '2024-06'],
 *   gaps: [{ month: '2024-05', measure: 'police-uk.shoplifting' }],
 * }
 * ```
 */
export interface DataCoverage {
  readonly months: readonly string[]
  readonly gaps: readonly DataGap[]
}

/** @internal Answers "is this month complete for this measure?" in constant time. */
export type CompletenessCheck = (month: string, measure: string) => boolean

/**
 * @internal Checks a coverage (RangeError naming the field) and returns its completeness test.
 *
 * @example
 * ```ts
 * const complete = completenessOf({ months: ['2024-11', '2024-12'], gaps: [{ month: '2024-12', measure: 'burglary' }] })
 * complete('2024-12', 'burglary') //=> false
 * complete('2024-11', 'burglary') //=> true
 * ```
 */
export function completenessOf(coverage: DataCoverage): CompletenessCheck {
  if (coverage == null || !Array.isArray(coverage.months) || !Array.isArray(coverage.gaps)) {
    throw new RangeError('coverage must be { months: [...], gaps: [...] }')
  }
  const months = new Set<string>()
  coverage.months.forEach((month, i) => {
    monthKeyIn(month, `coverage.months[${i}]`)
    months.add(month)
  })
  const allMeasures = new Set<string>()
  const byMeasure = new Set<string>()
  coverage.gaps.forEach((gap, i) => {
    monthKeyIn(gap?.month, `coverage.gaps[${i}].month`)
    if (gap.measure === null) allMeasures.add(gap.month)
    else if (typeof gap.measure === 'string' && gap.measure !== '') {
      byMeasure.add(`${gap.month} ${gap.measure}`)
    } else {
      throw new RangeError(`coverage.gaps[${i}].measure must be a measure id or null`)
    }
  })
  return (month, measure) =>
    months.has(month) && !allMeasures.has(month) && !byMeasure.has(`${month} ${measure}`)
}

/**
 * Whether `month` is complete for `measure`: imported, and with no gap for that measure or for
 * every measure.
 *
 * @example
 * ```ts
 * const coverage = { months: ['2024-05'], gaps: [{ month: '2024-05', measure: 'police-uk.drugs' }] }
 * isMonthComplete(coverage, '2024-05', 'police-uk.burglary') //=> true
 * isMonthComplete(coverage, '2024-05', 'police-uk.drugs') //=> false
 * isMonthComplete(coverage, '2024-06', 'police-uk.burglary') //=> false (not imported)
 * ```
 */
export function isMonthComplete(coverage: DataCoverage, month: string, measure: string): boolean {
  return completenessOf(coverage)(month, measure)
}

/**
 * The latest month of a coverage: the default end of every window. Throws a RangeError when
 * nothing has been imported.
 *
 * @example
 * ```ts
 * latestCoveredMonth({ months: ['2024-06', '2024-04'], gaps: [] }) //=> '2024-06'
 * ```
 */
export function latestCoveredMonth(coverage: DataCoverage): string {
  completenessOf(coverage)
  const latest = [...coverage.months].sort().at(-1)
  if (latest === undefined) throw new RangeError('coverage.months is empty: no data imported')
  return latest
}

/**
 * Options for {@link policeUkCoverage}.
 *
 * @example
 * ```ts
 * const options: PoliceUkCoverageOptions = { forces: ['Derbyshire Constabulary'] }
 * ```
 */
export interface PoliceUkCoverageOptions {
  /**
   * Only the gaps of these forces (`Reported by`) count; a missing month with no force always
   * counts. Default: every force's gaps, so a month another force left out is also a gap.
   */
  forces?: readonly string[]
  /** Which kinds of gap count (default all three: a low count is a suspected partial month). */
  kinds?: readonly PoliceUkGapKind[]
}

/**
 * The coverage of a police.uk import: its months, and its gaps with each crime type turned
 * into its measure id (`police-uk.<slug>`); a missing month is a gap for every measure.
 *
 * @example
 * ```ts
 * policeUkCoverage({
 *   months: ['2024-04', '2024-05'],
 *   gaps: [{ month: '2024-05', force: 'Derbyshire Constabulary', crimeType: 'Shoplifting',
 *     kind: 'missing-crime-type', count: 0, median: 612 }],
 * })
 * //=> { months: ['2024-04', '2024-05'], gaps: [{ month: '2024-05', measure: 'police-uk.shoplifting' }] }
 * ```
 */
export function policeUkCoverage(
  aggregate: { readonly months: readonly string[]; readonly gaps: readonly PoliceUkGap[] },
  options: PoliceUkCoverageOptions = {}
): DataCoverage {
  const forces = options.forces === undefined ? null : new Set(options.forces)
  const kinds = new Set(options.kinds ?? ['missing-month', 'missing-crime-type', 'low-count'])
  const gaps = new Map<string, DataGap>()
  for (const gap of aggregate.gaps) {
    if (!kinds.has(gap.kind)) continue
    if (forces !== null && gap.force !== null && !forces.has(gap.force)) continue
    const measure =
      gap.kind === 'missing-month' || gap.crimeType === null
        ? null
        : policeUkCrimeTypes[gap.crimeType].measureId
    gaps.set(`${gap.month} ${measure ?? ''}`, { month: gap.month, measure })
  }
  return { months: [...aggregate.months].sort(), gaps: [...gaps.values()] }
}
