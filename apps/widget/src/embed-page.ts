import { createHash } from 'node:crypto'
import { render } from 'svelte/server'
import EmbedPageContent from './EmbedPage.svelte'
import { initialSort, type SortKey, type SortState } from './sort.ts'
import { widgetStyles } from './styles.ts'
import type { CrimeTableData } from './view.ts'

/** Options for {@link renderEmbedPage}. */
export interface RenderOptions {
  /** GSS code of the area to mark as the reader's. */
  highlight?: string | undefined
  /** The column to sort by (its initial direction), or a column and direction. Default `rate`. */
  sort?: SortKey | SortState | undefined
  /**
   * Where a column header links to, to sort without JavaScript (e.g. the embed page's own URL
   * with `sort=`). Without it the headers are plain text that still announce `aria-sort`.
   */
  sortHref?: ((sort: SortState) => string) | undefined
}

/** The `type` of the message the embed page posts to its parent with its height. */
export const heightMessageType = 'csp-widget:height'

// Tells the parent page the document's height whenever it changes, so the parent can size the
// iframe to fit (no scrollbars, nothing cut off). Heights are not secret: any origin may hear.
const resizeScript = `(()=>{let last=0;const send=()=>{const height=Math.ceil(document.documentElement.getBoundingClientRect().height);if(height!==last){last=height;parent.postMessage({type:${JSON.stringify(heightMessageType)},height},'*')}};new ResizeObserver(send).observe(document.documentElement);addEventListener('load',send)})()`

const pageStyles = `${widgetStyles}\nbody{margin:0}.csp{padding:8px}`

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/**
 * The iframe page's Content-Security-Policy: nothing but its own inline style and script (by
 * hash). It sets no `frame-ancestors`, because any site may embed it; the API must not send
 * `X-Frame-Options` with it either.
 */
export const embedPageCsp = [
  "default-src 'none'",
  `style-src ${sha256(pageStyles)}`,
  `script-src ${sha256(resizeScript)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** A rendered embed page and the headers it needs. */
export interface EmbedPage {
  html: string
  headers: { 'Content-Type': string; 'Content-Security-Policy': string }
}

/**
 * The whole iframe page (`/widget/embed?measure=…&period=…&highlight=…`): the widget's own
 * Figures.svelte rendered on the server (svelte/server), its styles, and a tiny script that posts the page's
 * height to the parent (`{ type: 'csp-widget:height', height }`). Everything works with
 * JavaScript off except the resizing; pass `sortHref` so the column headers sort by link.
 *
 * @example
 * ```ts
 * const page = renderEmbedPage(view, {
 *   highlight: 'E07000039',
 *   sort: 'rate',
 *   sortHref: (s) => `?measure=${view.measure}&period=${view.period}&sort=${s.key}&direction=${s.direction}`,
 * })
 * return c.html(page.html, 200, page.headers)
 * ```
 */
export function renderEmbedPage(view: CrimeTableData, options: RenderOptions = {}): EmbedPage {
  const sort = typeof options.sort === 'object' ? options.sort : initialSort(options.sort ?? 'rate')
  const { head, body } = render(EmbedPageContent, {
    props: {
      title: `${view.measureInfo?.label ?? view.measure}, ${view.period}`,
      view,
      highlight: options.highlight,
      sort,
      sortHref: options.sortHref,
    },
  })
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `${head}<style>${pageStyles}</style></head><body>${body}` +
    `<script>${resizeScript}</script></body></html>`
  return {
    html,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': embedPageCsp,
    },
  }
}
