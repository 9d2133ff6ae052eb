import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from './env.ts'
import { problem } from './problems.ts'

/**
 * Request body limits in bytes: `default` for every route, `routes` for paths that take more
 * (keys are path prefixes, the longest match wins), e.g. the police.uk upload.
 */
export interface BodyLimits {
  default: number
  routes: Readonly<Record<string, number>>
}

/**
 * Enforces {@link BodyLimits} before any route runs, answering 413 as a problem. It is applied
 * once for the whole app (not per route) so a route cannot forget it; a route that needs more
 * declares its prefix in `routes`.
 *
 * @example
 * ```ts
 * app.use(bodyLimits({ default: 1024 * 1024, routes: { '/v1/imports/police-uk': 512 * 1024 * 1024 } }))
 * ```
 */
export function bodyLimits(limits: BodyLimits): MiddlewareHandler<AppEnv> {
  const prefixes = Object.keys(limits.routes).sort((a, b) => b.length - a.length)
  const limiters = new Map<number, MiddlewareHandler<AppEnv>>()
  const limiterFor = (maxSize: number) => {
    let limiter = limiters.get(maxSize)
    if (!limiter) {
      limiter = bodyLimit({
        maxSize,
        onError: (c) =>
          problem(
            c,
            'payload-too-large',
            `The request body is over the limit of ${maxSize} bytes.`
          ),
      })
      limiters.set(maxSize, limiter)
    }
    return limiter
  }
  return async (c, next) => {
    const method = c.req.method
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next()
    const path = c.req.path
    const prefix = prefixes.find(
      (p) => path === p || path.startsWith(p.endsWith('/') ? p : p + '/')
    )
    const maxSize =
      prefix === undefined ? limits.default : (limits.routes[prefix] ?? limits.default)
    return limiterFor(maxSize)(c, next)
  }
}
