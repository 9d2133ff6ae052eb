import { derbyshireAreas, type Area } from '../geography/index.ts'
import type { CrimeTable } from './table.ts'

const header = ['area_code', 'area', 'volume', 'rate_per_1000_aged_16_plus', 'trend_percent']

/** RFC 4180 quoting, and a leading apostrophe so a spreadsheet never runs text as a formula. */
function textCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Figures are written by the library itself, never quoted or prefixed; empty when unknown. */
function numberCell(value: number | null, decimals = 0): string {
  return value === null ? '' : value.toFixed(decimals)
}

/**
 * The table as CSV (RFC 4180, CRLF line ends): one row per area with code, name, volume, rate
 * (one decimal place) and trend, then the period, source and completeness as `#` lines that
 * spreadsheet users can read and CSV readers can skip. A missing rate or trend is an empty cell,
 * never 0.
 *
 * @example
 * ```ts
 * crimeTableCsv(southDerbyshirePlan.crimeTables[0]).split('\r\n')[1]
 * //=> 'E06000015,Derby,7863,37.6,-13.1'
 * ```
 */
export function crimeTableCsv(
  table: CrimeTable,
  options: { areas?: readonly Area[] } = {}
): string {
  const areas = options.areas ?? derbyshireAreas
  const nameOf = (code: string) => areas.find((area) => area.code === code)?.name ?? code
  const lines = [header.join(',')]
  for (const row of table.rows) {
    lines.push(
      [
        textCell(row.areaCode),
        textCell(nameOf(row.areaCode)),
        numberCell(row.volume),
        numberCell(row.rate, 1),
        numberCell(row.trend, 1),
      ].join(',')
    )
  }
  lines.push(textCell(`# ${table.measure}, ${table.period} (${table.from} to ${table.to})`))
  lines.push(textCell(`# Source: ${table.source.publisher}, ${table.source.title}`))
  if (table.completeness && !table.completeness.complete) {
    for (const note of table.completeness.notes) lines.push(textCell(`# Incomplete: ${note}`))
  }
  return lines.join('\r\n') + '\r\n'
}
