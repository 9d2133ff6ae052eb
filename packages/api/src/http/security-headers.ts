import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import type { AppEnv } from './env.ts'

// Set on HTML answers only: each acts on a document a browser renders (a window's opener, its
// agent cluster, the Referer its links send, DNS prefetching of its links, and three legacy
// switches of old browsers) and does nothing for JSON, CSV or a .docx.
const documentHeaders: readonly (readonly [string, string])[] = [
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
]

/**
 * The security headers of every answer, as OWASP's REST Security Cheat Sheet sets them for an
 * API: a Content-Security-Policy with `frame-ancestors 'none'`, `X-Frame-Options: DENY`,
 * `X-Content-Type-Options: nosniff`, Strict-Transport-Security and a same-origin
 * Cross-Origin-Resource-Policy (public reads open it, see publicRead). HTML answers (the home
 * and docs pages, the widget's frame) carry the document headers as well. Headers a route set
 * itself are kept (the docs page and the widget have their own policies). Each header is
 * written on every answer, the public reads served from memory too: sending the ones that act
 * only on documents with JSON cost those reads a fifth of their throughput.
 *
 * @example
 * ```ts
 * app.use(securityHeaders())
 * ```
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  const apiHeaders = secureHeaders({
    overwrite: false,
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
    xFrameOptions: 'DENY',
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    referrerPolicy: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  })
  return async (c, next) => {
    await apiHeaders(c, next)
    const headers = c.res.headers
    if (!headers.get('content-type')?.startsWith('text/html')) return
    for (const [name, value] of documentHeaders) if (!headers.has(name)) headers.set(name, value)
  }
}
