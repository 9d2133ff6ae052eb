/** Field positions are kept for this many fields; further fields are only counted. */
const maxFields = 16
const quote = 34
const comma = 44
const cr = 13

/**
 * One CSV record as {@link CsvRecordSplitter} hands it over. The object is reused for every
 * record, so read what you need before returning. Unquoted field `i` is
 * `text.slice(starts[i], ends[i])`; a quoted one (bit `i` of `quotedMask`) is `values[i]`,
 * already unescaped, with `starts[i] = 0` and `ends[i] = values[i].length`.
 *
 * @example
 * ```ts
 * const source = (r: CsvRecord, i: number) => ((r.quotedMask >> i) & 1 ? r.values[i] : r.text)
 * ```
 */
export interface CsvRecord {
  text: string
  /** 1-based physical line the record starts on. */
  line: number
  fieldCount: number
  readonly starts: Int32Array
  readonly ends: Int32Array
  quotedMask: number
  readonly values: string[]
}

/**
 * Receives records and problems from a {@link CsvRecordSplitter}.
 *
 * @example
 * ```ts
 * const sink: CsvRecordSink = { record: (r) => console.log(r.line), malformed: console.error }
 * ```
 */
export interface CsvRecordSink {
  record(record: CsvRecord): void
  /** `field` is the 0-based field index, or -1 when no single field is to blame. */
  malformed(line: number, field: number, message: string): void
}

/**
 * The value of field `index` of a record (allocates a string; for error messages and headers).
 *
 * @example
 * ```ts
 * csvField(record, 1) //=> '2024-12'
 * ```
 */
export function csvField(record: CsvRecord, index: number): string {
  if (index >= maxFields || index >= record.fieldCount) return ''
  const src = (record.quotedMask >> index) & 1 ? (record.values[index] ?? '') : record.text
  return src.slice(record.starts[index], record.ends[index])
}

/**
 * A streaming RFC 4180 record splitter: feed text chunks cut anywhere, get whole records.
 * Handles quoted fields with commas, doubled quotes and newlines, CRLF or LF, blank lines and a
 * missing final newline. Between chunks it keeps only the unfinished record; a record longer
 * than `maxRecordLength` characters is reported and skipped, so memory stays bounded.
 *
 * @example
 * ```ts
 * const lines: number[] = []
 * const splitter = new CsvRecordSplitter({ record: (r) => lines.push(r.line), malformed() {} })
 * splitter.push('a,"b\nc"\r\n\nd,')
 * splitter.push('e')
 * splitter.end()
 * lines //=> [1, 4]
 * ```
 */
export class CsvRecordSplitter {
  private carry = ''
  private line = 1
  private skipping = false
  private readonly record: CsvRecord = {
    text: '',
    line: 0,
    fieldCount: 0,
    starts: new Int32Array(maxFields),
    ends: new Int32Array(maxFields),
    quotedMask: 0,
    values: new Array<string>(maxFields).fill(''),
  }

  private readonly sink: CsvRecordSink
  private readonly maxRecordLength: number

  constructor(sink: CsvRecordSink, maxRecordLength = 1 << 20) {
    this.sink = sink
    this.maxRecordLength = maxRecordLength
  }

  /** Splits `chunk` (after whatever was left over from the previous one). */
  push(chunk: string): void {
    let text = chunk
    if (this.skipping) {
      const nl = text.indexOf('\n')
      if (nl < 0) return
      this.skipping = false
      text = text.slice(nl + 1)
    }
    if (this.carry !== '') text = this.carry + text
    const pos = this.scan(text, false)
    this.carry = pos < text.length ? text.slice(pos) : ''
  }

  /** Flushes the last record, which need not end with a newline. */
  end(): void {
    const text = this.carry
    this.carry = ''
    if (!this.skipping && text !== '') this.scan(text, true)
    this.skipping = false
  }

  // Returns how much of `text` was consumed; the rest is an unfinished record.
  private scan(text: string, final: boolean): number {
    const n = text.length
    const rec = this.record
    const { starts, ends, values } = rec
    rec.text = text
    let pos = 0
    let line = this.line
    while (pos < n) {
      let nl = text.indexOf('\n', pos)
      if (nl < 0) {
        if (!final) {
          if (n - pos > this.maxRecordLength) {
            this.sink.malformed(line, -1, `line is longer than ${this.maxRecordLength} characters`)
            this.skipping = true
            line++
            pos = n
          }
          break
        }
        nl = n
      }
      const firstLineEnd = nl
      if (nl === pos || (nl === pos + 1 && text.charCodeAt(pos) === cr)) {
        pos = nl + 1
        line++
        continue
      }
      let p = pos
      let f = 0
      let mask = 0
      let extraLines = 0
      let problem = ''
      let problemField = -1
      let needMore = false
      let unterminated = false
      for (;;) {
        if (text.charCodeAt(p) !== quote) {
          const c = text.indexOf(',', p)
          if (c >= 0 && c < nl) {
            if (f < maxFields) {
              starts[f] = p
              ends[f] = c
            }
            f++
            p = c + 1
            continue
          }
          let end = nl
          if (end > p && text.charCodeAt(end - 1) === cr) end--
          if (f < maxFields) {
            starts[f] = p
            ends[f] = end
          }
          f++
          break
        }
        let q = p + 1
        for (;;) {
          q = text.indexOf('"', q)
          if (q < 0 || text.charCodeAt(q + 1) !== quote) break
          q += 2
        }
        const after = q + 1
        if (!final && (q < 0 || after >= n || (text.charCodeAt(after) === cr && after + 1 >= n))) {
          needMore = true
          break
        }
        if (q < 0) {
          problem = 'unterminated quoted field (no closing quote before the end of the file)'
          problemField = f
          unterminated = true
          break
        }
        for (let k = text.indexOf('\n', p); k >= 0 && k < q; k = text.indexOf('\n', k + 1)) {
          extraLines++
        }
        if (f < maxFields) {
          const raw = text.slice(p + 1, q)
          const value = raw.includes('"') ? raw.replaceAll('""', '"') : raw
          starts[f] = 0
          ends[f] = value.length
          values[f] = value
          mask |= 1 << f
        }
        f++
        nl = text.indexOf('\n', after)
        if (nl < 0) {
          if (!final) {
            needMore = true
            break
          }
          nl = n
        }
        const c = text.charCodeAt(after)
        if (c === comma) {
          p = after + 1
          continue
        }
        if (after === nl || (c === cr && after + 1 === nl) || after === n) break
        problem = 'unexpected text after a closing quote'
        problemField = f - 1
        break
      }
      if (needMore) {
        if (n - pos <= this.maxRecordLength) break
        problem = `unterminated quoted field (no closing quote within ${this.maxRecordLength} characters)`
        problemField = f
        unterminated = true
      }
      if (unterminated) {
        // Resynchronise on the next physical line rather than lose the rest of the file.

        this.sink.malformed(line, problemField, problem)
        pos = firstLineEnd + 1
        line++
        continue
      }
      if (problem !== '') {
        this.sink.malformed(line, problemField, problem)
      } else {
        rec.line = line
        rec.fieldCount = f
        rec.quotedMask = mask
        this.sink.record(rec)
      }
      pos = nl + 1
      line += 1 + extraLines
    }
    this.line = line
    return pos
  }
}
