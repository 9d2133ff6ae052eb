import type { WidgetScript } from './widget.ts'

/** What a snippet shows. */
export interface WidgetChoice {
  measure: string
  period: string
  /** A GSS code, or empty for none. */
  highlight?: string | undefined
}

const escape = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')
const attribute = (name: string, value: string) => ` ${name}="${escape(value)}"`

/**
 * The two lines a site pastes: the script (from the API, with its integrity hash) and the
 * element. Values are escaped although the form only accepts known measures, periods and codes.
 *
 * @example
 * ```ts
 * widgetSnippet({ src: 'https://api.example/widget/csp-widget.abc.js', integrity: 'sha384-x' },
 *   { measure: 'hate-crime', period: '2023', highlight: 'E07000039' })
 * //=> '<script src="https://api.example/widget/csp-widget.abc.js" integrity="sha384-x" crossorigin="anonymous" defer></script>\n<csp-crime-table measure="hate-crime" period="2023" highlight="E07000039"></csp-crime-table>'
 * ```
 */
export function widgetSnippet(script: WidgetScript, choice: WidgetChoice): string {
  const element =
    '<csp-crime-table' +
    attribute('measure', choice.measure) +
    attribute('period', choice.period) +
    (choice.highlight ? attribute('highlight', choice.highlight) : '') +
    '></csp-crime-table>'
  return (
    `<script${attribute('src', script.src)}${attribute('integrity', script.integrity)} crossorigin="anonymous" defer></script>\n` +
    element
  )
}

/**
 * The iframe page's address on the API (`/widget/embed`), for sites that strip scripts.
 *
 * @example
 * ```ts
 * embedPageUrl('https://api.example', { measure: 'hate-crime', period: '2023', highlight: '' })
 * //=> 'https://api.example/widget/embed?measure=hate-crime&period=2023'
 * ```
 */
export function embedPageUrl(apiBase: string, choice: WidgetChoice): string {
  const query = new URLSearchParams({ measure: choice.measure, period: choice.period })
  if (choice.highlight) query.set('highlight', choice.highlight)
  return `${apiBase}/widget/embed?${query}`
}

/**
 * The iframe a site pastes when its content system strips scripts; `title` names the frame for
 * screen readers.
 *
 * @example
 * ```ts
 * iframeSnippet('https://api.example', { measure: 'hate-crime', period: '2023' }, 'Hate crime, 2023')
 * //=> '<iframe src="https://api.example/widget/embed?measure=hate-crime&amp;period=2023" title="Hate crime, 2023" style="width: 100%; border: 0" height="760"></iframe>'
 * ```
 */
export function iframeSnippet(apiBase: string, choice: WidgetChoice, title: string): string {
  return `<iframe${attribute('src', embedPageUrl(apiBase, choice))}${attribute('title', title)} style="width: 100%; border: 0" height="760"></iframe>`
}
