// The shapes of an aggregate as plain TypeScript, so the zod-free entry `@csp/domain/police-uk`
// needs no zod, not even for its types. result.ts and gaps.ts hold the zod schemas of the same
// shapes for the main entry, and check at compile time that the two stay equal.
import type { PoliceUkCrimeTypeName } from './crime-type-table.ts'

/**
 * A police.uk crime type as written in the `Crime type` column (see `policeUkCrimeTypeNames`).
 *
 * @example
 * ```ts
 * const crimeType: PoliceUkCrimeType = 'Vehicle crime'
 * ```
 */
export type PoliceUkCrimeType = PoliceUkCrimeTypeName

/**
 * Rows of one crime type in one district (from the LSOA name) in one month; `areaCode` is the
 * partnership area's GSS code, or `null` for a district outside the partnership.
 *
 * @example
 * ```ts
 * const count: PoliceUkCount = { month: '2024-12', district: 'Erewash', areaCode: 'E07000036',
 *   crimeType: 'Burglary', measure: 'police-uk.burglary', count: 2 }
 * ```
 */
export interface PoliceUkCount {
  month: string
  district: string
  areaCode: string | null
  crimeType: PoliceUkCrimeType
  measure: string
  count: number
}

/**
 * Rows located in a district outside the partnership's areas.
 *
 * @example
 * ```ts
 * const row: PoliceUkOutsideAreaCount = { month: '2024-12', district: 'Lancaster', crimeType: 'Drugs', count: 3 }
 * ```
 */
export interface PoliceUkOutsideAreaCount {
  month: string
  district: string
  crimeType: PoliceUkCrimeType
  count: number
}

/**
 * Rows with no location (blank LSOA name), which cannot be given a district.
 *
 * @example
 * ```ts
 * const row: PoliceUkNoLocationCount = { month: '2023-01', crimeType: 'Other theft', count: 9 }
 * ```
 */
export interface PoliceUkNoLocationCount {
  month: string
  crimeType: PoliceUkCrimeType
  count: number
}

/**
 * Rows of one crime type reported by one force in one month, located or not: what an import
 * of that force's file for that month replaces, and the input to gap finding.
 *
 * @example
 * ```ts
 * const row: PoliceUkForceCount = { month: '2024-12', force: 'Derbyshire Constabulary', crimeType: 'Drugs', count: 140 }
 * ```
 */
export interface PoliceUkForceCount {
  month: string
  force: string
  crimeType: PoliceUkCrimeType
  count: number
}

/**
 * Located rows of one crime type, reported by one force in one month, in one LSOA of one
 * district. `lsoa` is `null` for "no area": the row has a district (from its LSOA name) but no
 * LSOA could be given to it (no code, or with a geography, a point in no bundled LSOA).
 * With a geography, `district` and `areaCode` are those of the LSOA when it is known.
 *
 * @example
 * ```ts
 * const row: PoliceUkLsoaCount = { month: '2024-12', force: 'Derbyshire Constabulary',
 *   district: 'South Derbyshire', areaCode: 'E07000039', lsoa: 'E01019837',
 *   crimeType: 'Burglary', count: 2 }
 * ```
 */
export interface PoliceUkLsoaCount {
  month: string
  force: string
  district: string
  areaCode: string | null
  lsoa: string | null
  crimeType: PoliceUkCrimeType
  count: number
}

/**
 * Rows of one crime type, reported by one force in one month, placed in one of the
 * partnership's LSOAs and in one grid cell (from the geography's `cellOf`). A cell that
 * straddles LSOAs has a row for each, so any area built from LSOAs can sum its own cells.
 *
 * @example
 * ```ts
 * const row: PoliceUkGridCount = { month: '2024-12', force: 'Derbyshire Constabulary',
 *   lsoa: 'E01019837', cell: '430250,323000', crimeType: 'Burglary', count: 1 }
 * ```
 */
export interface PoliceUkGridCount {
  month: string
  force: string
  lsoa: string
  cell: string
  crimeType: PoliceUkCrimeType
  count: number
}

/**
 * How the located rows got their LSOA: by their own code, by point in polygon, or not at all
 * ("no area"). The three add up to the rows in `counts`; no-location rows are in none of them.
 *
 * @example
 * ```ts
 * const placement: PoliceUkPlacement = { ownCode: 9310, pointInPolygon: 41, noArea: 93 }
 * ```
 */
export interface PoliceUkPlacement {
  ownCode: number
  pointInPolygon: number
  noArea: number
}

/**
 * Why a month looks incomplete (see `PoliceUkGapKind` in the main entry).
 *
 * @example
 * ```ts
 * const kind: PoliceUkGapKind = 'low-count'
 * ```
 */
export type PoliceUkGapKind = 'missing-month' | 'missing-crime-type' | 'low-count'

/**
 * A suspected gap in a force's published data (see `PoliceUkGap` in the main entry).
 *
 * @example
 * ```ts
 * const gap: PoliceUkGap = { month: '2024-05', force: 'Derbyshire Constabulary',
 *   crimeType: 'Shoplifting', kind: 'missing-crime-type', count: 0, median: 612 }
 * ```
 */
export interface PoliceUkGap {
  month: string
  force: string | null
  crimeType: PoliceUkCrimeType | null
  kind: PoliceUkGapKind
  count?: number | undefined
  median?: number | undefined
}

/**
 * What went wrong in an input file (see `PoliceUkImportErrorKind` in the main entry).
 *
 * @example
 * ```ts
 * const kind: PoliceUkImportErrorKind = 'malformed-row'
 * ```
 */
export type PoliceUkImportErrorKind =
  'no-header' | 'bad-header' | 'malformed-row' | 'unknown-crime-type' | 'too-many-errors'

/**
 * A problem in a file, at the 1-based physical line where the record starts.
 *
 * @example
 * ```ts
 * const error: PoliceUkImportError = { file: 'a.csv', line: 9, kind: 'malformed-row',
 *   message: 'expected 12 columns, found 11' }
 * ```
 */
export interface PoliceUkImportError {
  file: string
  line: number
  column?: string | undefined
  kind: PoliceUkImportErrorKind
  message: string
}

/**
 * The aggregate of one or more street-level files (see `PoliceUkAggregate` in the main entry
 * for what each list holds). Every list is sorted, so equal input gives equal JSON. The finer
 * counts are optional in the type (aggregates rebuilt from stored district counts lack them);
 * `result()` returns them all: `Required<PoliceUkAggregate>`.
 *
 * @example
 * ```ts
 * const empty: PoliceUkAggregate = { rows: 0, months: [], counts: [], outsideArea: [],
 *   noLocation: [], gaps: [], errors: [], forceCounts: [], lsoaCounts: [], gridCounts: [],
 *   placement: { ownCode: 0, pointInPolygon: 0, noArea: 0 } }
 * ```
 */
export interface PoliceUkAggregate {
  rows: number
  months: string[]
  counts: PoliceUkCount[]
  outsideArea: PoliceUkOutsideAreaCount[]
  noLocation: PoliceUkNoLocationCount[]
  gaps: PoliceUkGap[]
  errors: PoliceUkImportError[]
  // Optional so that aggregates built elsewhere (from stored counts) still fit; an aggregator's
  // `result()` always has them.
  forceCounts?: PoliceUkForceCount[] | undefined
  lsoaCounts?: PoliceUkLsoaCount[] | undefined
  gridCounts?: PoliceUkGridCount[] | undefined
  placement?: PoliceUkPlacement | undefined
}
