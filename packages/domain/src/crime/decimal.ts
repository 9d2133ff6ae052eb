/**
 * Exact decimal arithmetic on integers (bigint), so that rounding a rate or a percentage can
 * never suffer binary floating-point error (0.15 is 0.1499999… as a double). Internal to the
 * crime folder: the public names live in rate.ts and trend.ts.
 */

/** A decimal number as `digits / 10^scale`, exactly. */
export interface ScaledDecimal {
  readonly digits: bigint
  readonly scale: number
}

/**
 * Checks a decimal-places argument: an integer from 0 to 15 (beyond 15 a double cannot carry
 * the digits anyway).
 *
 * @example
 * ```ts
 * checkDecimalPlaces(1) //=> 1
 * ```
 */
export function checkDecimalPlaces(dp: number): number {
  if (!Number.isInteger(dp) || dp < 0 || dp > 15) {
    throw new RangeError(`dp must be an integer from 0 to 15, got ${String(dp)}`)
  }
  return dp
}

/**
 * Rounds `numerator / denominator` to an integer, halves away from zero, exactly.
 *
 * @example
 * ```ts
 * roundQuotient(5n, 2n) //=> 3n
 * roundQuotient(-5n, 2n) //=> -3n
 * ```
 */
export function roundQuotient(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('cannot divide by zero')
  const sign = numerator < 0n !== denominator < 0n ? -1n : 1n
  const n = numerator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const q = n / d
  const r = n % d
  // Half away from zero: a remainder of exactly half the divisor rounds up in magnitude.
  return sign * (2n * r >= d ? q + 1n : q)
}

/**
 * Rounds `numerator / denominator` to `dp` decimal places, halves away from zero, as a scaled
 * decimal.
 *
 * @example
 * ```ts
 * roundRatioScaled(1695n * 1000n, 86949n, 1) //=> { digits: 195n, scale: 1 }
 * ```
 */
export function roundRatioScaled(
  numerator: bigint,
  denominator: bigint,
  dp: number
): ScaledDecimal {
  checkDecimalPlaces(dp)
  return { digits: roundQuotient(numerator * 10n ** BigInt(dp), denominator), scale: dp }
}

/**
 * The exact decimal a finite double prints as (its shortest round-trip form), so `0.15` is
 * 15/100 and not the binary value just below it.
 *
 * @example
 * ```ts
 * decimalOf(-6.9) //=> { digits: -69n, scale: 1 }
 * decimalOf(1e-7) //=> { digits: 1n, scale: 7 }
 * ```
 */
export function decimalOf(value: number): ScaledDecimal {
  if (!Number.isFinite(value)) throw new RangeError(`expected a finite number, got ${value}`)
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value))
  if (!match) throw new RangeError(`cannot read ${value} as a decimal`)
  const [, sign = '', whole = '0', fraction = '', exponentText = '0'] = match
  const exponent = Number(exponentText)
  let digits = BigInt(`${sign}${whole}${fraction}`)
  let scale = fraction.length - exponent
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale)
    scale = 0
  }
  return { digits, scale }
}

/**
 * Rescales a decimal to `scale` places (rounding half away from zero when shortening).
 *
 * @example
 * ```ts
 * rescale({ digits: 1949n, scale: 3 }, 1) //=> { digits: 19n, scale: 1 }
 * ```
 */
export function rescale(value: ScaledDecimal, scale: number): ScaledDecimal {
  if (scale >= value.scale) {
    return { digits: value.digits * 10n ** BigInt(scale - value.scale), scale }
  }
  return { digits: roundQuotient(value.digits, 10n ** BigInt(value.scale - scale)), scale }
}

/**
 * The nearest double to a scaled decimal. Exact for up to 15 significant digits because
 * IEEE division is correctly rounded and both operands are exact.
 *
 * @example
 * ```ts
 * decimalToNumber({ digits: 195n, scale: 1 }) //=> 19.5
 * ```
 */
export function decimalToNumber(value: ScaledDecimal): number {
  if (value.digits === 0n) return 0 // never -0
  return Number(value.digits) / 10 ** value.scale
}

/**
 * Formats a scaled decimal with exactly `scale` decimal places and no grouping.
 *
 * @example
 * ```ts
 * decimalToString({ digits: -5n, scale: 1 }) //=> '-0.5'
 * decimalToString({ digits: 0n, scale: 1 }) //=> '0.0'
 * ```
 */
export function decimalToString(value: ScaledDecimal): string {
  const negative = value.digits < 0n
  const text = (negative ? -value.digits : value.digits).toString().padStart(value.scale + 1, '0')
  const whole = text.slice(0, text.length - value.scale)
  const fraction = text.slice(text.length - value.scale)
  return `${negative ? '-' : ''}${whole}${value.scale > 0 ? `.${fraction}` : ''}`
}

/**
 * `|a - b|` as an exact decimal.
 *
 * @example
 * ```ts
 * decimalToString(absoluteDifference(4.4, 3.9)) //=> '0.5' (as doubles, 0.5000000000000004)
 * ```
 */
export function absoluteDifference(a: number, b: number): ScaledDecimal {
  const x = decimalOf(a)
  const y = decimalOf(b)
  const scale = Math.max(x.scale, y.scale)
  const diff = rescale(x, scale).digits - rescale(y, scale).digits
  return { digits: diff < 0n ? -diff : diff, scale }
}

/**
 * Compares two decimals exactly: -1, 0 or 1.
 *
 * @example
 * ```ts
 * compareDecimals(decimalOf(0.5), decimalOf(0.50)) //=> 0
 * ```
 */
export function compareDecimals(a: ScaledDecimal, b: ScaledDecimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale)
  const x = rescale(a, scale).digits
  const y = rescale(b, scale).digits
  return x < y ? -1 : x > y ? 1 : 0
}
