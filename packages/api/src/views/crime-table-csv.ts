import type { CrimeTableView } from './crime-table.ts'
import { toCsv } from './csv.ts'

const header = [
  'measure',
  'period',
  'from',
  'to',
  'area_code',
  'area_name',
  'volume',
  'rate_per_1000',
  'trend_percent',
  'rank',
  'rank_of',
  'rank_phrase',
  'source',
]

/**
 * The table as CSV, one row per area in published order. Every line repeats the measure,
 * period and source, so a row copied out of the file still says what it is.
 *
 * @example
 * ```ts
 * crimeTableCsv(view).split('\r\n')[0] //=> 'measure,period,from,to,area_code,…,source'
 * ```
 */
export function crimeTableCsv(view: CrimeTableView): string {
  const source = `${view.source.publisher}: ${view.source.title}`
  return toCsv(
    header,
    view.rows.map((row) => [
      view.measure,
      view.period,
      view.from,
      view.to,
      row.areaCode,
      row.areaName,
      row.volume,
      row.rate?.formatted ?? null,
      row.trend.percent,
      row.rank?.position ?? null,
      row.rank?.of ?? null,
      row.rank?.phrase ?? null,
      source,
    ])
  )
}
