import { z } from 'zod'
import { MeasureId } from '../crime/measures.ts'
import { GssCode } from '../geography/index.ts'
import { PoliceUkCrimeType } from './crime-types.ts'
import { PoliceUkGap } from './gaps.ts'
import { PoliceUkMonth } from './month.ts'
import type * as Plain from './types.ts'

const Count = z.number().int().positive()

/**
 * Rows of one crime type in one district (from the LSOA name) in one month. `areaCode` is the
 * partnership area's GSS code, or `null` for a district outside the partnership.
 *
 * @example
 * ```ts
 * PoliceUkCount.parse({ month: '2024-12', district: 'Erewash', areaCode: 'E07000036',
 *   crimeType: 'Burglary', measure: 'police-uk.burglary', count: 2 })
 * ```
 */
export const PoliceUkCount = z
  .object({
    month: PoliceUkMonth,
    district: z.string().min(1),
    areaCode: GssCode.nullable(),
    crimeType: PoliceUkCrimeType,
    measure: MeasureId,
    count: Count,
  })
  .meta({ id: 'PoliceUkCount' })
export type PoliceUkCount = z.infer<typeof PoliceUkCount>

/**
 * Rows located in a district outside the partnership's areas (also in `counts`, with
 * `areaCode: null`).
 *
 * @example
 * ```ts
 * PoliceUkOutsideAreaCount.parse({ month: '2024-12', district: 'Lancaster',
 *   crimeType: 'Drugs', count: 3 })
 * ```
 */
export const PoliceUkOutsideAreaCount = z
  .object({
    month: PoliceUkMonth,
    district: z.string().min(1),
    crimeType: PoliceUkCrimeType,
    count: Count,
  })
  .meta({ id: 'PoliceUkOutsideAreaCount' })
export type PoliceUkOutsideAreaCount = z.infer<typeof PoliceUkOutsideAreaCount>

/**
 * Rows with no location (blank LSOA), which cannot be given a district.
 *
 * @example
 * ```ts
 * PoliceUkNoLocationCount.parse({ month: '2023-01', crimeType: 'Other theft', count: 9 })
 * ```
 */
export const PoliceUkNoLocationCount = z
  .object({ month: PoliceUkMonth, crimeType: PoliceUkCrimeType, count: Count })
  .meta({ id: 'PoliceUkNoLocationCount' })
export type PoliceUkNoLocationCount = z.infer<typeof PoliceUkNoLocationCount>

/**
 * What went wrong in an input file: no header, a wrong header (the file is skipped), a malformed
 * row (skipped), an unknown crime type (one entry per value, its rows skipped), or a note that
 * further problems were not listed.
 *
 * @example
 * ```ts
 * PoliceUkImportErrorKind.parse('malformed-row') //=> 'malformed-row'
 * ```
 */
export const PoliceUkImportErrorKind = z
  .enum(['no-header', 'bad-header', 'malformed-row', 'unknown-crime-type', 'too-many-errors'])
  .meta({ id: 'PoliceUkImportErrorKind' })
export type PoliceUkImportErrorKind = z.infer<typeof PoliceUkImportErrorKind>

/**
 * A problem in a file, at the 1-based physical line where the record starts; `column` names
 * the field to blame when there is one.
 *
 * @example
 * ```ts
 * PoliceUkImportError.parse({ file: '2024-12-derbyshire-street.csv', line: 7, column: 'Month',
 *   kind: 'malformed-row', message: 'Month "2024-13" is not a month in the form YYYY-MM' })
 * ```
 */
export const PoliceUkImportError = z
  .object({
    file: z.string(),
    line: z.number().int().positive(),
    column: z.string().optional(),
    kind: PoliceUkImportErrorKind,
    message: z.string().min(1),
  })
  .meta({ id: 'PoliceUkImportError' })
export type PoliceUkImportError = z.infer<typeof PoliceUkImportError>

/**
 * Rows of one crime type reported by one force in one month, located or not (the rows an
 * import of that force's file for that month replaces).
 *
 * @example
 * ```ts
 * PoliceUkForceCount.parse({ month: '2024-12', force: 'Derbyshire Constabulary',
 *   crimeType: 'Drugs', count: 140 })
 * ```
 */
export const PoliceUkForceCount = z
  .object({
    month: PoliceUkMonth,
    force: z.string(),
    crimeType: PoliceUkCrimeType,
    count: Count,
  })
  .meta({ id: 'PoliceUkForceCount' })
export type PoliceUkForceCount = z.infer<typeof PoliceUkForceCount>

/**
 * Located rows of one crime type, reported by one force in one month, in one LSOA of one
 * district. `lsoa` is the 2021 LSOA code, or `null` for "no area" (a district but no LSOA: no
 * code, or with a geography a point in no bundled LSOA). Without a geography, `lsoa` is the
 * row's own code and `district` comes from the LSOA name, as in `counts`; with one, a row in a
 * bundled LSOA takes that LSOA's district, so an LSOA's rows always add up to its district.
 *
 * @example
 * ```ts
 * PoliceUkLsoaCount.parse({ month: '2024-12', force: 'Derbyshire Constabulary',
 *   district: 'South Derbyshire', areaCode: 'E07000039', lsoa: 'E01019837',
 *   crimeType: 'Burglary', count: 2 })
 * ```
 */
