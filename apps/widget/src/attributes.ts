import { measureIdPattern, periodPattern } from '@csp/domain/patterns'
import { sortKeys, type SortKey } from './sort.ts'

/** The element's attributes as the browser hands them over (absent ones are undefined). */
export interface WidgetAttributes {
  api?: string | null | undefined
  measure?: string | null | undefined
  period?: string | null | undefined
  highlight?: string | null | undefined
  sort?: string | null | undefined
}

/** What the attributes mean once checked. */
export interface WidgetConfig {
  /** The table's JSON address. */
  url: string
  highlight: string | undefined
  sort: SortKey
}

/**
 * Either the configuration, with a warning for each attribute that fell back to its default
 * (HTML's "invalid value default": a typo in a council's page must not hide the figures), or
 * the one problem that stops the table loading (a missing or malformed measure, period or api).
 */
export type ConfigResult =
  { ok: true; config: WidgetConfig; warnings: string[] } | { ok: false; problem: string }

// The API's own rules (MeasureId, the Period param, GssCode): anything else is refused here,
// before it can reach a URL or the page.
const areaCodePattern = /^[EWSNK]\d{8}$/

/** The bad value, quoted and cut short, to show as text. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
}

function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

function apiBase(value: string): URL | null {
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
    if (url.username || url.password) return null
    url.search = ''
    url.hash = ''
    if (!url.pathname.endsWith('/')) url.pathname += '/'
    return url
  } catch {
    return null
  }
}

/**
 * Checks the attributes and builds the table's address. `defaultApi` is where the script came
 * from, so a page that loads the script from the API needs no `api` attribute.
 *
 * @example
 * ```ts
 * readAttributes({ measure: 'anti-social-behaviour', period: '2023' }, 'https://api.example/')
 * //=> { ok: true, config: { url: 'https://api.example/v1/crime-tables/anti-social-behaviour/2023', … } }
 * readAttributes({ measure: '../../x', period: '2023' }, 'https://api.example/').ok //=> false
 * readAttributes({ measure: 'hate-crime', period: '2023', sort: 'rnak' }, 'https://api.example/')
 * //=> { ok: true, config: { …, sort: 'rate' }, warnings: ['<csp-crime-table>: the sort attribute must be …'] }
 * ```
 */
export function readAttributes(attrs: WidgetAttributes, defaultApi: string | null): ConfigResult {
  const problem = (text: string): ConfigResult => ({ ok: false, problem: text })
  const measure = present(attrs.measure)
  const period = present(attrs.period)
  const highlight = present(attrs.highlight)
  const sort = present(attrs.sort)
  const api = present(attrs.api) ?? defaultApi ?? undefined

  if (!measure)
    return problem('Set the measure attribute, such as measure="anti-social-behaviour".')
  if (!measureIdPattern.test(measure)) {
    return problem(
      `The measure attribute must be lowercase words joined by hyphens, such as anti-social-behaviour; ${quoted(measure)} is not.`
    )
  }
  if (!period) return problem('Set the period attribute, such as period="2023".')
  if (!periodPattern.test(period)) {
    return problem(
      `The period attribute must be a year such as 2023 or a financial year such as 2024-25; ${quoted(period)} is not.`
    )
  }
  if (!api) return problem('Set the api attribute to the address of the CSP Toolkit API.')
  const base = apiBase(api)
  if (!base) {
    return problem(
      `The api attribute must be the http or https address of a CSP Toolkit API; ${quoted(api)} is not.`
    )
  }
  const warnings: string[] = []
  const validHighlight = highlight !== undefined && areaCodePattern.test(highlight)
  if (highlight !== undefined && !validHighlight) {
    warnings.push(
      `<csp-crime-table>: the highlight attribute must be an area code such as E07000039; ${quoted(highlight)} is not, so no area is highlighted.`
    )
  }
  const validSort = sort !== undefined && sortKeys.includes(sort as SortKey)
  if (sort !== undefined && !validSort) {
    warnings.push(
      `<csp-crime-table>: the sort attribute must be rate, volume, trend or name; ${quoted(sort)} is not, so the table sorts by rate.`
    )
  }
  const path = `v1/crime-tables/${encodeURIComponent(measure)}/${encodeURIComponent(period)}`
  return {
    ok: true,
    config: {
      url: new URL(path, base).href,
      highlight: validHighlight ? highlight : undefined,
      sort: validSort ? (sort as SortKey) : 'rate',
    },
    warnings,
  }
}
