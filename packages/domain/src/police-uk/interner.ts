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
