import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { GssCode, MeasureId, periodPattern } from '@csp/domain'
import { renderEmbedPage } from '@csp/widget/server'
import type { Context } from 'hono'
import { html } from 'hono/html'
import { z } from 'zod'
import { findCrimeTable } from '../db/repositories/crime-tables.ts'
import { createRouter, type RouteDeps } from '../http/router.ts'
import { crimeTableView } from '../views/crime-table.ts'

/** What the widget build publishes about its script (`@csp/widget/csp-widget.json`). */
interface WidgetManifest {
  version: string
  sri: string
  contentHash: string
  bytes: number
  gzipBytes: number
}

// createRequire rather than import.meta.resolve: Vite's module runner (tests) lacks the latter.
const readWidgetFile = (name: string) =>
  readFileSync(createRequire(import.meta.url).resolve(`@csp/widget/${name}`))
const oneYear = 31_536_000

const EmbedQuery = z.object({
  measure: MeasureId,
  period: z.string().regex(periodPattern, 'must be a year such as 2023'),
  highlight: GssCode.optional(),
  sort: z.enum(['rate', 'volume', 'trend', 'name']).default('rate'),
  direction: z.enum(['ascending', 'descending']).optional(),
})

/**
 * The embeddable widget: the script at a versioned, immutable URL (and at an unversioned one
 * with a short cache, for people who paste the plain address), the snippet with its SRI hash,
 * and the iframe page for sites that strip scripts.
 *
 * @example
 * ```ts
 * const { src, integrity } = await (await app.request('/widget/snippet.json')).json()
 * ```
 */
export function widgetRoutes({ config, readModel }: RouteDeps) {
  let cached: { manifest: WidgetManifest; script: Buffer } | undefined
  // Read on first use: the API starts (and its tests run) even before the widget is built.
  const widget = () =>
    (cached ??= {
      manifest: JSON.parse(readWidgetFile('csp-widget.json').toString('utf8')) as WidgetManifest,
      script: readWidgetFile('csp-widget.js'),
    })
  const versionedPath = () => `/widget/csp-widget.${widget().manifest.contentHash}.js`
  const script = (c: Context, maxAge: number, immutable: boolean) =>
    c.body(new Uint8Array(widget().script), 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': `public, max-age=${maxAge}${immutable ? ', immutable' : ''}`,
      // SRI on a cross-origin script needs CORS; any site may embed the widget.
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    })

  // The other elements, each a script of its own, read on first use.
  const otherScripts = new Map<string, Buffer>()
  const otherScript = (c: Context, file: string) => {
    let body = otherScripts.get(file)
    if (!body) otherScripts.set(file, (body = readWidgetFile(file)))
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': `public, max-age=${config.publicMaxAgeSeconds}`,
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    })
  }
  return (
    createRouter()
      .get('/widget/csp-widget.js', (c) => script(c, config.publicMaxAgeSeconds, false))
      // <csp-local-areas>, which fetches its figures and geometry from here.
      .get('/widget/csp-local-areas.js', (c) => otherScript(c, 'csp-local-areas.js'))
      // <csp-case-review-figures>: the published ASB Case Review figures.
      .get('/widget/csp-case-review-figures.js', (c) =>
        otherScript(c, 'csp-case-review-figures.js')
      )
      .get('/widget/:file{csp-widget\\.[0-9a-f]+\\.js}', (c) =>
        c.req.path === versionedPath()
          ? script(c, oneYear, true)
          : c.text('That version of the widget is not served here.', 404)
      )
      .get('/widget/snippet.json', (c) => {
        const origin = new URL(c.req.url).origin
        const { sri, version, gzipBytes } = widget().manifest
        const src = `${origin}${versionedPath()}`
        return c.json({ src, integrity: sri, version, gzipBytes, tag: 'csp-crime-table' }, 200, {
          'Cache-Control': `public, max-age=${config.publicMaxAgeSeconds}`,
          'Access-Control-Allow-Origin': '*',
        })
      })
      .get('/widget/embed', (c) => {
        const parsed = EmbedQuery.safeParse(c.req.query())
        if (!parsed.success) {
          const reason = parsed.error.issues
            .map((i) => `${i.path.join('.')}: ${i.message}`)
            .join('; ')
          return embedError(c, 400, `The figures could not be shown: ${reason}.`)
        }
        const { measure, period, highlight, sort, direction } = parsed.data
        return readModel.respond(c, {
          key: `embed:${measure}:${period}:${highlight ?? ''}:${sort}:${direction ?? ''}`,
          topics: ['crime-tables'],
          build: async (db) => {
            const stored = await findCrimeTable(db, measure, period)
            if (!stored) return embedError(c, 404, `There is no ${measure} table for ${period}.`)
            const view = crimeTableView(stored, 'lowest')
            const query = (next: Record<string, string>) =>
              `?${new URLSearchParams({ measure, period, ...(highlight ? { highlight } : {}), ...next })}`
            const page = renderEmbedPage(view, {
              highlight,
              sort: direction ? { key: sort, direction } : sort,
              sortHref: (s) => query({ sort: s.key, direction: s.direction }),
            })
            return c.html(page.html, 200, {
              ...page.headers,
              'Cache-Control': `public, max-age=${config.publicMaxAgeSeconds}`,
            })
          },
        })
      })
  )
}

// A page, not problem JSON: it is read by people, inside someone else's page.
function embedError(c: Context, status: 400 | 404, message: string) {
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>Crime figures</title>
      </head>
      <body>
        <p>${message}</p>
      </body>
    </html>`
  return c.html(page, status, { 'Content-Security-Policy': "default-src 'none'" })
}
