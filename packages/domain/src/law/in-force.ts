import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import type { InForce } from '../duties/schema.ts'
import { Commencements, type CommencementsInput } from './commencements.ts'
import { todayInEngland } from '../dates/index.ts'

/**
 * What the "as at" functions take: `asAt`, the day whose law applies (default: today in
 * England), and `commencements`, the configured dates of provisions whose commencement is
 * unconfirmed (default: all off).
 *
 * @example
 * ```ts
 * const options: AsAtOptions = { asAt: '2025-06-01', commencements: { fpnMaximum500: null } }
 * ```
 */
export interface AsAtOptions {
  asAt?: string
  commencements?: CommencementsInput
}

const AsAt = z.object({
  asAt: IsoDate.optional(),
  commencements: Commencements.prefault({}),
})

/**
 * Reads {@link AsAtOptions}, defaulting `asAt` to today in England and every unconfirmed
 * provision to off. Throws a `TypeError` naming the bad field.
 *
 * @example
 * ```ts
 * resolveAsAt({ asAt: '2025-06-01' }).commencements.respectOrders //=> null
 * ```
 */
export function resolveAsAt(options: AsAtOptions = {}): {
  asAt: string
  commencements: Commencements
} {
  const parsed = AsAt.safeParse(options)
  if (!parsed.success)
    throw new TypeError(`Invalid as-at options: ${z.prettifyError(parsed.error)}`)
  return {
    asAt: parsed.data.asAt ?? todayInEngland(),
    commencements: parsed.data.commencements,
  }
}

/**
 * The first day a rule is in force under the configured commencements: its recorded date; the
 * configured date of an unconfirmed provision, or `null` when it is left off; `''` (before every
 * ISO date) for one in force before any date the library handles; `null` for a local rule, which
 * has no commencement.
 *
 * @example
 * ```ts
 * effectiveFrom({ from: null, to: null, commencement: 'unconfirmed', setting: 'fpnMaximum500',
 *   basis: 'x', confidence: 'UNCONFIRMED' }, { fpnMaximum500: '2026-06-29' }) //=> '2026-06-29'
 * ```
 */
export function effectiveFrom(
  inForce: InForce,
  commencements: CommencementsInput = {},
  extra: { dardrEffectiveFrom?: string | null } = {}
): string | null {
  switch (inForce.commencement) {
    case 'recorded':
      return inForce.from
    case 'not-recorded':
      return ''
    case 'local':
      return null
    case 'unconfirmed': {
      if (inForce.setting === 'dardrEffectiveFrom') return extra.dardrEffectiveFrom ?? null
      if (inForce.setting === undefined) return null
      return Commencements.parse(commencements)[inForce.setting]
    }
  }
}

/**
 * Whether a statutory rule was in force on `asAt`: from its commencement (recorded, or set in
 * `commencements` for an unconfirmed one) up to and including `to`. A local rule is never "in
 * force" as law: configuration decides whether it applies.
 *
 * @example
 * ```ts
 * const s17A = { from: '2007-08-01', to: null, commencement: 'recorded', basis: 'x', confidence: 'H' } as const
 * inForceOn(s17A, '2007-07-31') //=> false
 * inForceOn(s17A, '2007-08-01') //=> true
 * ```
 */
export function inForceOn(
  inForce: InForce,
  asAt: string,
  commencements: CommencementsInput = {},
  extra: { dardrEffectiveFrom?: string | null } = {}
): boolean {
  const from = effectiveFrom(inForce, commencements, extra)
  if (from === null || asAt < from) return false
  return inForce.to === null || asAt <= inForce.to
}
