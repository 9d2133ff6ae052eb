/**
 * @module
 * `@csp/domain/police-uk`: the police.uk street-level reader without zod (for worker threads,
 * command lines and bundles that do not want it): streaming aggregation by district, force,
 * LSOA and grid cell, snapshots to merge aggregates read in parallel, and gap finding. The
 * zod schemas of the same shapes are in the main entry.
 */
export {
  aggregatePoliceUkStreet,
  createPoliceUkAggregator,
  type PoliceUkAggregateOptions,
  type PoliceUkAggregator,
  type PoliceUkArea,
  type PoliceUkProgress,
} from './aggregator.ts'
export {
  crimeTypeIndexAt,
  policeUkCrimeTypeNames,
  policeUkCrimeTypes,
  type PoliceUkCrimeTypeInfo,
  type PoliceUkCrimeTypeName,
} from './crime-type-table.ts'
export {
  checkPoliceUkGapOptions,
  findPoliceUkGaps,
  policeUkGapDefaults,
  type PoliceUkForceMonthCount,
  type PoliceUkGapOptions,
} from './find-gaps.ts'
export { checkPoliceUkGeography, type PoliceUkGeography } from './geography-option.ts'
export {
  checkPoliceUkStreetHeader,
  policeUkStreetColumns,
  type PoliceUkStreetColumn,
} from './header.ts'
export { districtFromLsoaName } from './lsoa.ts'
export { policeUkMonthPattern, policeUkMonthsBetween } from './month-key.ts'
export { policeUkSnapshotBuffers, type PoliceUkSnapshot } from './snapshot.ts'
export type { PoliceUkChunk, PoliceUkSource, ReadableStreamLike } from './source.ts'
export type {
  PoliceUkAggregate,
  PoliceUkCount,
  PoliceUkCrimeType,
  PoliceUkForceCount,
  PoliceUkGap,
  PoliceUkGapKind,
  PoliceUkGridCount,
  PoliceUkImportError,
  PoliceUkImportErrorKind,
  PoliceUkLsoaCount,
  PoliceUkNoLocationCount,
  PoliceUkOutsideAreaCount,
  PoliceUkPlacement,
} from './types.ts'
