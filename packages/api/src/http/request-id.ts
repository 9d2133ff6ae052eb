import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './env.ts'

// Compiled once: the shape of an id a caller may pass on (as hono's request-id middleware
// accepts: word characters, '-' and '=', at most 255).
const callerIdShape = /^[\w\-=]{1,255}$/

/**
 * The request's id: the caller's `X-Request-Id` when it is a plain token, otherwise a new
 * random UUID.
 *
 * @example
 * ```ts
 * requestIdOf('abc-123') //=> 'abc-123'
 * requestIdOf('<script>') //=> a new UUID
 * ```
 */
export function requestIdOf(given: string | null | undefined): string {
  return given != null && callerIdShape.test(given) ? given : crypto.randomUUID()
}

/**
 * Gives every request an id (see {@link requestIdOf}), in `c.get('requestId')` and the
 * `X-Request-Id` response header, so a user can quote it and the log line can be found.
 *
 * @example
 * ```ts
 * app.use(requestId())
 * ```
 */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = requestIdOf(c.req.header('X-Request-Id'))
    c.set('requestId', id)
    c.header('X-Request-Id', id)
    await next()
  }
}
