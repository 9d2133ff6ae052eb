import { addDays } from 'date-fns/addDays'
import { z } from 'zod'
import { toIsoDate } from '../_lib/iso-date.ts'
import { parseDateArgument } from '../_lib/iso-date.ts'
import { type AsAtOptions, inForceOn, resolveAsAt } from '../law/in-force.ts'
import { findLawRule } from '../law/rules.ts'

/**
 * Maximum fixed penalty amounts in pounds, by what was breached. The £100 cap is [M] (PSPO-07,
 * CPN-06); the Crime and Policing Act 2026 raises both to £500 (PSPO-09) from a commencement
 * that could not be confirmed, so {@link fpnCapsOn} applies it only from the date configured in
 * `Commencements.fpnMaximum500`. Pass your own figures as `caps` to override both.
 *
 * @example
 * ```ts
 * FpnCaps.parse({}) //=> { pspoGbp: 100, cpnGbp: 100 }
 * ```
 */
export const FpnCaps = z
  .object({
    pspoGbp: z.number().positive().default(100),
    cpnGbp: z.number().positive().default(100),
  })
  .meta({ id: 'FpnCaps' })
export type FpnCaps = z.infer<typeof FpnCaps>

/**
 * The £100 caps for PSPO and CPN breaches (s68, s52), in force from 20 October 2014.
 *
 * @example
 * ```ts
 * currentFpnCaps.pspoGbp //=> 100
 * ```
 */
export const currentFpnCaps: Readonly<FpnCaps> = Object.freeze({ pspoGbp: 100, cpnGbp: 100 })

/**
 * The £500 caps of the Crime and Policing Act 2026 (Bill cl. 4, PSPO-09). Commencement
 * unconfirmed: {@link fpnCapsOn} applies them from `Commencements.fpnMaximum500` once set.
 *
 * @example
 * ```ts
 * fpnCap('cpn', crimeAndPolicingBillFpnCaps) //=> 500
 * ```
 */
export const crimeAndPolicingBillFpnCaps: Readonly<FpnCaps> = Object.freeze({
  pspoGbp: 500,
  cpnGbp: 500,
})

/**
 * What a fixed penalty notice is for: breach of a PSPO (s68) or of a CPN (s52).
 *
 * @example
 * ```ts
 * FpnBreach.parse('pspo') //=> 'pspo'
 * ```
 */
export const FpnBreach = z.enum(['pspo', 'cpn']).meta({ id: 'FpnBreach' })
export type FpnBreach = z.infer<typeof FpnBreach>

/**
 * The maximum FPN for a breach under the given caps (default {@link currentFpnCaps}).
 *
 * @example
 * ```ts
 * fpnCap('pspo') //=> 100
 * fpnCap('pspo', { pspoGbp: 500, cpnGbp: 500 }) //=> 500
 * ```
 */
export function fpnCap(breach: FpnBreach, caps: Partial<FpnCaps> = currentFpnCaps): number {
  const parsed = FpnCaps.parse(caps)
  return FpnBreach.parse(breach) === 'pspo' ? parsed.pspoGbp : parsed.cpnGbp
}

const discountRule = 's52(8), s68(8)'
const part4 = findLawRule('PSPO-07')!.inForce
const fpn500 = findLawRule('PSPO-09')!.inForce

/**
 * The maximum fixed penalties as the law stood on `asAt`: £100 for PSPO and CPN breaches from
 * 20 October 2014 (PSPO-07, CPN-06), £500 from the day set in `commencements.fpnMaximum500`
 * (PSPO-09; off by default because its commencement is unconfirmed).
 *
 * @throws {RangeError} for a day before 20 October 2014, when there was no such fixed penalty.
 * @example
 * ```ts
 * fpnCapsOn('2026-07-01') //=> { pspoGbp: 100, cpnGbp: 100 }
 * fpnCapsOn('2026-07-01', { fpnMaximum500: '2026-06-29' }) //=> { pspoGbp: 500, cpnGbp: 500 }
 * ```
 */
export function fpnCapsOn(asAt: string, commencements: AsAtOptions['commencements'] = {}): FpnCaps {
  const resolved = resolveAsAt({ asAt, commencements })
  if (!inForceOn(part4, resolved.asAt)) {
    throw new RangeError(
      `no fixed penalty for a PSPO or CPN breach existed on ${asAt}: ASBCPA 2014 Part 4 came into force on 20 October 2014`
    )
  }
  const caps = inForceOn(fpn500, resolved.asAt, resolved.commencements)
    ? crimeAndPolicingBillFpnCaps
    : currentFpnCaps
  return { ...caps }
}

