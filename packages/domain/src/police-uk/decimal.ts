const powers = Array.from({ length: 23 }, (_, n) => 10 ** n)

/**
 * Reads a decimal number such as `-1.380324` written in ASCII at `src[start, end)`, or `NaN`
 * when it is anything else. Allocates nothing, and gives the same double as `Number(text)` for
 * up to 15 significant digits (an exact integer divided by an exact power of ten).
 *
 * @example
 * ```ts
 * decimalAt(utf8Bytes('x,-1.380324,y'), 2, 11) //=> -1.380324
 * decimalAt(utf8Bytes('1e5'), 0, 3) //=> NaN
 * ```
 */
export function decimalAt(src: Uint8Array, start: number, end: number): number {
  let i = start
  const negative = src[i] === 45
  if (negative || src[i] === 43) i++
  let mantissa = 0
  let digits = 0
  let decimals = -1
  for (; i < end; i++) {
    const c = src[i] as number
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48)
      digits++
      if (decimals >= 0) decimals++
    } else if (c === 46 && decimals < 0) decimals = 0
    else return NaN
  }
  if (digits === 0 || digits > 15 || decimals > 22) return NaN
  const value = decimals > 0 ? mantissa / (powers[decimals] as number) : mantissa
  return negative ? -value : value
}
