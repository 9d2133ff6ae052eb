/**
 * @module
 * police.uk street-level CSV import: streaming parse, crime type → measure mapping, monthly
 * counts by district (from the LSOA name), by force and LSOA, and by grid cell, and
 * completeness checks (docs/police-uk.md). `@csp/domain/police-uk` is the same reader without zod.
 */
export {
  aggregatePoliceUkStreet,
  createPoliceUkAggregator,
  type PoliceUkAggregateOptions,
  type PoliceUkArea,
  type PoliceUkAggregator,
  type PoliceUkProgress,
} from './aggregator.ts'
export {
  PoliceUkCrimeType,
  policeUkCrimeTypeNames,
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
export { checkPoliceUkGeography, type PoliceUkGeography } from './geography-option.ts'
export { districtFromLsoaName } from './lsoa.ts'
export { PoliceUkMonth, policeUkMonthsBetween } from './month.ts'
export {
  PoliceUkAggregate,
  PoliceUkCount,
  PoliceUkForceCount,
  PoliceUkGridCount,
  PoliceUkImportError,
  PoliceUkImportErrorKind,
  PoliceUkLsoaCount,
  PoliceUkNoLocationCount,
  PoliceUkOutsideAreaCount,
  PoliceUkPlacement,
} from './result.ts'
export { policeUkSnapshotBuffers, type PoliceUkSnapshot } from './snapshot.ts'
export type { PoliceUkChunk, PoliceUkSource, ReadableStreamLike } from './source.ts'
export {
  policeUkCrimeTable,
  policeUkStreetSource,
  type PoliceUkCrimeTableOptions,
} from './crime-table.ts'