/**
 * Options for {@link checkFpnAmount}: the "as at" day and configured commencements (see
 * `AsAtOptions`; default today in England, every unconfirmed provision off), or `caps` to
 * override the maxima the law gives for that day.
 *
 * @example
 * ```ts
 * const options: FpnCheckOptions = { asAt: '2026-07-01', commencements: { fpnMaximum500: null } }
 * ```
 */
export interface FpnCheckOptions extends AsAtOptions {
  caps?: Partial<FpnCaps>
}

/**
 * Problems with an FPN's amounts under the law as it stood on `asAt` (default today): above the
 * cap (PSPO-07, CPN-06; £500 only once `commencements.fpnMaximum500` is set and reached,
 * PSPO-09), not positive, or an early-payment amount that is not lower than the full amount. A
 * lower amount for early payment must be paid within a period of less than 14 days (s52(8) for
 * CPN breaches, s68(8) for PSPO breaches; FPN-01), so `earlyPaymentGbp` needs `earlyPaymentDays`
 * from 1 to 13. An empty list means the amounts are lawful.
 *
 * @example
 * ```ts
 * checkFpnAmount({ breach: 'pspo', amountGbp: 100, earlyPaymentGbp: 75, earlyPaymentDays: 10 }) //=> []
 * checkFpnAmount({ breach: 'pspo', amountGbp: 100, earlyPaymentGbp: 75, earlyPaymentDays: 14 })
 * //=> ['earlyPaymentDays 14 must be less than 14: …']
 * checkFpnAmount({ breach: 'cpn', amountGbp: 150 }, { asAt: '2026-07-01' })
 * //=> ['amountGbp 150 is above the £100 cap for a CPN breach']
 * ```
 */
export function checkFpnAmount(
  fpn: {
    breach: FpnBreach
    amountGbp: number
    earlyPaymentGbp?: number
    earlyPaymentDays?: number
  },
  options: FpnCheckOptions = {}
): string[] {
  const label = fpn.breach.toUpperCase()
  const { asAt, commencements } = resolveAsAt(options)
  if (options.caps === undefined && !inForceOn(part4, asAt)) {
    return [
      `no fixed penalty for a ${label} breach existed on ${asAt}: ASBCPA 2014 Part 4 came into force on 20 October 2014`,
    ]
  }
  const cap = fpnCap(fpn.breach, options.caps ?? fpnCapsOn(asAt, commencements))
  const issues: string[] = []
  if (!(fpn.amountGbp > 0)) issues.push(`amountGbp must be positive, got ${fpn.amountGbp}`)
  else if (fpn.amountGbp > cap) {
    issues.push(`amountGbp ${fpn.amountGbp} is above the £${cap} cap for a ${label} breach`)
  }
  const early = fpn.earlyPaymentGbp
  if (early !== undefined && !(early > 0 && early < fpn.amountGbp)) {
    issues.push(
      `earlyPaymentGbp ${early} must be positive and lower than amountGbp ${fpn.amountGbp}`
    )
  }
  const days = fpn.earlyPaymentDays
  if (days !== undefined) {
    if (Number.isInteger(days) && days >= 14) {
      issues.push(
        `earlyPaymentDays ${days} must be less than 14: a lower amount for early payment must be paid within a period of less than 14 days (${discountRule})`
      )
    } else if (!(Number.isInteger(days) && days >= 1)) {
      issues.push(`earlyPaymentDays ${days} must be a whole number of days from 1 to 13`)
    }
    if (early === undefined) issues.push('earlyPaymentDays is given without earlyPaymentGbp')
  } else if (early !== undefined) {
    issues.push(
      `earlyPaymentGbp ${early} needs earlyPaymentDays: the discount period must be less than 14 days (${discountRule})`
    )
  }
  return issues
}

/**
 * The last day of the 14 days *following* the date of the notice (PSPO-07 [H] for PSPOs,
 * CPN-06 [M] for CPNs): no proceedings before the day after, and no conviction if paid by it.
 * "Following" excludes the date of issue.
 *
 * @example
 * ```ts
 * fpnPaymentPeriodEnd('2025-03-01') //=> '2025-03-15'
 * fpnPaymentPeriodEnd('2024-12-20') //=> '2025-01-03'
 * ```
 */
export function fpnPaymentPeriodEnd(issuedOn: string): string {
  return toIsoDate(addDays(parseDateArgument(issuedOn, 'issuedOn'), 14))
}
