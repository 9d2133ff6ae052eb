import type { CrimeTableData, CrimeTableRowData } from './view.ts'

// The same CSV shape as @csp/domain's crimeTableCsv (one shape for every client; the test in
// test/api-contract.test.ts compares them), written here so the script bundles no domain code.
const header = ['area_code', 'area', 'volume', 'rate_per_1000_aged_16_plus', 'trend_percent']

/** RFC 4180 quoting, and a leading apostrophe so a spreadsheet never runs text as a formula. */
function textCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

function numberCell(value: number | null, decimals = 0): string {
  return value === null ? '' : value.toFixed(decimals)
}

/**
 * The rows as shown, in the order shown, as CSV (CRLF line ends), followed by `#` lines with the
 * period, the source and any completeness notes.
 *
 * @example
 * ```ts
 * crimeTableCsv(view, view.rows).split('\r\n')[1] //=> 'E06000015,Derby,7863,37.6,-13.1'
 * ```
 */
export function crimeTableCsv(view: CrimeTableData, rows: readonly CrimeTableRowData[]): string {
  const lines = [header.join(',')]
  for (const row of rows) {
    lines.push(
      [
        textCell(row.areaCode),
        textCell(row.areaName),
        numberCell(row.volume),
        // The rate as displayed: the API's one-decimal figure, never re-rounded here.
        row.rate ? textCell(row.rate.formatted) : '',
        numberCell(row.trend.percent, 1),
      ].join(',')
    )
  }
  lines.push(textCell(`# ${view.measure}, ${view.period} (${view.from} to ${view.to})`))
  lines.push(textCell(`# Source: ${view.source.publisher}, ${view.source.title}`))
  if (!view.completeness.complete) {
    for (const note of view.completeness.notes) lines.push(textCell(`# Incomplete: ${note}`))
  }
  return lines.join('\r\n') + '\r\n'
}
