/**
 * @module
 * police.uk street-level CSV import: streaming parse, crime type → measure mapping, monthly
 * counts by district (from the LSOA name), and completeness checks (docs/police-uk.md).
 */
export {
  aggregatePoliceUkStreet,
  createPoliceUkAggregator,
  type PoliceUkAggregateOptions,
  type PoliceUkAggregator,
  type PoliceUkProgress,
} from './aggregator.ts'
export {
  PoliceUkCrimeType,
  policeUkCrimeTypes,
  policeUkMeasures,
  type PoliceUkCrimeTypeInfo,
} from './crime-types.ts'
export {
  checkPoliceUkGapOptions,
  findPoliceUkGaps,
  PoliceUkGap,
  PoliceUkGapKind,
  policeUkGapDefaults,
  type PoliceUkForceMonthCount,
  type PoliceUkGapOptions,
} from './gaps.ts'
export {
  checkPoliceUkStreetHeader,
  policeUkStreetColumns,
  type PoliceUkStreetColumn,
} from './header.ts'
export { districtFromLsoaName } from './lsoa.ts'
export { PoliceUkMonth, policeUkMonthsBetween } from './month.ts'
export {
  PoliceUkAggregate,
  PoliceUkCount,
  PoliceUkImportError,
  PoliceUkImportErrorKind,
  PoliceUkNoLocationCount,
  PoliceUkOutsideAreaCount,
} from './result.ts'
export type { PoliceUkChunk, PoliceUkSource, ReadableStreamLike } from './source.ts'
export {
  policeUkCrimeTable,
  policeUkStreetSource,
  type PoliceUkCrimeTableOptions,
} from './crime-table.ts'
