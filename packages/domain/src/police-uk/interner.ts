import { sameBytes, utf8Text } from './utf8.ts'

/**
 * Copies a string so it does not keep alive the (possibly huge) chunk it was sliced from: V8
 * slices of 13+ characters share their parent's memory.
 *
 * @example
 * ```ts
 * detachString(chunk.slice(10, 40)) // same characters, own memory
 * ```
 */
export function detachString(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1)
}

/**
 * Gives each distinct string a small integer id, looking strings up where they sit in a larger
 * text (`src[start, end)`) so the per-row hot path allocates nothing. The last id found is
 * checked first, since police.uk files come in long runs of the same value.
 *
 * @example
 * ```ts
 * const names = new StringInterner()
 * names.id('x,Derby,y', 2, 7) //=> 0
 * names.id('Derby', 0, 5) //=> 0
 * names.values //=> ['Derby']
 * ```
 */
export class StringInterner {
  readonly values: string[] = []
  private readonly hashes: number[] = []
  private table = new Int32Array(64).fill(-1)
  private last = -1

  /** The id of `src[start, end)`, adding it when new. */
  id(src: string, start: number, end: number): number {
    const length = end - start
    const last = this.last
    if (last >= 0) {
      const value = this.values[last] as string
      if (value.length === length && src.startsWith(value, start)) return last
    }
    let hash = 0x811c9dc5
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ src.charCodeAt(i), 0x01000193)
    const mask = this.table.length - 1
    let slot = hash & mask
    for (;;) {
      const id = this.table[slot] as number
      if (id < 0) break
      const value = this.values[id] as string
      if (value.length === length && src.startsWith(value, start)) {
        this.last = id
        return id
      }
      slot = (slot + 1) & mask
    }
    const id = this.values.length
    this.values.push(detachString(src.slice(start, end)))
    this.hashes.push(hash)
    this.table[slot] = id
    if (this.values.length * 2 > this.table.length) this.grow()
    this.last = id
    return id
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1)
    const mask = table.length - 1
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask
      while ((table[slot] as number) >= 0) slot = (slot + 1) & mask
      table[slot] = id
    })
    this.table = table
  }
}

/**
 * Gives each distinct UTF-8 byte string a small integer id, looking bytes up where they sit in
 * a chunk (`src[start, end)`) so the per-row hot path allocates nothing: bytes are copied and
 * decoded only the first time they are seen. Ids are those of `names` for the decoded text, so
 * two malformed byte strings that both decode to U+FFFD share one name.
 *
 * @example
 * ```ts
 * const names = new StringInterner()
 * const bytes = new ByteInterner(names)
 * bytes.id(utf8Bytes('x,Derby,y'), 2, 7) //=> 0
 * names.values //=> ['Derby']
 * ```
 */
export class ByteInterner {
  private pool = new Uint8Array(1024)
  private poolView = new DataView(this.pool.buffer)
  private used = 0
  private readonly starts: number[] = []
  private readonly lengths: number[] = []
  private readonly hashes: number[] = []
  private readonly ids: number[] = []
  private table = new Int32Array(64).fill(-1)
  private last = -1
  private readonly names: StringInterner

  constructor(names: StringInterner) {
    this.names = names
  }

  /** The id of the text whose UTF-8 bytes are `src[start, end)`, adding it when new. */
  id(src: Uint8Array, start: number, end: number): number {
    const last = this.last
    if (last >= 0 && this.holds(last, src, start, end)) return this.ids[last] as number
    const hash = byteHash(src, start, end)
    const mask = this.table.length - 1
    let slot = hash & mask
    for (;;) {
      const entry = this.table[slot] as number
      if (entry < 0) break
      if (this.hashes[entry] === hash && this.holds(entry, src, start, end)) {
        this.last = entry
        return this.ids[entry] as number
      }
      slot = (slot + 1) & mask
    }
    const length = end - start
    if (this.used + length > this.pool.length) {
      const pool = new Uint8Array(Math.max(this.pool.length * 2, this.used + length))
      pool.set(this.pool.subarray(0, this.used))
      this.pool = pool
      this.poolView = new DataView(pool.buffer)
    }
    this.pool.set(src.subarray(start, end), this.used)
    const entry = this.starts.length
    this.starts.push(this.used)
    this.lengths.push(length)
    this.hashes.push(hash)
    const text = utf8Text(src, start, end)
    this.ids.push(this.names.id(text, 0, text.length))
    this.used += length
    this.table[slot] = entry
    if (this.starts.length * 2 > this.table.length) this.grow()
    this.last = entry
    return this.ids[entry] as number
  }

  /**
   * {@link id} for bytes that `view` also shows (a record's `bytes` and `view`): the last value
   * is checked four bytes at a time, as most rows repeat the previous row's force.
   */
  idInView(view: DataView, src: Uint8Array, start: number, end: number): number {
    const last = this.last
    if (
      last >= 0 &&
      this.lengths[last] === end - start &&
      sameBytes(this.poolView, this.starts[last] as number, view, start, end - start)
    ) {
      return this.ids[last] as number
    }
    return this.id(src, start, end)
  }

  private holds(entry: number, src: Uint8Array, start: number, end: number): boolean {
    const length = end - start
    if (this.lengths[entry] !== length) return false
    const pool = this.pool
    const at = (this.starts[entry] as number) - start
    // From the end: names that share a length mostly differ there ("District B1", "… B2").
    for (let i = end - 1; i >= start; i--) if (pool[at + i] !== src[i]) return false
    return true
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1)
    const mask = table.length - 1
    this.hashes.forEach((hash, entry) => {
      let slot = hash & mask
      while ((table[slot] as number) >= 0) slot = (slot + 1) & mask
      table[slot] = entry
    })
    this.table = table
  }
}

// Hashes short strings whole (LSOA codes such as "E01019400" differ anywhere) and longer ones
// by their length and first and last four bytes: names differ at their ends ("Derby",
// "Derbyshire Dales", "District B1"…), and a full compare follows every hit anyway.
function byteHash(src: Uint8Array, start: number, end: number): number {
  let hash = Math.imul(0x811c9dc5 ^ (end - start), 0x01000193)
  if (end - start <= 16) {
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ (src[i] as number), 0x01000193)
    return hash
  }
  const head = Math.min(end, start + 4)
  for (let i = start; i < head; i++) hash = Math.imul(hash ^ (src[i] as number), 0x01000193)
  for (let i = Math.max(head, end - 4); i < end; i++) {
    hash = Math.imul(hash ^ (src[i] as number), 0x01000193)
  }
  return hash
}
