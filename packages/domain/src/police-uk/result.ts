import { z } from 'zod'
import { MeasureId } from '../crime/measures.ts'
import { GssCode } from '../geography/index.ts'
import { PoliceUkCrimeType } from './crime-types.ts'
import { PoliceUkGap } from './gaps.ts'
import { PoliceUkMonth } from './month.ts'

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
 * The aggregate of one or more street-level files. `rows` counts data rows read (bad ones
 * included; `errors` says which were skipped); `months` lists months with counted rows. Every
 * list is sorted (month, then district, then crime type), so equal input gives equal JSON.
 *
 * @example
 * ```ts
 * PoliceUkAggregate.parse({ rows: 0, months: [], counts: [], outsideArea: [], noLocation: [],
 *   gaps: [], errors: [] })
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
  })
  .meta({ id: 'PoliceUkAggregate' })
export type PoliceUkAggregate = z.infer<typeof PoliceUkAggregate>
