import { CsvScanner } from './csv-scan.ts'

export { csvField, type CsvRecord, type CsvRecordSink } from './csv-scan.ts'

const lf = 10

/**
 * A streaming RFC 4180 record splitter over UTF-8 bytes cut anywhere (even inside a character:
 * the bytes it looks for are ASCII, which never occur inside a multibyte character). Handles
 * quoted fields with commas, doubled quotes and newlines, CRLF or LF, blank lines, a leading
 * byte-order mark and a missing final newline.
 *
 * It reads each chunk where it lies and never keeps a reference to it: only the unfinished
 * record at its end is copied, so the caller may refill the same buffer for the next chunk.
 * A record longer than `maxRecordLength` bytes is reported and skipped, so memory stays bounded.
 *
 * @example
 * ```ts
 * const lines: number[] = []
 * const splitter = new CsvRecordSplitter({ record: (r) => lines.push(r.line), malformed() {} })
 * splitter.push(utf8Bytes('a,"b\nc"\r\n\nd,'))
 * splitter.push(utf8Bytes('e'))
 * splitter.end()
 * lines //=> [1, 4]
 * ```
 */
export class CsvRecordSplitter extends CsvScanner {
  private carry = new Uint8Array(1 << 12)
  private carried = 0
  private atStart = true

  /** Splits `chunk` (after whatever was left over from the previous one). */
  push(chunk: Uint8Array): void {
    const n = chunk.length
    let at = 0
    if (this.atStart) {
      // Hold the first three bytes back until we know whether they are a byte-order mark.
      at = Math.min(n, 3 - this.carried)
      this.keep(chunk, 0, at)
      if (this.carried < 3) return
      this.atStart = false
      const c = this.carry
      if (c[0] === 0xef && c[1] === 0xbb && c[2] === 0xbf) this.carried = 0
    }
    if (this.skipping) at = this.skipLine(chunk, at)
    // Finish the carried record by moving bytes over a line at a time (at least doubling, so
    // a long quoted field spanning many lines is rescanned only a logarithmic number of times).
    while (this.carried > 0 && at < n) {
      const nl = chunk.indexOf(lf, at)
      const end = Math.max(nl < 0 ? n : nl + 1, Math.min(n, at + this.carried))
      this.keep(chunk, at, end)
      const moved = end - at
      at = end
      const done = this.scan(this.carry.subarray(0, this.carried), false)
      const rest = this.carried - done
      if (this.skipping) {
        this.carried = 0
        at = this.skipLine(chunk, at)
      } else if (rest <= moved) {
        // What is left came from this chunk: read it there.
        this.carried = 0
        at -= rest
      } else if (done > 0) {
        this.carry.copyWithin(0, done, this.carried)
        this.carried = rest
      }
    }
    if (this.carried > 0 || at >= n) return
    const done = this.scan(at === 0 ? chunk : chunk.subarray(at), false) + at
    if (!this.skipping && done < n) this.keep(chunk, done, n)
  }

  /** Flushes the last record, which need not end with a newline. */
  end(): void {
    if (!this.skipping && this.carried > 0) this.scan(this.carry.subarray(0, this.carried), true)
    this.carried = 0
    this.skipping = false
  }

  private skipLine(chunk: Uint8Array, at: number): number {
    const nl = chunk.indexOf(lf, at)
    if (nl < 0) return chunk.length
    this.skipping = false
    return nl + 1
  }

  private keep(chunk: Uint8Array, from: number, to: number): void {
    const need = this.carried + to - from
    if (need > this.carry.length) {
      const grown = new Uint8Array(Math.max(need, this.carry.length * 2))
      grown.set(this.carry.subarray(0, this.carried))
      this.carry = grown
    }
    this.carry.set(chunk.subarray(from, to), this.carried)
    this.carried = need
  }
}