export const PoliceUkLsoaCount = z
  .object({
    month: PoliceUkMonth,
    force: z.string(),
    district: z.string().min(1),
    areaCode: GssCode.nullable(),
    lsoa: z.string().min(1).nullable(),
    crimeType: PoliceUkCrimeType,
    count: Count,
  })
  .meta({ id: 'PoliceUkLsoaCount' })
export type PoliceUkLsoaCount = z.infer<typeof PoliceUkLsoaCount>

/**
 * Rows of one crime type, reported by one force in one month, placed in one of the
 * partnership's LSOAs and in one grid cell (named by the geography's `cellOf`).
 *
 * @example
 * ```ts
 * PoliceUkGridCount.parse({ month: '2024-12', force: 'Derbyshire Constabulary',
 *   lsoa: 'E01019837', cell: '430250,323000', crimeType: 'Burglary', count: 1 })
 * ```
 */
export const PoliceUkGridCount = z
  .object({
    month: PoliceUkMonth,
    force: z.string(),
    lsoa: z.string().min(1),
    cell: z.string().min(1),
    crimeType: PoliceUkCrimeType,
    count: Count,
  })
  .meta({ id: 'PoliceUkGridCount' })
export type PoliceUkGridCount = z.infer<typeof PoliceUkGridCount>

/**
 * How the located rows got their LSOA: by their own 2021 code, by point in polygon, or not at
 * all ("no area"); the three add up to the rows in `counts`.
 *
 * @example
 * ```ts
 * PoliceUkPlacement.parse({ ownCode: 9310, pointInPolygon: 41, noArea: 93 })
 * ```
 */
export const PoliceUkPlacement = z
  .object({
    ownCode: z.number().int().nonnegative(),
    pointInPolygon: z.number().int().nonnegative(),
    noArea: z.number().int().nonnegative(),
  })
  .meta({ id: 'PoliceUkPlacement' })
export type PoliceUkPlacement = z.infer<typeof PoliceUkPlacement>

/**
 * The aggregate of one or more street-level files. `rows` counts data rows read (bad ones
 * included; `errors` says which were skipped); `months` lists months with counted rows. Every
 * list is sorted (month, then force, district, LSOA or cell as it has them, then crime type),
 * so equal input gives equal JSON.
 *
 * @example
 * ```ts
 * PoliceUkAggregate.parse({ rows: 0, months: [], counts: [], outsideArea: [], noLocation: [],
 *   gaps: [], errors: [], forceCounts: [], lsoaCounts: [], gridCounts: [],
 *   placement: { ownCode: 0, pointInPolygon: 0, noArea: 0 } })
 * ```
 */
export const PoliceUkAggregate = z
  .object({
    rows: z.number().int().nonnegative(),
    months: z.array(PoliceUkMonth),
    counts: z.array(PoliceUkCount),
    outsideArea: z.array(PoliceUkOutsideAreaCount),
    noLocation: z.array(PoliceUkNoLocationCount),
    gaps: z.array(PoliceUkGap),
    errors: z.array(PoliceUkImportError),
    // Optional: aggregates rebuilt from stored district counts lack them; result() has them.
    forceCounts: z.array(PoliceUkForceCount).optional(),
    lsoaCounts: z.array(PoliceUkLsoaCount).optional(),
    gridCounts: z.array(PoliceUkGridCount).optional(),
    placement: PoliceUkPlacement.optional(),
  })
  .meta({ id: 'PoliceUkAggregate' })
export type PoliceUkAggregate = z.infer<typeof PoliceUkAggregate>

// The schemas above describe exactly the plain types of types.ts (the zod-free entry's).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Expect<T extends true> = T
type _PlainTypesMatch = [
  Expect<Same<PoliceUkCount, Plain.PoliceUkCount>>,
  Expect<Same<PoliceUkOutsideAreaCount, Plain.PoliceUkOutsideAreaCount>>,
  Expect<Same<PoliceUkNoLocationCount, Plain.PoliceUkNoLocationCount>>,
  Expect<Same<PoliceUkForceCount, Plain.PoliceUkForceCount>>,
  Expect<Same<PoliceUkLsoaCount, Plain.PoliceUkLsoaCount>>,
  Expect<Same<PoliceUkGridCount, Plain.PoliceUkGridCount>>,
  Expect<Same<PoliceUkPlacement, Plain.PoliceUkPlacement>>,
  Expect<Same<PoliceUkImportError, Plain.PoliceUkImportError>>,
  Expect<Same<PoliceUkImportErrorKind, Plain.PoliceUkImportErrorKind>>,
  Expect<Same<PoliceUkGap, Plain.PoliceUkGap>>,
  Expect<Same<PoliceUkAggregate, Plain.PoliceUkAggregate>>,
]
