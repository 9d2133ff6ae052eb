import type { Context } from 'hono'
import { accepts } from 'hono/accepts'

/** Where a newcomer to the API goes next: the reference page and the OpenAPI document. */
export const homeLinks = [
  { rel: 'service-doc', href: '/docs', type: 'text/html', title: 'API reference' },
  {
    rel: 'service-desc',
    href: '/v1/openapi.json',
    type: 'application/json',
    title: 'OpenAPI 3.1 document',
  },
] as const

const linkHeader = homeLinks.map((l) => `<${l.href}>; rel="${l.rel}"; type="${l.type}"`).join(', ')

const homePage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>CSP Toolkit API</title></head>
<body>
<main>
<h1>CSP Toolkit API</h1>
<ul>
${homeLinks.map((l) => `<li><a href="${l.href}" rel="${l.rel}">${l.title}</a></li>`).join('\n')}
</ul>
</main>
</body>
</html>
`

/**
 * `GET /`: the links to the reference page and the OpenAPI document (RFC 8631 relations), as
 * JSON, or as a small HTML page when the client prefers HTML (a browser). Both carry a `Link`
 * header with the same links.
 *
 * @example
 * ```ts
 * app.get('/', home)
 * ```
 */
export function home(c: Context) {
  const type = accepts(c, {
    header: 'Accept',
    supports: ['application/json', 'text/html'],
    default: 'application/json',
  })
  c.header('Link', linkHeader)
  c.header('Vary', 'Accept')
  if (type === 'text/html') return c.html(homePage)
  return c.json({ title: 'CSP Toolkit API', links: homeLinks })
}
