import { policeUkCrimeTypeNames } from './crime-type-table.ts'

/** Crime types per row of counts. */
export const typeCount = policeUkCrimeTypeNames.length

/**
 * Gives each pair of small integers (either may be negative) a small id, so a two-part key
 * such as district × LSOA can index a typed array, and keeps a third number given when the
 * pair is first seen (what the pair determines, e.g. the district it is counted in). The last
 * pair is checked first: police.uk files come in runs of one LSOA.
 *
 * @example
 * ```ts
 * const pairs = new PairTable()
 * pairs.id(3, -1, 3) //=> 0
 * pairs.id(3, 7, 5) //=> 1
 * pairs.id(3, -1, 3) //=> 0
 * pairs.second(1) //=> 7
 * pairs.payload(1) //=> 5
 * ```
 */
export class PairTable {
  private firsts = new Int32Array(64)
  private seconds = new Int32Array(64)
  private payloads = new Int32Array(64)
  private table = new Int32Array(128).fill(-1)
  private lastFirst = -2
  private lastSecond = -2
  private lastId = -1
  size = 0

  /** The id of the pair, adding it (with `payload`) when new. */
  id(first: number, second: number, payload = -1): number {
    if (first === this.lastFirst && second === this.lastSecond) return this.lastId
    const mask = this.table.length - 1
    let slot = pairHash(first, second) & mask
    for (;;) {
      const id = this.table[slot] as number
      if (id < 0) break
      if (this.firsts[id] === first && this.seconds[id] === second) return this.remember(id)
      slot = (slot + 1) & mask
    }
    const id = this.size++
    if (id === this.firsts.length) {
      this.firsts = grown(this.firsts, id * 2)
      this.seconds = grown(this.seconds, id * 2)
      this.payloads = grown(this.payloads, id * 2)
    }
    this.firsts[id] = first
    this.seconds[id] = second
    this.payloads[id] = payload
    this.table[slot] = id
    if (this.size * 2 > this.table.length) this.rehash()
    return this.remember(id)
  }

  first(id: number): number {
    return this.firsts[id] as number
  }

  second(id: number): number {
    return this.seconds[id] as number
  }

  payload(id: number): number {
    return this.payloads[id] as number
  }

  private remember(id: number): number {
    this.lastFirst = this.firsts[id] as number
    this.lastSecond = this.seconds[id] as number
    this.lastId = id
    return id
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1)
    const mask = table.length - 1
    for (let id = 0; id < this.size; id++) {
      let slot = pairHash(this.firsts[id] as number, this.seconds[id] as number) & mask
      while ((table[slot] as number) >= 0) slot = (slot + 1) & mask
      table[slot] = id
    }
    this.table = table
  }
}

function pairHash(first: number, second: number): number {
  const hash = Math.imul(first ^ 0x5bd1e995, 0x01000193) ^ Math.imul(second + 1, 0x9e3779b1)
  return hash ^ (hash >>> 15)
}

/**
 * Counts by key × crime type for the keys that occur, in rows of {@link typeCount} numbers:
 * `slots` maps a key to its row (plus one; 0 for none), so memory grows with the keys seen.
 *
 * @example
 * ```ts
 * const counts = new KeyedCounts()
 * counts.add(5, 2, 1) //=> 0 (the row)
 * counts.keys[0] //=> 5
 * counts.counts[2] //=> 1
 * ```
 */
export class KeyedCounts {
  private slots = new Int32Array(0)
  keys: Int32Array
  counts: Float64Array
  size = 0

  /** `rows`: how many keys to make room for at first (it grows as needed). */
  constructor(rows = 16) {
    this.keys = new Int32Array(rows)
    this.counts = new Float64Array(rows * typeCount)
  }

  /** Adds `count` rows of crime type `type` to key `key`; returns the key's row. */
  add(key: number, type: number, count: number): number {
    if (key >= this.slots.length) this.slots = grown(this.slots, Math.max(key + (key >> 1) + 1, 64))
    let row = (this.slots[key] as number) - 1
    if (row < 0) row = this.newRow(key)
    const at = row * typeCount + type
    this.counts[at] = (this.counts[at] as number) + count
    return row
  }

  /** Adds one row of crime type `type` to the key of row `row` (from {@link add}). */
  addAt(row: number, type: number): void {
    const at = row * typeCount + type
    this.counts[at] = (this.counts[at] as number) + 1
  }

  /** Adds a whole row of counts (as {@link typeCount} numbers from `from[at]`) to key `key`. */
  addRow(key: number, from: Float64Array, at: number): void {
    for (let type = 0; type < typeCount; type++) {
      const count = from[at + type] as number
      if (count !== 0) this.add(key, type, count)
    }
  }

  private newRow(key: number): number {
    const row = this.size++
    if (row === this.keys.length) {
      this.keys = grown(this.keys, row * 2)
      this.counts = grown(this.counts, row * 2 * typeCount)
    }
    this.keys[row] = key
    this.slots[key] = row + 1
    return row
  }
}

function grown<T extends Int32Array | Float64Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length)
  bigger.set(array)
  return bigger
}
