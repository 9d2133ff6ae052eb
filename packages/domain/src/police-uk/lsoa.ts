import { utf8Bytes } from './utf8.ts'

/**
 * Where the district name ends in an LSOA name written in UTF-8 at `src[start, end)`: the
 * index of the space before the trailing `NNNX` code (three or more digits and a capital
 * letter), or -1 when there is no such code or nothing before it. Works for 2011 and 2021 LSOA
 * names alike; the code is ASCII, so reading bytes from the end is safe in UTF-8.
 *
 * @example
 * ```ts
 * lsoaDistrictEnd(utf8Bytes('South Derbyshire 001A'), 0, 21) //=> 16
 * lsoaDistrictEnd(utf8Bytes('Nowhere'), 0, 7) //=> -1
 * ```
 */
export function lsoaDistrictEnd(src: Uint8Array, start: number, end: number): number {
  const letter = src[end - 1] as number
  if (!(letter >= 65 && letter <= 90)) return -1
  let i = end - 2
  while (i >= start) {
    const code = src[i] as number
    if (code < 48 || code > 57) break
    i--
  }
  const digits = end - 2 - i
  if (digits < 3 || i <= start || src[i] !== 32) return -1
  return i
}

/**
 * The local authority district an LSOA belongs to, read from its name
 * (`<district> <MSOA number><letter>`), or `null` when the name has no such code.
 *
 * @example
 * ```ts
 * districtFromLsoaName('South Derbyshire 001A') //=> 'South Derbyshire'
 * districtFromLsoaName('Derby 013H') //=> 'Derby'
 * districtFromLsoaName('No Location') //=> null
 * ```
 */
export function districtFromLsoaName(name: string): string | null {
  const bytes = utf8Bytes(name)
  const end = lsoaDistrictEnd(bytes, 0, bytes.length)
  // Everything from the space on is ASCII: as many characters as bytes.
  return end < 0 ? null : name.slice(0, name.length - (bytes.length - end))
}
