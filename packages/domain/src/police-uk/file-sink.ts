import { crimeTypeIndexAt, crimeTypeIndexInView } from './crime-type-table.ts'
import { csvField, type CsvRecord, type CsvRecordSink } from './csv-lines.ts'
import { checkPoliceUkStreetHeader, policeUkStreetColumns } from './header.ts'
import { detachString } from './interner.ts'
import { lsoaDistrictEnd } from './lsoa.ts'
import { monthKeyAt } from './month-key.ts'
import type { PoliceUkPlacer } from './placer.ts'
import type { ForceMonth, PoliceUkTally } from './tally.ts'
import type { PoliceUkImportError } from './types.ts'
import { sameBytes } from './utf8.ts'

const columnCount = policeUkStreetColumns.length
const monthField = policeUkStreetColumns.indexOf('Month')
const forceField = policeUkStreetColumns.indexOf('Reported by')
const lsoaCodeField = policeUkStreetColumns.indexOf('LSOA code')
const lsoaNameField = policeUkStreetColumns.indexOf('LSOA name')
const crimeTypeField = policeUkStreetColumns.indexOf('Crime type')
// The LSOA code and name fields, read as one span of bytes when neither is escaped.
const spanFields = (1 << lsoaCodeField) | (1 << lsoaNameField)
const maxUnknownValues = 20
const linesPerUnknownValue = 5

interface Unknown {
  count: number
  lines: number[]
}

/**
 * Reads the records of one street-level file into a {@link PoliceUkTally}: checks the header,
 * validates each row and collects line-numbered errors (at most `maxErrors` listed per file).
 * A located row is counted by district, and by LSOA: its own code, or with a `placer` (a
 * geography), the 2021 LSOA the placer finds.
 *
 * @example
 * ```ts
 * const sink = new PoliceUkFileSink(tally, 'a.csv', 100)
 * new CsvRecordSplitter(sink).push(bytes) // then sink.finish() for the file's errors
 * ```
 */
export class PoliceUkFileSink implements CsvRecordSink {
  private header: 'pending' | 'ok' | 'bad' = 'pending'
  private readonly errors: PoliceUkImportError[] = []
  private listed = 0
  private unlisted = 0
  private firstUnlistedLine = 0
  private readonly unknown = new Map<string, Unknown>()
  private otherUnknownRows = 0
  private firstOtherUnknownLine = 0

  private readonly tally: PoliceUkTally
  private readonly file: string
  private readonly maxErrors: number
  private readonly placer: PoliceUkPlacer | undefined
  /** The previous located row's count, and its LSOA code and name bytes (`span`). */
  private last: { block: ForceMonth; row: number } | undefined
  private readonly span = new Uint8Array(256)
  private readonly spanView = new DataView(this.span.buffer)
  private spanLength = -1

  constructor(tally: PoliceUkTally, file: string, maxErrors: number, placer?: PoliceUkPlacer) {
    this.tally = tally
    this.file = file
    this.maxErrors = maxErrors
    this.placer = placer
  }

  record(record: CsvRecord): void {
    const fields = record.fieldCount
    if (fields === 1 && csvField(record, 0).trim() === '') return // a line of spaces
    if (this.header !== 'ok') {
      if (this.header === 'pending') this.checkHeader(record)
      return
    }
    this.tally.rows++
    if (fields !== columnCount) {
      this.problem(record.line, -1, `expected ${columnCount} columns, found ${fields}`)
      return
    }
    const { bytes, view, scratch, starts, ends, scratchMask } = record
    const monthSrc = scratchMask & (1 << monthField) ? scratch : bytes
    const monthKey = monthKeyAt(monthSrc, starts[monthField] as number, ends[monthField] as number)
    if (monthKey < 0) {
      const value = shown(csvField(record, monthField))
      this.problem(record.line, monthField, `Month ${value} is not a month in the form YYYY-MM`)
      return
    }
    const typeStart = starts[crimeTypeField] as number
    const typeEnd = ends[crimeTypeField] as number
    const crimeType =
      scratchMask & (1 << crimeTypeField)
        ? crimeTypeIndexAt(scratch, typeStart, typeEnd)
        : crimeTypeIndexInView(view, typeStart, typeEnd)
    if (crimeType < 0) {
      if (typeEnd === typeStart) this.problem(record.line, crimeTypeField, 'Crime type is blank')
      else this.unknownType(csvField(record, crimeTypeField), record.line)
      return
    }
    const forceStart = starts[forceField] as number
    const forceEnd = ends[forceField] as number
    const force =
      scratchMask & (1 << forceField)
        ? this.tally.forceBytes.id(scratch, forceStart, forceEnd)
        : this.tally.forceBytes.idInView(view, bytes, forceStart, forceEnd)
    // Rows come in runs of one LSOA: a row with the previous row's code and name bytes (and
    // force and month) goes straight to its count, unless a geography must look at its point.
    const spanStart = starts[lsoaCodeField] as number
    const spanEnd = ends[lsoaNameField] as number
    // Both unquoted (side by side): equal bytes then mean an equal code and an equal name.
    const cacheable =
      this.placer === undefined &&
      (scratchMask & spanFields) === 0 &&
      (ends[lsoaCodeField] as number) + 1 === (starts[lsoaNameField] as number)
    const last = this.last
    if (
      cacheable &&
      last !== undefined &&
      monthKey === last.block.month &&
      force === last.block.force &&
      spanEnd - spanStart === this.spanLength &&
      sameBytes(this.spanView, 0, view, spanStart, this.spanLength)
    ) {
      last.block.places.addAt(last.row, crimeType)
      return
    }
    const lsoaSrc = scratchMask & (1 << lsoaNameField) ? scratch : bytes
    const lsoaStart = starts[lsoaNameField] as number
    const lsoaEnd = ends[lsoaNameField] as number
    let district = -1
    if (lsoaEnd > lsoaStart) {
      const districtEnd = lsoaDistrictEnd(lsoaSrc, lsoaStart, lsoaEnd)
      if (districtEnd < 0) {
        const value = shown(csvField(record, lsoaNameField))
        const message = `LSOA name ${value} does not end in an LSOA code such as " 001A"`
        this.problem(record.line, lsoaNameField, message)
        return
      }
      district = this.tally.districtBytes.id(lsoaSrc, lsoaStart, districtEnd)
    }
    const block = this.tally.forceMonth(monthKey, force)
    if (district < 0) {
      block.noLocation[crimeType] = (block.noLocation[crimeType] as number) + 1
      return
    }
    const codeSrc = scratchMask & (1 << lsoaCodeField) ? scratch : bytes
    const codeStart = starts[lsoaCodeField] as number
    const codeEnd = ends[lsoaCodeField] as number
    const code = codeEnd > codeStart ? this.tally.lsoaBytes.id(codeSrc, codeStart, codeEnd) : -1
    if (this.placer !== undefined) {
      this.placer.place(record, block, district, code, crimeType)
      return
    }
    const row = block.places.add(this.tally.places.id(district, code, district), crimeType, 1)
    if (cacheable) this.remember(block, row, bytes, spanStart, spanEnd)
  }

