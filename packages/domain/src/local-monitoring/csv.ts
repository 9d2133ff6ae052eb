import { csvCell } from '../csv/index.ts'
import type { Source } from '../source/index.ts'
import type { ChangeTable } from './change-schema.ts'
import type { HotSpotList } from './hot-spots.ts'

/**
 * The default source line of local-monitoring files.
 *
 * @example
 * ```ts
 * localCountsSource.publisher //=> 'police.uk'
 * ```
 */
export const localCountsSource: Source = {
  publisher: 'police.uk',
  title:
    'police.uk street-level crime data, counted by month, LSOA 2021 or 250 m grid cell, and crime type',
  note: 'Contains public sector information licensed under the Open Government Licence v3.0.',
}

/**
 * Options of the local-monitoring CSV writers: names for area and unit codes (a code with no
 * name has an empty name cell) and the source line (default {@link localCountsSource}).
 *
 * @example
 * ```ts
 * const options: LocalCsvOptions = { names: { E05012345: 'Swadlincote' } }
 * ```
 */
export interface LocalCsvOptions {
  names?: Readonly<Record<string, string>> | undefined
  source?: Source | undefined
}

type Cell = string | number | null

function line(cells: readonly Cell[]): string {
  return cells.map((cell) => (cell === null ? '' : csvCell(cell))).join(',') + '\r\n'
}

function sourceText(options: LocalCsvOptions): string {
  const source = options.source ?? localCountsSource
  return `${source.publisher}: ${source.title}`
}

/** Three significant figures, written as a plain number (or in e-notation when tiny). */
function pText(p: number | null): string | null {
  return p === null ? null : String(Number(p.toPrecision(3)))
}

function nameOf(options: LocalCsvOptions, code: string): string {
  return options.names !== undefined && Object.hasOwn(options.names, code)
    ? (options.names[code] as string)
    : ''
}

/**
 * A change table as RFC 4180 CSV (CRLF line ends), one line per row in table order. Every line
 * repeats the window, its months, the adjustment and the source, so a line copied out still
 * says what it is. Z has 2 decimal places and p values 3 significant figures; a figure the
 * table does not give (no data, no percentage under a baseline of 20, no flag) is an empty
 * cell, never 0.
 *
 * @example
 * ```ts
 * changeTableCsv(table, { names: { E05012345: 'Swadlincote' } }).split('\r\n')[1]
 * //=> 'E05012345,Swadlincote,police-uk.anti-social-behaviour,last-3,2025-04,2025-06,2024-04,2024-06,62,40,40,1,22,55,2.19,0.0371,0.0371,benjamini-hochberg,increase,,,,true,,"police.uk: …"'
 * ```
 */
export function changeTableCsv(table: ChangeTable, options: LocalCsvOptions = {}): string {
  const header = [
    'area_code',
    'area_name',
    'measure',
    'window',
    'current_from',
    'current_to',
    'baseline_from',
    'baseline_to',
    'current',
    'baseline',
    'baseline_total',
    'baseline_periods',
    'difference',
    'percent_change',
    'z',
    'p',
    'p_adjusted',
    'adjustment',
    'flag',
    'control_lower',
    'control_upper',
    'control_exception',
    'complete',
    'excluded_months',
    'source',
  ]
  const source = sourceText(options)
  const lines = table.rows.map((row) =>
    line([
      row.area,
      nameOf(options, row.area),
      row.measure,
      table.window,
      table.current.from,
      table.current.to,
      table.baseline.from,
      table.baseline.to,
      row.current,
      row.baseline,
      row.baselineTotal,
      row.baselinePeriods,
      row.difference,
      row.percentChange,
      row.z === null ? null : row.z.toFixed(2),
      pText(row.p),
      pText(row.pAdjusted),
      table.adjustment,
      row.flag,
      row.limits?.lower ?? null,
      row.limits?.upper ?? null,
      row.limits?.exception ?? null,
      String(row.complete),
      row.excludedMonths.join(' '),
      source,
    ])
  )
  return line(header) + lines.join('')
}

/**
 * A hot-spot list as RFC 4180 CSV (CRLF line ends): the tasking list. One line per ranked
 * unit with its rank, code, name, count, persistence class, count in each quarter (a quarter
 * with a gap is an empty cell, headed `YYYY-MM to YYYY-MM`), then the measure, window,
 * completeness and source on every line.
 *
 * @example
 * ```ts
 * hotSpotsCsv(list, { names: { E01019863: 'South Derbyshire 001A' } }).split('\r\n')[1]
 * //=> '1,E01019863,South Derbyshire 001A,84,persistent,20,21,22,21,police-uk.anti-social-behaviour,2024-01,2024-12,true,"police.uk: …"'
 * ```
 */
export function hotSpotsCsv(list: HotSpotList, options: LocalCsvOptions = {}): string {
  const header = [
    'rank',
    'unit',
    'name',
    'count',
    'persistence',
    ...list.quarters.map((quarter) => `${quarter.from} to ${quarter.to}`),
    'measure',
    'from',
    'to',
    'complete',
    'source',
  ]
  const source = sourceText(options)
  const lines = list.rows.map((row) =>
    line([
      row.rank,
      row.unit,
      nameOf(options, row.unit),
      row.count,
      row.persistence,
      ...row.quarterCounts,
      list.measure,
      list.from,
      list.to,
      String(list.complete),
      source,
    ])
  )
  return line(header) + lines.join('')
}
