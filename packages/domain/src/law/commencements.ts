import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'

const unconfirmed = (what: string) =>
  IsoDate.nullable()
    .default(null)
    .meta({ description: `${what}: the day it came into force, or null (off, the default).` })

/**
 * The days the Crime and Policing Act 2026 provisions came into force, as configuration. The
 * Act is reported to have received Royal Assent on 29 April 2026 (Home Office circular
 * 004/2026), and the Commencement No. 1 Regulations 2026 brought a first wave into force on
 * 29 June 2026, including anti-social behaviour provisions; which of the provisions below are in
 * force could not be confirmed here (docs/rules.md#crime-and-policing-act-2026). So each is
 * **off by default** (null, confidence UNCONFIRMED): set its date once checked on
 * legislation.gov.uk, and the functions that take an "as at" date apply it from that day.
 *
 * - `lpbThresholdReview`: the local policing body (PCC) may review a "threshold not met"
 *   decision on the applicant's request (ASB-E5).
 * - `respectOrders`: Respect orders for adults (in place of Part 1 injunctions for them).
 * - `fpnMaximum500`: the fixed penalty maximum for PSPO and CPN breaches rises from £100 to
 *   £500 (PSPO-09).
 *
 * @example
 * ```ts
 * Commencements.parse({}) //=> { lpbThresholdReview: null, respectOrders: null, fpnMaximum500: null }
 * Commencements.parse({ fpnMaximum500: '2026-06-29' }).fpnMaximum500 //=> '2026-06-29'
 * ```
 */
export const Commencements = z
  .object({
    lpbThresholdReview: unconfirmed('Local policing body review of "threshold not met" decisions'),
    respectOrders: unconfirmed('Respect orders'),
    fpnMaximum500: unconfirmed('The £500 fixed penalty maximum'),
  })
  .meta({ id: 'Commencements' })
export type Commencements = z.infer<typeof Commencements>
/**
 * The input form of {@link Commencements}: every date may be left out (off).
 *
 * @example
 * ```ts
 * const input: CommencementsInput = { respectOrders: '2026-06-29' }
 * ```
 */
export type CommencementsInput = z.input<typeof Commencements>

/**
 * The documented default: every unconfirmed provision off.
 *
 * @example
 * ```ts
 * defaultCommencements.fpnMaximum500 //=> null
 * ```
 */
export const defaultCommencements: Readonly<Commencements> = Object.freeze(Commencements.parse({}))
