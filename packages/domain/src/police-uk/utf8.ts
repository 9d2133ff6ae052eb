const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
const encoder = new TextEncoder()

/**
 * The text of the UTF-8 bytes `src[start, end)`; a malformed sequence becomes U+FFFD, as a
 * browser would show it. Allocates, so the importer calls it only for new names and messages.
 *
 * @example
 * ```ts
 * utf8Text(new TextEncoder().encode('x,Ynys Môn,y'), 2, 11) //=> 'Ynys Môn'
 * ```
 */
export function utf8Text(src: Uint8Array, start: number, end: number): string {
  return decoder.decode(src.subarray(start, end))
}

/**
 * The UTF-8 bytes of `text`.
 *
 * @example
 * ```ts
 * utf8Bytes('Môn').length //=> 4
 * ```
 */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text)
}

/**
 * Whether `src[start, start + expected.length)` holds exactly the bytes of `expected`.
 *
 * @example
 * ```ts
 * bytesAt(utf8Bytes('x,Drugs'), 2, utf8Bytes('Drugs')) //=> true
 * ```
 */
export function bytesAt(src: Uint8Array, start: number, expected: Uint8Array): boolean {
  const length = expected.length
  if (start < 0 || start + length > src.length) return false
  for (let i = 0; i < length; i++) if (src[start + i] !== expected[i]) return false
  return true
}

/**
 * Whether `a[aAt, aAt + length)` and `b[bAt, bAt + length)` hold the same bytes, compared four
 * at a time (the importer's hot comparisons: a field against the previous row's, or a name).
 *
 * @example
 * ```ts
 * const view = (text: string) => new DataView(utf8Bytes(text).buffer)
 * sameBytes(view('x,Derby 013H'), 2, view('Derby 013H'), 0, 10) //=> true
 * ```
 */
export function sameBytes(
  a: DataView,
  aAt: number,
  b: DataView,
  bAt: number,
  length: number
): boolean {
  let i = 0
  for (; i + 4 <= length; i += 4) if (a.getInt32(aAt + i) !== b.getInt32(bAt + i)) return false
  for (; i < length; i++) if (a.getUint8(aAt + i) !== b.getUint8(bAt + i)) return false
  return true
}
