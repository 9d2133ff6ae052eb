import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from './env.ts'
import { problem } from './problems.ts'

/**
 * Request body limits in bytes: `default` for every route, `routes` for paths that take more
 * (keys are path prefixes, the longest match wins), e.g. the police.uk upload. Bodies of the
 * `routes` are streamed, never held in memory (see {@link BodyTooLargeError}).
 */
export interface BodyLimits {
  default: number
  routes: Readonly<Record<string, number>>
}

/**
 * Raised while a streamed body is read, when it passes its route's limit; an uncaught one is
 * answered as a 413 problem like any over-limit body.
 */
export class BodyTooLargeError extends HTTPException {
  constructor(maxSize: number) {
    super(413, { message: `The request body is over the limit of ${maxSize} bytes.` })
  }
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
        onError: (c) => tooLarge(c, maxSize),
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
    if (prefix === undefined) return limiterFor(limits.default)(c, next)
    return streamingLimit(c, limits.routes[prefix] ?? limits.default, next)
  }
}

// hono's bodyLimit buffers a body sent without Content-Length (chunked) to count it: fine for
// a JSON form, not for a 500 MB upload. These routes get the body as a stream that counts as
// it goes and fails with BodyTooLargeError past the limit. It never cancels the socket's
// stream (that would reset the connection before the client reads the 413): the server drains
// what is left once it has answered (see src/server.ts). A reader that gives up (a cancelled
// import) cancels the upload as usual.
async function streamingLimit(c: Context<AppEnv>, maxSize: number, next: () => Promise<void>) {
  const body = c.req.raw.body
  const length = c.req.header('Content-Length')
  if (!body) return next()
  if (length !== undefined && !c.req.raw.headers.has('Transfer-Encoding')) {
    if (Number.parseInt(length, 10) > maxSize) return tooLarge(c, maxSize)
    return next() // the HTTP parser ends the body at Content-Length
  }
  const reader = body.getReader()
  let size = 0
  const counted = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read()
      if (done) return controller.close()
      size += value.byteLength
      if (size <= maxSize) return controller.enqueue(value)
      reader.releaseLock()
      controller.error(new BodyTooLargeError(maxSize))
    },
    cancel(reason) {
      return reader.cancel(reason)
    },
  })
  c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit)
  return next()
}

const tooLarge = (c: Context<AppEnv>, maxSize: number) =>
  problem(c, 'payload-too-large', `The request body is over the limit of ${maxSize} bytes.`)
