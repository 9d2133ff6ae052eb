import type { WidgetScript } from './widget.ts'

/** What goes into a snippet. */
export interface SnippetOptions {
  script: WidgetScript
  measure: string
  period: string
  highlight?: string | undefined
}

const attribute = (name: string, value: string) =>
  ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')}"`

/**
 * The two lines a site pastes: the script (from the API, with its integrity hash) and the
 * element. Values are escaped although the form only accepts known measures, periods and codes.
 *
 * @example
 * ```ts
 * widgetSnippet({ script: { src: 'https://api.example/widget/csp-widget.js', integrity: 'sha384-x' },
 *   measure: 'hate-crime', period: '2023', highlight: 'E07000039' })
 * //=> '<script src="https://api.example/widget/csp-widget.js" integrity="sha384-x" crossorigin="anonymous" defer></script>\n<csp-crime-table measure="hate-crime" period="2023" highlight="E07000039"></csp-crime-table>'
 * ```
 */
export function widgetSnippet({ script, measure, period, highlight }: SnippetOptions): string {
  const element =
    '<csp-crime-table' +
    attribute('measure', measure) +
    attribute('period', period) +
    (highlight ? attribute('highlight', highlight) : '') +
    '></csp-crime-table>'
  return (
    `<script${attribute('src', script.src)}${attribute('integrity', script.integrity)} crossorigin="anonymous" defer></script>\n` +
    element
  )
}
