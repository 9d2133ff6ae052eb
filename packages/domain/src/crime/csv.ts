import { csvCell } from '../csv/index.ts'
import { derbyshireAreas, type Area } from '../geography/index.ts'
import { rankAreas, type RankOrder } from './rank-area.ts'
import { whyNotRankable } from './rankable.ts'
import type { CrimeTable } from './table.ts'

/**
 * The columns of a crime table's CSV, in order: what `crimeTableCsv` writes and
 * `readCrimeTableCsv` reads back.
 *
 * @example
 * ```ts
 * crimeTableCsvHeader[6] //=> 'volume'
 * ```
 */
export const crimeTableCsvHeader: readonly string[] = [
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
  'complete',
  'source',
]

/** Text is escaped; `{ figure }` is a number the library formatted itself and is written as is. */
type Cell = string | number | { figure: string } | null

function cell(value: Cell): string {
  if (value === null) return ''
  if (typeof value === 'object') return value.figure
  return csvCell(value)
}

/**
 * The table as RFC 4180 CSV (CRLF line ends), one line per area in published order. Every line
 * repeats the measure, period, completeness and source, so a row copied out of the file still
 * says what it is. Rates have one decimal place; an unknown rate, trend or rank is an empty
 * cell, never 0; ranks are left empty when {@link whyNotRankable} says so. Text that a
 * spreadsheet would run as a formula is prefixed with `'`.
 *
 * @example
 * ```ts
 * crimeTableCsv(southDerbyshirePlan.crimeTables[0]).split('\r\n')[8]
 * //=> 'anti-social-behaviour,2023,2023-01-01,2023-12-31,E07000039,South Derbyshire,1695,19.5,-6.9,2,9,second lowest,true,"South Derbyshire Community Safety Partnership: …"'
 * ```
 */
export function crimeTableCsv(
  table: CrimeTable,
  options: { areas?: readonly Area[]; order?: RankOrder } = {}
): string {
  const areas = options.areas ?? derbyshireAreas
  const ranks = new Map(
    whyNotRankable(table, areas) === null
      ? rankAreas(table, { order: options.order ?? 'lowest', areas }).map((r) => [r.areaCode, r])
      : []
  )
  const source = `${table.source.publisher}: ${table.source.title}`
  const complete = String(table.completeness?.complete ?? true)
  const lines = table.rows.map((row) => {
    const rank = ranks.get(row.areaCode)
    return [
      table.measure,
      table.period,
      table.from,
      table.to,
      row.areaCode,
      areas.find((area) => area.code === row.areaCode)?.name ?? row.areaCode,
      row.volume,
      row.rate === null ? null : { figure: row.rate.toFixed(1) },
      row.trend === null ? null : { figure: row.trend.toFixed(1) },
      rank?.position ?? null,
      rank?.of ?? null,
      rank?.phrase ?? null,
      complete,
      source,
    ]
  })
  return [crimeTableCsvHeader, ...lines].map((line) => line.map(cell).join(',') + '\r\n').join('')
}
