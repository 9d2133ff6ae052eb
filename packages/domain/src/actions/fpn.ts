import { addDays } from 'date-fns/addDays'
import { z } from 'zod'
import { toIsoDate } from '../_lib/iso-date.ts'
import { parseDateArgument } from '../_lib/iso-date.ts'

/**
 * Maximum fixed penalty amounts in pounds, by what was breached. This is configuration, not law
 * baked in: the current £100 cap is [M] (PSPO-07, CPN-06) and the Crime and Policing Bill would
 * raise both to £500 (PSPO-09, PENDING). When that is in force, pass
 * {@link crimeAndPolicingBillFpnCaps} (or your own figures) instead of the default.
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
 * The caps in force in the sources seen (about Feb 2026): £100 for PSPO and CPN breaches.
 *
 * @example
 * ```ts
 * currentFpnCaps.pspoGbp //=> 100
 * ```
 */
export const currentFpnCaps: Readonly<FpnCaps> = Object.freeze({ pspoGbp: 100, cpnGbp: 100 })

/**
 * The PENDING caps in the Crime and Policing Bill cl. 4 (PSPO-09): £500. Not in force in the
 * sources seen; use only once commenced.
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

/**
 * Problems with an FPN's amounts: above the cap (PSPO-07), not positive, or an early-payment
 * amount that is not lower than the full amount. A lower amount for early payment must be paid
 * within a period of less than 14 days (s52(8) for CPN breaches, s68(8) for PSPO breaches;
 * statutory-rules.md §8.4), so `earlyPaymentGbp` needs `earlyPaymentDays` from 1 to 13. An empty
 * list means the amounts are lawful under the caps given.
 *
 * @example
 * ```ts
 * checkFpnAmount({ breach: 'pspo', amountGbp: 100, earlyPaymentGbp: 75, earlyPaymentDays: 10 }) //=> []
 * checkFpnAmount({ breach: 'pspo', amountGbp: 100, earlyPaymentGbp: 75, earlyPaymentDays: 14 })
 * //=> ['earlyPaymentDays 14 must be less than 14: …']
 * checkFpnAmount({ breach: 'cpn', amountGbp: 150 })
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
  caps: Partial<FpnCaps> = currentFpnCaps
): string[] {
  const cap = fpnCap(fpn.breach, caps)
  const label = fpn.breach.toUpperCase()
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
