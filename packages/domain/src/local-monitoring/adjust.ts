import { z } from 'zod'

/**
 * How p values are adjusted across a table of tests.
 *
 * - `benjamini-hochberg` (the default) controls the false discovery rate: of the rows flagged,
 *   about 5% at most are expected to be chance. That suits a monthly scan of several hundred
 *   area × crime type rows, where each flag is looked into and explained, and it keeps real
 *   changes in small areas visible. Valid for independent tests and for the positive
 *   dependence of nested areas (a ward and its LSOAs rise together).
 * - `holm` controls the family-wise error rate: the chance of even one false flag in the whole
 *   table is at most 5%, under any dependence. Stricter: with 870 tests the top row needs
 *   p < 0.05 / 870. Use it when a single false alarm is costly.
 *
 * @example
 * ```ts
 * PAdjustment.parse('holm') //=> 'holm'
 * ```
 */
export const PAdjustment = z
  .enum(['benjamini-hochberg', 'holm'])
  .meta({ id: 'PAdjustment', description: 'Adjustment of p values across a table' })
export type PAdjustment = z.infer<typeof PAdjustment>

/**
 * Adjusts p values for the number of tests. `null` entries are not tests (a row with too few
 * counts to flag, or no data) and stay `null`; the others form the family, in any order. An
 * adjusted p is never below its unadjusted p and never above 1, so adjusting never flags more.
 *
 * Benjamini–Hochberg: for the i-th smallest of m, min over j ≥ i of (m / j) p₍ⱼ₎. Holm: max over
 * j ≤ i of (m − j + 1) p₍ⱼ₎. Both as R's `p.adjust`.
 *
 * @example
 * ```ts
 * adjustPValues([0.01, 0.04, null, 0.03]) //=> [0.03, 0.04, null, 0.04]
 * adjustPValues([0.01, 0.04, null, 0.03], 'holm') //=> [0.03, 0.06, null, 0.06]
 * ```
 */
export function adjustPValues(
  pValues: readonly (number | null)[],
  method: PAdjustment = 'benjamini-hochberg'
): (number | null)[] {
  if (!PAdjustment.safeParse(method).success) {
    throw new RangeError(`method must be one of ${PAdjustment.options.join(', ')}, got ${method}`)
  }
  const family: { index: number; p: number }[] = []
  pValues.forEach((p, index) => {
    if (p === null) return
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
      throw new RangeError(`pValues[${index}] must be between 0 and 1, got ${String(p)}`)
    }
    family.push({ index, p })
  })
  family.sort((a, b) => a.p - b.p || a.index - b.index)
  const m = family.length
  const adjusted: (number | null)[] = pValues.map(() => null)
  if (method === 'holm') {
    let running = 0
    family.forEach(({ index, p }, i) => {
      running = Math.max(running, Math.min(1, (m - i) * p))
      adjusted[index] = running
    })
  } else {
    let running = 1
    for (let i = m - 1; i >= 0; i--) {
      const { index, p } = family[i] as { index: number; p: number }
      running = Math.min(running, (m / (i + 1)) * p)
      adjusted[index] = Math.max(p, running)
    }
  }
  return adjusted
}
