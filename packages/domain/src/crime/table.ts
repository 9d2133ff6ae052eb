import { z } from 'zod'
import { GssCode } from '../geography/index.ts'
import { Source } from '../source/index.ts'
import { MeasureId } from './measures.ts'

/**
 * One area's line in a crime table: volume, rate per 1,000 residents aged 16+ as printed
 * (1 d.p.), and the percentage change on the previous period as printed (`null` when unknown).
 *
 * @example
 * ```ts
 * CrimeTableRow.parse({ areaCode: 'E07000039', volume: 1695, rate: 19.5, trend: -6.9 })
 * ```
 */
export const CrimeTableRow = z
  .object({
    areaCode: GssCode,
    volume: z.number().int(),
    rate: z.number().nullable(),
    trend: z.number().nullable(),
  })
  .meta({ id: 'CrimeTableRow' })
export type CrimeTableRow = z.infer<typeof CrimeTableRow>

/**
 * Whether a table's period is fully covered by its data. An incomplete table must not be read
 * as a fall: its trend is left out and `notes` say what is missing.
 *
 * @example
 * ```ts
 * CrimeTableCompleteness.parse({ complete: false, notes: ['No rows for 2024-03.'] })
 * ```
 */
export const CrimeTableCompleteness = z
  .object({ complete: z.boolean(), notes: z.array(z.string()) })
  .meta({ id: 'CrimeTableCompleteness' })
export type CrimeTableCompleteness = z.infer<typeof CrimeTableCompleteness>

/**
 * A comparison table of areas for one measure and one period, with its source.
 *
 * `period` names the period (`'2023'` for a calendar year, `'2024-25'` for a financial year);
 * `from` and `to` give its first and last day.
 *
 * @example
 * ```ts
 * CrimeTable.parse({ measure: 'anti-social-behaviour', period: '2023', from: '2023-01-01',
 *   to: '2023-12-31', source: { publisher: 'Derbyshire Constabulary', title: '…' }, rows: [] })
 * ```
 */
export const CrimeTable = z
  .object({
    measure: MeasureId,
    period: z.string().min(1),
    from: z.iso.date(),
    to: z.iso.date(),
    source: Source,
    rows: z.array(CrimeTableRow),
    /** Set for tables built from imported data; published tables are taken as complete. */
    completeness: CrimeTableCompleteness.optional(),
  })
  .meta({ id: 'CrimeTable' })
export type CrimeTable = z.infer<typeof CrimeTable>
