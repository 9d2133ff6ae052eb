/** A CSV cell: text, a number, or empty (`null`). */
export type CsvCell = string | number | null

// Text starting with these can run as a formula when a spreadsheet opens the file.
const formulaStart = /^[=+\-@\t\r]/

function cell(value: CsvCell): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const text = formulaStart.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * Writes RFC 4180 CSV: CRLF line ends, quotes only where needed, and text cells that a
 * spreadsheet would read as a formula prefixed with `'` (numbers are written as they are).
 *
 * @example
 * ```ts
 * toCsv(['area', 'trend'], [['Derby', -13.1], ['=cmd', null]])
 * //=> 'area,trend\r\nDerby,-13.1\r\n\'=cmd,\r\n'
 * ```
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',') + '\r\n').join('')
}
