import {
  checkDecimalPlaces,
  decimalOf,
  decimalToNumber,
  decimalToString,
  rescale,
  roundRatioScaled,
  type ScaledDecimal,
} from './decimal.ts'

/**
 * A rate kept exact: `volume` per `population` residents aged 16+. Shown per 1,000, but never
 * compared or rounded through a floating-point quotient.
 *
 * @example
 * ```ts
 * const sd: ExactRate = { volume: 1695, population: 86949 }
 * ```
 */
export interface ExactRate {
  readonly volume: number
  readonly population: number
}

/**
 * Makes an exact rate, checking that `volume` is a whole number ≥ 0 and `population` a whole
 * number > 0 (a RangeError names the bad value otherwise).
 *
 * @example
 * ```ts
 * rateOf(1695, 86949) //=> { volume: 1695, population: 86949 }
 * rateOf(-1, 100) // throws RangeError: volume must be a whole number ≥ 0, got -1
 * ```
 */
export function rateOf(volume: number, population: number): ExactRate {
  if (!Number.isSafeInteger(volume) || volume < 0) {
    throw new RangeError(`volume must be a whole number ≥ 0, got ${String(volume)}`)
  }
  if (!Number.isSafeInteger(population) || population <= 0) {
    throw new RangeError(`population must be a whole number > 0, got ${String(population)}`)
  }
  return Object.freeze({ volume, population })
}

/**
 * Compares two exact rates by integer cross-multiplication: -1 when `a` is lower, 0 when the
 * rates are exactly equal, 1 when `a` is higher.
 *
 * @example
 * ```ts
 * // Both print as 16.5 per 1,000, but North East Derbyshire's is lower.
 * compareRates(rateOf(1404, 85273), rateOf(1434, 86949)) //=> -1
 * compareRates(rateOf(1, 2), rateOf(2, 4)) //=> 0
 * ```
 */
export function compareRates(a: ExactRate, b: ExactRate): -1 | 0 | 1 {
  const left = BigInt(a.volume) * BigInt(b.population)
  const right = BigInt(b.volume) * BigInt(a.population)
  return left < right ? -1 : left > right ? 1 : 0
}

/**
 * The rate per 1,000 as an (inexact) double, for charts and sorting by eye. Use
 * {@link compareRates} to compare and {@link formatRate} to show.
 *
 * @example
 * ```ts
 * ratePer1000(rateOf(1, 8)) //=> 125
 * ```
 */
export function ratePer1000(rate: ExactRate): number {
  return (rate.volume * 1000) / rate.population
}

function roundedRate(rate: ExactRate, dp: number): ScaledDecimal {
  return roundRatioScaled(BigInt(rate.volume) * 1000n, BigInt(rate.population), dp)
}

/**
 * The rate per 1,000 rounded to `dp` decimal places (default 1), halves away from zero,
 * computed exactly from the integers (volume × 10,000 ÷ population for 1 d.p.).
 *
 * @example
 * ```ts
 * roundRate(rateOf(1695, 86949)) //=> 19.5
 * roundRate(rateOf(1, 20000)) //=> 0.1 (0.05 rounds away from zero)
 * ```
 */
export function roundRate(rate: ExactRate, dp = 1): number {
  return decimalToNumber(roundedRate(rate, dp))
}

/**
 * Shows a rate per 1,000 with exactly `dp` decimals (default 1), half away from zero. Takes an
 * exact rate or an already computed number (rounded as the decimal it prints as).
 *
 * @example
 * ```ts
 * formatRate(rateOf(1695, 86949)) //=> '19.5'
 * formatRate(rateOf(0, 86949)) //=> '0.0'
 * formatRate(35) //=> '35.0'
 * ```
 */
export function formatRate(rate: ExactRate | number, dp = 1): string {
  if (typeof rate === 'number') {
    checkDecimalPlaces(dp)
    return decimalToString(rescale(decimalOf(rate), dp))
  }
  return decimalToString(roundedRate(rate, dp))
}

/**
 * Rounds a number to `dp` decimal places (default 1), halves away from zero, treating the
 * number as the decimal it prints as: `0.15` → `0.2` and `-0.15` → `-0.2`, where
 * `Math.round(0.15 * 10) / 10` gives `0.1` and `Math.round(-0.15 * 10) / 10` gives `-0.1`.
 *
 * @example
 * ```ts
 * roundHalfAwayFromZero(2.45) //=> 2.5
 * roundHalfAwayFromZero(-2.45) //=> -2.5
 * roundHalfAwayFromZero(1.005, 2) //=> 1.01
 * ```
 */
export function roundHalfAwayFromZero(value: number, dp = 1): number {
  checkDecimalPlaces(dp)
  return decimalToNumber(rescale(decimalOf(value), dp))
}
