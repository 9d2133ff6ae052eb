import { CsvRecordSplitter, csvField } from '../police-uk/csv-lines.ts'
import type { Area } from '../geography/index.ts'
import { checkCrimeTable, type CrimeTableFinding } from './check-crime-table.ts'
import { crimeTableCsvHeader } from './csv.ts'
import { CrimeTable, type CrimeTableRow } from './table.ts'

/**
 * A problem in an uploaded crime table, where it is: `line` and `column` (1-based, with the
 * column's name) for a CSV file, `path` for JSON; neither when the table as a whole is at fault
 * (an area with no row).
 *
 * @example
 * ```ts
 * const f: UploadFinding = { line: 11, column: 7, field: 'volume', message: 'Derbyshire volume …' }
 * ```
 */
export interface UploadFinding {
  line?: number
  column?: number
  field?: string
  path?: string
  code?: CrimeTableFinding['code']
  message: string
}

const col = (name: string) => crimeTableCsvHeader.indexOf(name)

/** Which column a `checkCrimeTable` finding is about. */
const findingField: Record<CrimeTableFinding['code'], string> = {
  'aggregate-mismatch': 'volume',
  'rate-mismatch': 'rate_per_1000',
  'missing-rate': 'rate_per_1000',
  'missing-area': 'area_code',
  'unknown-area': 'area_code',
  'duplicate-area': 'area_code',
  'negative-volume': 'volume',
  'non-integer-volume': 'volume',
}

function parseNumber(text: string): number | null | undefined {
  if (text === '') return null
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) return undefined
  return Number(text)
}

/**
 * Where each `checkCrimeTable` finding is in the upload: `at(index)` says where row `index` is.
 *
 * @example
 * ```ts
 * locateFindings(table, findings, (i) => ({ line: i + 2 }))
 * ```
 */
export function locateFindings(
  table: CrimeTable,
  findings: readonly CrimeTableFinding[],
  at: (rowIndex: number, field: string) => Partial<UploadFinding>
): UploadFinding[] {
  return findings.map((finding) => {
    const index = table.rows.findIndex((row) => row.areaCode === finding.areaCode)
    const field = findingField[finding.code]
    const where = index < 0 || finding.code === 'missing-area' ? {} : at(index, field)
    return { ...where, code: finding.code, message: finding.message }
  })
}

/**
 * Reads a crime table back from its CSV download (the columns of `crimeTableCsvHeader`; the
 * rank columns and `complete` are worked out again, not read) and checks it with
 * `checkCrimeTable`. Every row must be for `expected.measure` and `expected.period`, with one
 * `from`/`to`. Returns the table, or every finding with its line and column.
 *
 * @example
 * ```ts
 * readCrimeTableCsv(crimeTableCsv(table), { measure: table.measure, period: table.period }, derbyshireAreas)
 * //=> { table: { measure: 'anti-social-behaviour', … } }
 * // with the county volume changed:
 * //=> { findings: [{ line: 11, column: 7, field: 'volume', code: 'aggregate-mismatch', message: '…' }] }
 * ```
 */
