import {
  figuresModel,
  type ColumnModel,
  type FiguresModel,
  type RowModel,
} from './figures-model.ts'
import { initialSort, type SortKey, type SortState } from './sort.ts'
import type { CrimeTableData } from './view.ts'

/** Options for {@link renderCrimeTableHtml}. */
export interface RenderOptions {
  /** GSS code of the area to mark as the reader's. */
  highlight?: string | undefined
  /** The column to sort by (its initial direction), or a column and direction. Default `rate`. */
  sort?: SortKey | SortState | undefined
  /**
   * The title's heading level, 1 to 6 (default 2, as in the element). The iframe page, a
   * document of its own, uses 1.
   */
  headingLevel?: number | undefined
  /**
   * Where a column header links to, to sort without JavaScript (e.g. the embed page's own URL
   * with `sort=`). Without it the headers are plain text that still announce `aria-sort`.
   */
  sortHref?: ((sort: SortState) => string) | undefined
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes text for HTML content and quoted attribute values alike.
 *
 * @example
 * ```ts
 * escapeHtml('<img src=x onerror="alert(1)">') //=> '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c)
}

const e = escapeHtml

function columnHeader(column: ColumnModel, sort: SortState, options: RenderOptions): string {
  const sortAttr = column.ariaSort ? ` aria-sort="${column.ariaSort}"` : ''
  const indicator = `<span class="csp-indicator" aria-hidden="true">${column.indicator}</span>`
  const href = options.sortHref?.(
    sort.key === column.key
      ? { key: column.key, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
      : initialSort(column.key)
  )
  // Without links there is nothing to activate, so only the sorted column shows its arrow.
  const label = href
    ? `<a class="csp-sort" href="${e(href)}">${e(column.label)}${indicator}</a>`
    : `${e(column.label)}${column.ariaSort ? indicator : ''}`
  return `<th scope="col"${sortAttr}>${label}</th>`
}

function row(r: RowModel): string {
  const you = r.highlighted ? '<span class="csp-you">(your area)</span>' : ''
  const arrow = r.trend.arrow ? `<span aria-hidden="true">${r.trend.arrow} </span>` : ''
  return (
    '<tr>' +
    `<th scope="row">${e(r.name)}${you}</th>` +
    `<td>${e(r.volume)}</td>` +
    `<td>${e(r.rate)}</td>` +
    `<td>${arrow}${e(r.trend.words)}</td>` +
    '</tr>'
  )
}

function details(model: FiguresModel, csvHref: string): string {
  const parts: string[] = []
  if (model.summary) parts.push(`<p class="csp-summary">${e(model.summary)}</p>`)
  const title = model.source.url
    ? `<a href="${e(model.source.url)}">${e(model.source.title)}</a>`
    : e(model.source.title)
  parts.push(`<p class="csp-source">${e(model.source.text)}${title}.</p>`)
  if (model.source.note) parts.push(`<p class="csp-note">${e(model.source.note)}</p>`)
  parts.push(`<p class="csp-note">${e(model.coverage)} ${e(model.asAt)}</p>`)
  for (const warning of model.warnings) {
    const items = warning.items.map((item) => `<li>${e(item)}</li>`).join('')
    parts.push(
      `<div class="csp-warning"><p><strong>${e(warning.heading)}</strong></p><ul>${items}</ul></div>`
    )
  }
  parts.push(
    `<p class="csp-download"><a href="${e(csvHref)}" download="${e(model.csvFilename)}">` +
      'Download these figures (CSV)</a></p>'
  )
  return parts.join('')
}

/**
 * The widget's content as static HTML, for the iframe page the API serves to sites that strip
 * scripts: the same model and markup as `<csp-crime-table>`, every text escaped, no DOM needed.
 * Style it with `widgetStyles`. The CSV link is a `data:` URL of exactly the rows shown.
 *
 * @example
 * ```ts
 * const view = await (await app.request('/v1/crime-tables/anti-social-behaviour/2023')).json()
 * const html = renderCrimeTableHtml(view, { highlight: 'E07000039', sort: 'rate' })
 * // '<section class="csp" aria-labelledby="csp-title"><h2 …'
 * ```
 */
export function renderCrimeTableHtml(view: CrimeTableData, options: RenderOptions = {}): string {
  const sort = typeof options.sort === 'object' ? options.sort : initialSort(options.sort ?? 'rate')
  const model = figuresModel(view, { highlight: options.highlight, sort })
  const level = Math.min(6, Math.max(1, Math.trunc(options.headingLevel ?? 2)))
  const head = model.columns.map((c) => columnHeader(c, sort, options)).join('')
  const totals = model.totalRows.length
    ? '<tbody class="csp-totals">' +
      `<tr><th scope="rowgroup" colspan="4" class="csp-group">${e(model.totalsHeading)}</th></tr>` +
      `${model.totalRows.map(row).join('')}</tbody>`
    : ''
  const csvHref = `data:text/csv;charset=utf-8,${encodeURIComponent(model.csv)}`
  return (
    '<section class="csp" aria-labelledby="csp-title">' +
    `<h${level} class="csp-title" id="csp-title">${e(model.title)}</h${level}>` +
    '<div class="csp-scroll">' +
    `<table class="csp-table"><caption>${e(model.caption)}</caption>` +
    `<thead><tr>${head}</tr></thead>` +
    `<tbody>${model.comparisonRows.map(row).join('')}</tbody>${totals}</table></div>` +
    details(model, csvHref) +
    '</section>'
  )
}
