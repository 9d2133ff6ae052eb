import { decimalToNumber, roundRatioScaled } from '../crime/decimal.ts'
import { changeZ, exactConditionalP } from './binomial.ts'

/**
 * The thresholds and defaults of change tables (docs/local-monitoring.md#flags): a flag needs
 * C + B ≥ 10, a percentage needs a baseline of at least 20 a period, and a flag needs an
 * adjusted p below 0.05 (Benjamini–Hochberg unless asked otherwise).
 *
 * @example
 * ```ts
 * localChangeDefaults.minimumTotalForFlag //=> 10
 * ```
 */
export const localChangeDefaults = Object.freeze({
  alpha: 0.05,
  adjustment: 'benjamini-hochberg',
  minimumTotalForFlag: 10,
  minimumBaselineForPercent: 20,
} as const)

/**
 * One count against its baseline. `baseline` is the expected count for a period of the same
 * length: B itself for two equal periods, the mean c̄ = B / k (to 1 d.p.) over k periods.
 * `difference` is `current − baseline` (1 d.p. when k > 1). `percentChange` (1 d.p.) is `null`
 * unless the baseline is at least 20, where a percentage stops being noise.
 *
 * @example
 * ```ts
 * const comparison: CountComparison = { current: 62, baseline: 40, baselineTotal: 40,
 *   baselinePeriods: 1, difference: 22, percentChange: 55, z: 2.19, p: 0.037 }
 * ```
 */
export interface CountComparison {
  current: number
  baseline: number
  baselineTotal: number
  baselinePeriods: number
  difference: number
  percentChange: number | null
  z: number
  p: number
}

const oneDecimal = (numerator: bigint, denominator: bigint) =>
  decimalToNumber(roundRatioScaled(numerator, denominator, 1))

/**
 * Compares a count C with the total B of k baseline periods, each as long as the current one:
 * the square-root Z and the exact conditional p (see {@link changeZ} and
 * {@link exactConditionalP}), the expected count, the difference and, where the baseline is at
 * least 20, the percentage change. Rounding is exact, half away from zero.
 *
 * @example
 * ```ts
 * compareCounts(62, 40)
 * //=> { current: 62, baseline: 40, baselineTotal: 40, baselinePeriods: 1, difference: 22,
 * //     percentChange: 55, z: 2.1912…, p: 0.0370… }
 * compareCounts(30, 61, 3).baseline //=> 20.3 (61 over three years)
 * compareCounts(8, 12).percentChange //=> null (a baseline under 20)
 * ```
 */
export function compareCounts(
  current: number,
  baselineTotal: number,
  periods = 1
): CountComparison {
  const p = exactConditionalP(current, baselineTotal, periods)
  const z = changeZ(current, baselineTotal, periods)
  const k = BigInt(periods)
  const excess = BigInt(current) * k - BigInt(baselineTotal)
  const minimum = localChangeDefaults.minimumBaselineForPercent * periods
  return {
    current,
    baseline: periods === 1 ? baselineTotal : oneDecimal(BigInt(baselineTotal), k),
    baselineTotal,
    baselinePeriods: periods,
    difference: periods === 1 ? current - baselineTotal : oneDecimal(excess, k),
    percentChange:
      baselineTotal >= minimum ? oneDecimal(excess * 100n, BigInt(baselineTotal)) : null,
    z,
    p,
  }
}