  private remember(block: ForceMonth, row: number, src: Uint8Array, start: number, end: number) {
    if (end - start > this.span.length) {
      this.last = undefined
      return
    }
    this.span.set(src.subarray(start, end))
    this.spanLength = end - start
    this.last = { block, row }
  }

  malformed(line: number, field: number, message: string): void {
    if (this.header === 'pending') {
      this.header = 'bad'
      this.errors.push({
        file: this.file,
        line,
        kind: 'bad-header',
        message: `unreadable header: ${message}`,
      })
    } else if (this.header === 'ok') {
      this.tally.rows++
      this.problem(line, field, message)
    }
  }

  /** The file's errors, in line order; call once the splitter has ended. */
  finish(): PoliceUkImportError[] {
    const { file } = this
    if (this.header === 'pending') {
      const expected = policeUkStreetColumns.join(',')
      this.errors.push({
        file,
        line: 1,
        kind: 'no-header',
        message: `no header row: the file is empty or blank (expected "${expected}")`,
      })
    }
    for (const [value, { count, lines }] of this.unknown) {
      const where = lines.join(', ') + (count > lines.length ? ', …' : '')
      const message = `unknown crime type ${shown(value)} on ${plural(count, 'row')} (line${lines.length > 1 ? 's' : ''} ${where}); not counted`
      this.errors.push({
        file,
        line: lines[0] ?? 1,
        column: 'Crime type',
        kind: 'unknown-crime-type',
        message,
      })
    }
    if (this.otherUnknownRows > 0) {
      const message = `${plural(this.otherUnknownRows, 'more row')} with other unknown crime types; not counted`
      this.errors.push({
        file,
        line: this.firstOtherUnknownLine,
        column: 'Crime type',
        kind: 'unknown-crime-type',
        message,
      })
    }
    if (this.unlisted > 0) {
      const message = `${plural(this.unlisted, 'more problem row')} not listed (the first ${this.maxErrors} are); not counted`
      this.errors.push({ file, line: this.firstUnlistedLine, kind: 'too-many-errors', message })
    }
    return this.errors.sort((a, b) => a.line - b.line)
  }

  private checkHeader(record: CsvRecord): void {
    const columns = Array.from({ length: Math.min(record.fieldCount, 16) }, (_, i) =>
      csvField(record, i)
    )
    if (record.fieldCount > 16) columns.push(`… ${record.fieldCount - 16} more`)
    const message = checkPoliceUkStreetHeader(columns)
    this.header = message === undefined ? 'ok' : 'bad'
    if (message !== undefined) {
      this.errors.push({
        file: this.file,
        line: record.line,
        kind: 'bad-header',
        message: `${message} The file was skipped.`,
      })
    }
  }

  private problem(line: number, field: number, message: string): void {
    if (this.listed >= this.maxErrors) {
      if (this.unlisted++ === 0) this.firstUnlistedLine = line
      return
    }
    this.listed++
    const column = policeUkStreetColumns[field]
    const error: PoliceUkImportError = {
      file: this.file,
      line,
      kind: 'malformed-row',
      message,
    }
    this.errors.push(column === undefined ? error : { ...error, column })
  }

  private unknownType(text: string, line: number): void {
    // A slice would keep a long field alive; the first 81 characters are enough to tell apart.
    const value = text.length > 81 ? detachString(text.slice(0, 81)) : text
    let entry = this.unknown.get(value)
    if (entry === undefined) {
      if (this.unknown.size >= maxUnknownValues) {
        if (this.otherUnknownRows++ === 0) this.firstOtherUnknownLine = line
        return
      }
      entry = { count: 0, lines: [] }
      this.unknown.set(value, entry)
    }
    entry.count++
    if (entry.lines.length < linesPerUnknownValue) entry.lines.push(line)
  }
}

/** A value quoted for a message, cut short so one bad field cannot flood the output. */
function shown(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value)
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
