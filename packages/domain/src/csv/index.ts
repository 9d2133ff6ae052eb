/**
 * @module
 * CSV writing without zod (`@csp/domain/csv`).
 */

// Text starting with these runs as a formula when a spreadsheet opens the file.
const formulaStart = /^[=+\-@\t\r]/

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; text a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is prefixed with `'`.
 * Numbers are written as they are.
 *
 * @example
 * ```ts
 * csvCell('Swadlincote, Woodville') //=> '"Swadlincote, Woodville"'
 * csvCell('=SUM(A1)') //=> "'=SUM(A1)"
 * csvCell(-6.9) //=> '-6.9'
 * ```
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value)
  const text = formulaStart.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
