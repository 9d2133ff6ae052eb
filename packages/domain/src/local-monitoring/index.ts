/**
 * @module
 * Local-area monitoring (docs/local-monitoring.md): monthly series and rolling sums for any
 * area built from units (LSOAs or grid cells), change tables with exact tests adjusted across
 * the table, and ranked hot spots with their persistence — gaps in the data shown as missing,
 * never as falls.
 */
export { adjustPValues, PAdjustment } from './adjust.ts'
export { subAreasOf, unitsOfArea } from './areas.ts'
export { changeZ, exactConditionalP } from './binomial.ts'
export { ChangeFlag, ChangePeriod, ChangeRow, ChangeTable, ControlLimits } from './change-schema.ts'
export { changeTable, type ChangeTableQuery } from './change-table.ts'
export { compareCounts, localChangeDefaults, type CountComparison } from './compare.ts'
export {
  isMonthComplete,
  latestCoveredMonth,
  policeUkCoverage,
  type DataCoverage,
  type DataGap,
  type PoliceUkCoverageOptions,
} from './coverage.ts'
export { changeTableCsv, hotSpotsCsv, localCountsSource, type LocalCsvOptions } from './csv.ts'
export {
  HotSpotList,
  HotSpotQuarter,
  HotSpotRow,
  hotSpots,
  type HotSpotQuery,
} from './hot-spots.ts'
export type { AreaMembership, LocalData, NoAreaCount, UnitCount } from './local-data.ts'
export {
  classifyPersistence,
  hotInQuarter,
  HotSpotPersistence,
  hotSpotDefaults,
} from './persistence.ts'
export { RollingPoint, rollingSums } from './rolling.ts'
export { MonthlySeries, monthlySeries, SeriesPoint, type SeriesQuery } from './series.ts'
export { shiftMonth } from './months.ts'
export { ChangeWindow, windowMonths, type WindowPlan } from './windows.ts'
export {
  isSmallCount,
  localSuppressionRule,
  suppressChangeRow,
  suppressHotSpotRow,
  suppressSeriesPoint,
  type PublicHotSpotRow,
} from './suppression.ts'