export function readCrimeTableCsv(
  text: string,
  expected: { measure: string; period: string },
  areas: readonly Area[]
): { table: CrimeTable } | { findings: UploadFinding[] } {
  const records: { line: number; fields: string[] }[] = []
  const findings: UploadFinding[] = []
  const splitter = new CsvRecordSplitter({
    record: (r) =>
      records.push({
        line: r.line,
        fields: Array.from({ length: r.fieldCount }, (_, i) => csvField(r, i)),
      }),
    malformed: (line, field, message) =>
      findings.push({ line, ...(field >= 0 ? { column: field + 1 } : {}), message }),
  })
  splitter.push(new TextEncoder().encode(text))
  splitter.end()
  const [head, ...body] = records
  const cell = (line: number, name: string, message: string): UploadFinding => ({
    line,
    column: col(name) + 1,
    field: name,
    message,
  })
  if (!head || head.fields.join(',') !== crimeTableCsvHeader.join(',')) {
    return {
      findings: [
        {
          line: head?.line ?? 1,
          message: `The first line must be the header of the CSV download: ${crimeTableCsvHeader.join(',')}.`,
        },
      ],
    }
  }
  if (body.length === 0) return { findings: [{ line: 2, message: 'The file has no rows.' }] }
  const first = body[0]?.fields ?? []
  const from = first[col('from')] ?? ''
  const to = first[col('to')] ?? ''
  const source = first[col('source')] ?? ''
  const rows: CrimeTableRow[] = []
  const lines: number[] = []
  for (const { line, fields } of body) {
    if (fields.length !== crimeTableCsvHeader.length) {
      findings.push({
        line,
        message: `Line ${line} has ${fields.length} columns; the header has ${crimeTableCsvHeader.length}.`,
      })
      continue
    }
    const get = (name: string) => fields[col(name)] ?? ''
    if (get('measure') !== expected.measure) {
      findings.push(
        cell(line, 'measure', `measure is "${get('measure')}", not ${expected.measure}.`)
      )
    }
    if (get('period') !== expected.period) {
      findings.push(cell(line, 'period', `period is "${get('period')}", not ${expected.period}.`))
    }
    if (get('from') !== from)
      findings.push(cell(line, 'from', `from must be ${from} on every line.`))
    if (get('to') !== to) findings.push(cell(line, 'to', `to must be ${to} on every line.`))
    const volume = parseNumber(get('volume'))
    const rate = parseNumber(get('rate_per_1000'))
    const trend = parseNumber(get('trend_percent'))
    if (volume === undefined || volume === null) {
      findings.push(cell(line, 'volume', `volume "${get('volume')}" is not a number.`))
    }
    if (rate === undefined) {
      findings.push(cell(line, 'rate_per_1000', `rate "${get('rate_per_1000')}" is not a number.`))
    }
    if (trend === undefined) {
      findings.push(cell(line, 'trend_percent', `trend "${get('trend_percent')}" is not a number.`))
    }
    if (volume === undefined || volume === null || rate === undefined || trend === undefined)
      continue
    rows.push({ areaCode: get('area_code'), volume, rate, trend })
    lines.push(line)
  }
  const separator = source.indexOf(': ')
  const parsed = CrimeTable.safeParse({
    measure: expected.measure,
    period: expected.period,
    from,
    to,
    source:
      separator < 0
        ? { publisher: source, title: source }
        : { publisher: source.slice(0, separator), title: source.slice(separator + 2) },
    rows,
  })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [where, index, field] = issue.path
      if (where === 'rows' && typeof index === 'number') {
        const name = field === 'areaCode' ? 'area_code' : String(field)
        findings.push(cell(lines[index] ?? 0, name, `${name}: ${issue.message}`))
      } else {
        const name = String(where ?? 'source')
        findings.push(cell(body[0]?.line ?? 2, name, `${name}: ${issue.message}`))
      }
    }
    return { findings }
  }
  findings.push(
    ...locateFindings(parsed.data, checkCrimeTable(parsed.data, areas), (i, field) => ({
      line: lines[i],
      column: col(field) + 1,
      field,
    }))
  )
  return findings.length > 0 ? { findings } : { table: parsed.data }
}

/**
 * Checks a crime table sent as JSON: the schema, the measure and period it is sent to, then
 * `checkCrimeTable`; every finding carries its JSON path (`rows.9.volume`).
 *
 * @example
 * ```ts
 * readCrimeTableJson(table, { measure: table.measure, period: table.period }, derbyshireAreas)
 * //=> { table }
 * ```
 */
export function readCrimeTableJson(
  input: unknown,
  expected: { measure: string; period: string },
  areas: readonly Area[]
): { table: CrimeTable } | { findings: UploadFinding[] } {
  const parsed = CrimeTable.safeParse(input)
  if (!parsed.success) {
    return {
      findings: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    }
  }
  const table = parsed.data
  const findings: UploadFinding[] = []
  if (table.measure !== expected.measure) {
    findings.push({
      path: 'measure',
      message: `must be ${expected.measure}, the measure in the path`,
    })
  }
  if (table.period !== expected.period) {
    findings.push({ path: 'period', message: `must be ${expected.period}, the period in the path` })
  }
  const fieldPath: Record<string, string> = {
    volume: 'volume',
    rate_per_1000: 'rate',
    area_code: 'areaCode',
  }
  findings.push(
    ...locateFindings(table, checkCrimeTable(table, areas), (i, field) => ({
      path: `rows.${i}.${fieldPath[field] ?? field}`,
    }))
  )
  return findings.length > 0 ? { findings } : { table }
}
