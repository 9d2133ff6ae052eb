import { roundHalfAwayFromZero } from '../crime/rate.ts'
import { MeasureId } from '../crime/measures.ts'
import { adjustPValues, PAdjustment } from './adjust.ts'
import { unitsOfArea } from './areas.ts'
import type { ChangePeriod, ChangeRow, ChangeTable, ControlLimits } from './change-schema.ts'
import { compareCounts, localChangeDefaults } from './compare.ts'
import { latestCoveredMonth } from './coverage.ts'
import { indexLocalData, type CountIndex, type LocalData } from './local-data.ts'
import { usableWindow, windowMonths, type ChangeWindow, type UsableWindow } from './windows.ts'

/**
 * What {@link changeTable} is asked for. `areas` are the rows' areas (see {@link subAreasOf});
 * `measures` one or more measure ids; `month` the last month of the current period (default:
 * the latest imported month).
 *
 * @example
 * ```ts
 * const query: ChangeTableQuery = { areas: ['E05012345', 'E05012346'],
 *   measures: ['police-uk.anti-social-behaviour'], window: 'rolling-12' }
 * ```
 */
export interface ChangeTableQuery {
  areas: readonly string[]
  measures: readonly string[]
  window: ChangeWindow
  month?: string | undefined
  /** Default `benjamini-hochberg` (see {@link PAdjustment} for why). */
  adjustment?: PAdjustment | undefined
  /** The adjusted p below which a row is flagged (default 0.05). */
  alpha?: number | undefined
}

interface Draft {
  row: Omit<ChangeRow, 'pAdjusted' | 'flag'>
  tested: boolean
}

function period(months: readonly string[]): ChangePeriod {
  const sorted = [...months].sort()
  return { from: sorted[0] as string, to: sorted.at(-1) as string, months: sorted }
}

function controlLimits(current: number, baselineTotal: number, k: number): ControlLimits {
  const centre = baselineTotal / k
  const lower = Math.max(0, centre - 3 * Math.sqrt(centre))
  const upper = centre + 3 * Math.sqrt(centre)
  return {
    centre: roundHalfAwayFromZero(centre, 1),
    lower: roundHalfAwayFromZero(lower, 1),
    upper: roundHalfAwayFromZero(upper, 1),
    exception: current > upper ? 'above' : current < lower ? 'below' : null,
  }
}

function draftRow(
  area: string,
  measure: string,
  units: readonly string[],
  window: UsableWindow,
  index: CountIndex,
  isChart: boolean
): Draft {
  const count = (months: readonly string[]) =>
    months.reduce((sum, month) => sum + index.sum(measure, units, area, month), 0)
  const complete = window.excluded.length === 0
  const empty = {
    area,
    measure,
    current: null,
    baseline: null,
    baselineTotal: null,
    baselinePeriods: 0,
    difference: null,
    percentChange: null,
    z: null,
    p: null,
    complete,
    excludedMonths: window.excluded,
    limits: null,
  }
  if (window.current.length === 0) return { row: empty, tested: false }
  const current = count(window.current)
  const k = window.baselines.length
  if (k === 0) return { row: { ...empty, current }, tested: false }
  const baselineTotal = window.baselines.reduce((sum, months) => sum + count(months), 0)
  const comparison = compareCounts(current, baselineTotal, k)
  return {
    row: {
      ...empty,
      ...comparison,
      limits: isChart ? controlLimits(current, baselineTotal, k) : null,
    },
    tested: current + baselineTotal >= localChangeDefaults.minimumTotalForFlag,
  }
}

function checkQuery(query: ChangeTableQuery): { adjustment: PAdjustment; alpha: number } {
  if (!Array.isArray(query.areas) || query.areas.length === 0) {
    throw new RangeError('areas must list at least one area code')
  }
  if (!Array.isArray(query.measures) || query.measures.length === 0) {
    throw new RangeError('measures must list at least one measure id')
  }
  query.measures.forEach((measure, i) => {
    if (!MeasureId.safeParse(measure).success) {
      throw new RangeError(`measures[${i}]: ${JSON.stringify(measure)} is not a measure id`)
    }
  })
  const adjustment = query.adjustment ?? localChangeDefaults.adjustment
  if (!PAdjustment.safeParse(adjustment).success) {
    throw new RangeError(`adjustment must be one of ${PAdjustment.options.join(', ')}`)
  }
  const alpha = query.alpha ?? localChangeDefaults.alpha
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1)) {
    throw new RangeError(`alpha must be between 0 and 1, got ${String(alpha)}`)
  }
  return { adjustment, alpha }
}

