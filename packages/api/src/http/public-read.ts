import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './env.ts'

const exposed = 'ETag, X-Request-Id, Content-Disposition'

/**
 * What makes a GET public: any origin may read it, errors included (the widget runs on
 * council sites and says why figures could not be loaded), caches and CDNs may keep a 200 for
 * `maxAgeSeconds` and revalidate it with its ETag (the read model answers `If-None-Match`, see
 * src/read-model/), and it may be embedded anywhere. The headers are fixed strings set on the
 * answer (a browser revalidating cross-origin rejects a 304 without them); preflight
 * (OPTIONS) is answered for the whole API in app.ts.
 * An answer to a signed-in request (a route may take one) is `no-store` instead.
 *
 * @example
 * ```ts
 * createRoute({ method: 'get', path: '/v1/areas', middleware: [publicRead(300)] as const, … })
 * ```
 */
export function publicRead(
  maxAgeSeconds: number
): MiddlewareHandler<AppEnv, string, object, never> {
  const cacheControl = `public, max-age=${maxAgeSeconds}`
  // Typed as never returning a response of its own, so it adds nothing to the routes' types.
  return async (c, next) => {
    await next()
    const headers = c.res.headers
    // A route that answers signed-in requests too (the annual return): theirs are never public.
    if (c.get('principal') !== undefined) {
      headers.set('Cache-Control', 'no-store')
      return
    }
    // Every answer, a 404 problem too: a page elsewhere must be able to read why it failed.
    headers.set('Access-Control-Allow-Origin', '*')
    headers.set('Access-Control-Expose-Headers', exposed)
    // secureHeaders defaults to same-origin; public data must be embeddable anywhere.
    headers.set('Cross-Origin-Resource-Policy', 'cross-origin')
    const status = c.res.status
    if (status === 200 || status === 304) headers.set('Cache-Control', cacheControl)
  }
}
