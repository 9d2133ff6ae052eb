import { csvCell as text } from '@csp/domain/csv'
import type { CrimeTableData, CrimeTableRowData } from './view.ts'

// The same CSV as @csp/domain's crimeTableCsv (one shape for every client; the test in
// test/api-contract.test.ts compares them), from the rows as shown; the cell writer is the
// domain's, through its zod-free sub-path, so the script bundles no schema.
const header =
  'measure,period,from,to,area_code,area_name,volume,rate_per_1000,trend_percent,rank,rank_of,rank_phrase,complete,source'

/**
 * The rows as shown, in the order shown, as CSV (CRLF line ends). Every line repeats the
 * measure, period, completeness and source, so a row copied out still says what it is; an
 * unknown figure or rank is an empty cell, never 0.
 *
 * @example
 * ```ts
 * crimeTableCsv(view, view.rows).split('\r\n')[8]
 * //=> 'anti-social-behaviour,2023,2023-01-01,2023-12-31,E07000039,South Derbyshire,1695,19.5,-6.9,2,9,second lowest,true,"…"'
 * ```
 */
export function crimeTableCsv(view: CrimeTableData, rows: readonly CrimeTableRowData[]): string {
  const table = [view.measure, view.period, view.from, view.to].map(text)
  const source = text(`${view.source.publisher}: ${view.source.title}`)
  const lines = rows.map((row) =>
    [
      ...table,
      text(row.areaCode),
      text(row.areaName),
      row.volume,
      // The rate as displayed: the API's one-decimal figure, never re-rounded here.
      row.rate ? text(row.rate.formatted) : '',
      row.trend.percent?.toFixed(1) ?? '',
      row.rank?.position ?? '',
      row.rank?.of ?? '',
      row.rank ? text(row.rank.phrase) : '',
      view.completeness.complete,
      source,
    ].join(',')
  )
  return [header, ...lines].map((line) => `${line}\r\n`).join('')
}