/**
 * The change table of a window: one row per area and measure (area by area, measures in the
 * order asked), each with C, baseline, difference, Z, exact p, p adjusted across the whole
 * table and a flag (see {@link ChangeRow}). For one measure over a district's sub-areas, pass
 * `subAreasOf(areas, district)`; for every crime type of one area, pass the area and
 * `policeUkMeasures.map((m) => m.id)`.
 *
 * Gaps, so a gap is never a fall: a month with a gap for the measure is taken out together
 * with the months it is compared with — in `last-3` and `rolling-12` the same month a year
 * away, so both periods keep the same length; in `month` a gap in this month leaves the row
 * without figures, and a gap in a baseline year drops that year (k falls from 3). The row is
 * then `complete: false` and lists the months left out. Counts in months with a gap are never
 * read.
 *
 * Flags: only rows with C + B ≥ 10 are tested and adjusted together (the filter depends on
 * C + B alone, which carries no information about the direction of change, so it does not bias
 * the test); a tested row is flagged `increase` or `decrease` when its adjusted p is below
 * `alpha`. The `month` rows also carry their c-chart limits.
 *
 * Throws a RangeError for an unknown area, a bad measure id, window, month, adjustment or alpha.
 *
 * @example
 * ```ts
 * const table = changeTable(data, { areas: subAreasOf(data.areas, 'E07000039'),
 *   measures: ['police-uk.anti-social-behaviour'], window: 'last-3', month: '2025-06' })
 * table.current //=> { from: '2025-04', to: '2025-06', months: ['2025-04', '2025-05', '2025-06'] }
 * table.rows[0]
 * //=> { area: 'E05012345', measure: 'police-uk.anti-social-behaviour', current: 62, baseline: 40,
 * //     baselineTotal: 40, baselinePeriods: 1, difference: 22, percentChange: 55, z: 2.19…,
 * //     p: 0.0370…, pAdjusted: 0.0370…, flag: 'increase', complete: true, excludedMonths: [], limits: null }
 * ```
 */
export function changeTable(data: LocalData, query: ChangeTableQuery): ChangeTable {
  const { adjustment, alpha } = checkQuery(query)
  const index = indexLocalData(data)
  const month = query.month ?? latestCoveredMonth(data.coverage)
  const plan = windowMonths(query.window, month)
  const windows = new Map(
    query.measures.map((measure) => [measure, usableWindow(plan, measure, index.complete)])
  )
  const drafts: Draft[] = []
  for (const area of query.areas) {
    const units = unitsOfArea(data.areas, area)
    for (const measure of query.measures) {
      const window = windows.get(measure) as UsableWindow
      drafts.push(draftRow(area, measure, units, window, index, query.window === 'month'))
    }
  }
  const adjusted = adjustPValues(
    drafts.map(({ row, tested }) => (tested ? row.p : null)),
    adjustment
  )
  const rows = drafts.map(({ row }, i): ChangeRow => {
    const pAdjusted = adjusted[i] ?? null
    const excess = (row.current ?? 0) * row.baselinePeriods - (row.baselineTotal ?? 0)
    const significant = pAdjusted !== null && pAdjusted < alpha && excess !== 0
    const flag = significant ? (excess > 0 ? 'increase' : 'decrease') : null
    const { complete, excludedMonths, limits, ...figures } = row
    return { ...figures, pAdjusted, flag, complete, excludedMonths, limits }
  })
  return {
    window: query.window,
    month,
    current: period(plan.current),
    baseline: period(plan.baselines.flat()),
    complete: rows.every((row) => row.complete),
    adjustment,
    alpha,
    minimumTotalForFlag: localChangeDefaults.minimumTotalForFlag,
    minimumBaselineForPercent: localChangeDefaults.minimumBaselineForPercent,
    rows,
  }
}
