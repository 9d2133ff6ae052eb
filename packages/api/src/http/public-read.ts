import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import { etag, RETAINED_304_HEADERS } from 'hono/etag'
import type { AppEnv } from './env.ts'

/**
 * What makes a GET public: any origin may read it (the widget runs on council sites), caches
 * and CDNs may keep it for `maxAgeSeconds`, and an ETag lets clients revalidate for free
 * (`If-None-Match` → 304). Only GET, HEAD and OPTIONS are opened to other origins.
 *
 * @example
 * ```ts
 * createRoute({ method: 'get', path: '/v1/areas', middleware: [publicRead(300)] as const, … })
 * ```
 */
export function publicRead(
  maxAgeSeconds: number
): MiddlewareHandler<AppEnv, string, object, never> {
  const openCors = cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'OPTIONS'],
    exposeHeaders: ['ETag', 'X-Request-Id', 'Content-Disposition'],
    maxAge: 86_400,
  })
  // The CORS headers must survive a 304, or a browser revalidating cross-origin rejects it.
  const tag = etag({
    retainedHeaders: [
      ...RETAINED_304_HEADERS,
      'access-control-allow-origin',
      'access-control-expose-headers',
      'x-request-id',
    ],
  })
  // Typed as never returning a response of its own, so it adds nothing to the routes' types.
  return async (c, next) => {
    const method = c.req.method
    if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') return next()
    await tag(c, async () => {
      await openCors(c, async () => {
        await next()
        if (!c.res.ok) return
        c.res.headers.set('Cache-Control', `public, max-age=${maxAgeSeconds}`)
        // secureHeaders defaults to same-origin; public data must be embeddable anywhere.
        c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin')
      })
    })
  }
}
