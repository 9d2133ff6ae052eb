import { crimeTableCsv } from './csv.ts'
import { formatCount, formatDateRange, formatLongDate } from '@csp/domain/format'
import { trendText, type TrendText } from './format.ts'
import { sortRows, type SortKey, type SortState } from './sort.ts'
import type { CrimeTableData, CrimeTableRowData } from './view.ts'

// Everything the element and the server renderer show, worked out once: both only lay it out,
// so the script and the iframe page cannot drift apart.

export interface ColumnModel {
  key: SortKey
  label: string
  /** Only the sorted column carries `aria-sort`. */
  ariaSort: 'ascending' | 'descending' | undefined
  /** A visual cue (hidden from screen readers, which hear `aria-sort`). */
  indicator: string
}

export interface RowModel {
  areaCode: string
  name: string
  highlighted: boolean
  volume: string
  rate: string
  trend: TrendText
}

export interface WarningModel {
  heading: string
  items: string[]
}

export interface FiguresModel {
  title: string
  caption: string
  /** Read out when the order changes. */
  sortStatus: string
  columns: ColumnModel[]
  /** The districts and unitaries, in the chosen order. */
  comparisonRows: RowModel[]
  /** Counties and force areas, after the comparison areas and never sorted among them. */
  totalRows: RowModel[]
  totalsHeading: string
  summary: string | null
  source: { text: string; title: string; url: string | null; note: string | null }
  coverage: string
  asAt: string
  warnings: WarningModel[]
  csv: string
  csvFilename: string
}

export interface FiguresOptions {
  /** GSS code of the area to mark as the reader's. */
  highlight?: string | undefined
  sort: SortState
}

const columnLabels: Record<SortKey, string> = {
  name: 'Area',
  volume: 'Number recorded',
  rate: 'Rate per 1,000 aged 16+',
  trend: 'Change on the year before',
}

const orderWords: Record<SortKey, [ascending: string, descending: string]> = {
  name: ['area name, A to Z', 'area name, Z to A'],
  volume: ['number recorded, lowest first', 'number recorded, highest first'],
  rate: ['rate, lowest first', 'rate, highest first'],
  trend: ['change, largest fall first', 'change, largest rise first'],
}

const columnOrder: readonly SortKey[] = ['name', 'volume', 'rate', 'trend']

function isTotal(row: CrimeTableRowData): boolean {
  return row.areaKind === 'county' || row.areaKind === 'force-area'
}

function safeUrl(url: string | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}

function rowModel(row: CrimeTableRowData, highlight: string | undefined): RowModel {
  return {
    areaCode: row.areaCode,
    name: row.areaName,
    highlighted: row.areaCode === highlight,
    volume: formatCount(row.volume),
    rate: row.rate?.formatted ?? 'not available',
    trend: trendText(row.trend.percent),
  }
}

function warningsOf(view: CrimeTableData, highlight: string | undefined): WarningModel[] {
  const warnings: WarningModel[] = []
  if (!view.completeness.complete) {
    warnings.push({
      heading: 'These figures are incomplete.',
      items: view.completeness.notes.length
        ? view.completeness.notes
        : ['The source marks this table as incomplete.'],
    })
  }
  if (view.findings.length) {
    warnings.push({
      heading: 'Checks found problems in these figures.',
      items: view.findings.map((f) => f.message),
    })
  }
  if (highlight && !view.rows.some((r) => r.areaCode === highlight)) {
    warnings.push({
      heading: 'The area to highlight is not in this table.',
      items: [`There is no row for ${highlight}.`],
    })
  }
  return warnings
}

/**
 * Works out the text of every part of the widget for one table, highlight and sort.
 *
 * @example
 * ```ts
 * const model = figuresModel(view, { highlight: 'E07000039', sort: initialSort('rate') })
 * model.comparisonRows.find((r) => r.highlighted)?.trend //=> { arrow: '▼', words: 'fell 6.9%' }
 * ```
 */
export function figuresModel(
  view: CrimeTableData,
  { highlight, sort }: FiguresOptions
): FiguresModel {
  const label = view.measureInfo?.label ?? view.measure
  const coverage = formatDateRange(view.from, view.to)
  const order = orderWords[sort.key][sort.direction === 'ascending' ? 0 : 1]
  const comparison = sortRows(
    view.rows.filter((r) => !isTotal(r)),
    sort
  )
  const totals = view.rows.filter(isTotal)
  const statement = view.statements.find((s) => s.areaCode === highlight)
  return {
    title: `${label}, ${view.period}`,
    caption: `${label} by area, ${coverage}. Sorted by ${order}.`,
    sortStatus: `Sorted by ${order}.`,
    columns: columnOrder.map((key) => ({
      key,
      label: columnLabels[key],
      ariaSort: sort.key === key ? sort.direction : undefined,
      indicator: sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕',
    })),
    comparisonRows: comparison.map((r) => rowModel(r, highlight)),
    totalRows: totals.map((r) => rowModel(r, highlight)),
    totalsHeading: 'Totals (not ranked)',
    summary: statement?.sentences.length ? statement.sentences.join(' ') : null,
    source: {
      text: `Source: ${view.source.publisher}, `,
      title: view.source.title,
      url: safeUrl(view.source.url),
      note: view.source.note ?? null,
    },
    coverage: `Figures for ${coverage}.`,
    asAt: view.source.asAt
      ? `Data as at ${formatLongDate(view.source.asAt)}.`
      : 'Data as at: the source gives no date.',
    warnings: warningsOf(view, highlight),
    csv: crimeTableCsv(view, [...comparison, ...totals]),
    csvFilename: `${view.measure}-${view.period}.csv`.replace(/[^a-z0-9.-]/gi, '_'),
  }
}
