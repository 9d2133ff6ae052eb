import { utf8Bytes } from './utf8.ts'

/**
 * A police.uk month, `YYYY-MM`, as a pattern (zod-free: `PoliceUkMonth` is the schema).
 *
 * @example
 * ```ts
 * policeUkMonthPattern.test('2024-12') //=> true
 * ```
 */
export const policeUkMonthPattern = /^\d{4}-(0[1-9]|1[0-2])$/

const digit = (code: number): number => (code >= 48 && code <= 57 ? code - 48 : -100_000)

/**
 * Reads a `YYYY-MM` month written in UTF-8 at `src[start, end)` as a number of months since
 * year 0 (`year * 12 + month - 1`), or -1 when it is not a valid month. Nothing is allocated.
 *
 * @example
 * ```ts
 * monthKeyAt(utf8Bytes('2024-12'), 0, 7) //=> 24299
 * monthKeyAt(utf8Bytes('2024-1'), 0, 6) //=> -1
 * ```
 */
export function monthKeyAt(src: Uint8Array, start: number, end: number): number {
  if (end - start !== 7 || src[start + 4] !== 45) return -1
  const year =
    digit(src[start] as number) * 1000 +
    digit(src[start + 1] as number) * 100 +
    digit(src[start + 2] as number) * 10 +
    digit(src[start + 3] as number)
  const month = digit(src[start + 5] as number) * 10 + digit(src[start + 6] as number)
  if (year < 0 || month < 1 || month > 12) return -1
  return year * 12 + month - 1
}

/**
 * {@link monthKeyAt} for a whole string.
 *
 * @example
 * ```ts
 * monthKeyOf('2024-12') //=> 24299
 * ```
 */
export function monthKeyOf(text: string): number {
  const bytes = utf8Bytes(text)
  return monthKeyAt(bytes, 0, bytes.length)
}

/**
 * The `YYYY-MM` string for a key from {@link monthKeyAt}.
 *
 * @example
 * ```ts
 * monthFromKey(24299) //=> '2024-12'
 * ```
 */
export function monthFromKey(key: number): string {
  const year = Math.floor(key / 12)
  const month = (key % 12) + 1
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

/**
 * Every month from `first` to `last` inclusive. Throws a `RangeError` naming a bad month, or
 * when `first` is after `last`.
 *
 * @example
 * ```ts
 * policeUkMonthsBetween('2024-11', '2025-02') //=> ['2024-11', '2024-12', '2025-01', '2025-02']
 * ```
 */
export function policeUkMonthsBetween(first: string, last: string): string[] {
  const from = monthKeyOf(first)
  const to = monthKeyOf(last)
  if (from < 0) throw new RangeError(`"${first}" is not a month in the form YYYY-MM`)
  if (to < 0) throw new RangeError(`"${last}" is not a month in the form YYYY-MM`)
  if (from > to) throw new RangeError(`first month ${first} is after last month ${last}`)
  const months: string[] = []
  for (let key = from; key <= to; key++) months.push(monthFromKey(key))
  return months
}
