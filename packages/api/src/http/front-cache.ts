import type { Clock } from '../clock.ts'
import { todayInEngland } from '../casework/today.ts'
import { logTime, type Logger } from './logger.ts'
import { requestIdOf } from './request-id.ts'
import { etagListed, type ServedView } from '../read-model/read-model.ts'

interface Kept {
  view: ServedView
  /** Every header of the 200 the whole app sent, but the request id. */
  headers: Record<string, string>
  /** The same, without those that describe a body, for a 304. */
  notModifiedHeaders: Record<string, string>
  /** For a view that depends on the day: when it must be built again (ms since the epoch). */
  expiresAt: number
}

/** Options for {@link FrontCache}. */
export interface FrontCacheOptions {
  logger: Logger
  clock: Clock
  /** Answers kept before the oldest is dropped (default 2,000). */
  maxEntries?: number
}

const bodyHeaders = new Set(['content-type', 'content-length', 'content-disposition'])

/**
 * The read model's fast lane, in front of the whole app: a public GET that the app answered
 * from a view is kept with every header the app's middleware gave it, under its URL and Accept
 * header; while that view's data has not changed, the same request is answered from here
 * without routing, validation or middleware (a request id is still given, and a request line
 * still logged). Anything else — a miss, a changed view, a view of another day, a feed that is
 * not listening — goes through the app, which builds or checks the view as usual.
 *
 * @example
 * ```ts
 * const front = new FrontCache(readModel, { logger, clock })
 * const fetch = app.fetch
 * app.fetch = (request, env, ctx) => front.serve(request, env) ?? front.keep(request, fetch(request, env, ctx))
 * ```
 */
export class FrontCache {
  readonly #isCurrent: (view: ServedView) => boolean
  readonly #servedBy: (request: Request) => ServedView | undefined
  readonly #logger: Logger
  readonly #clock: Clock
  readonly #maxEntries: number
  readonly #kept = new Map<string, Kept>()

  constructor(
    readModel: {
      isCurrent(view: ServedView): boolean
      servedBy(request: Request): ServedView | undefined
    },
    options: FrontCacheOptions
  ) {
    this.#isCurrent = (view) => readModel.isCurrent(view)
    this.#servedBy = (request) => readModel.servedBy(request)
    this.#logger = options.logger
    this.#clock = options.clock
    this.#maxEntries = options.maxEntries ?? 2000
  }

  /**
   * The kept answer to `request`, or undefined to let the app answer it. `env` is what
   * @hono/node-server passes beside the request: its headers are read from node:http's own
   * (building the fetch Request's Headers would cost more than the whole answer).
   */
  serve(request: Request, env?: unknown): Response | undefined {
    if (request.method !== 'GET') return undefined
    const header = headerReader(request, env)
    // A signed-in request may be owed another answer (exact figures): the app decides.
    if (header('authorization') !== null) return undefined
    const kept = this.#kept.get(keyOf(request.url, header('accept')))
    if (!kept) return undefined
    const now = this.#clock.now()
    if (now.getTime() >= kept.expiresAt || !this.#isCurrent(kept.view)) return undefined
    const started = performance.now()
    const requestId = requestIdOf(header('x-request-id'))
    const ifNoneMatch = header('if-none-match')
    const status = ifNoneMatch !== null && etagListed(ifNoneMatch, kept.view.etag) ? 304 : 200
    const headers = status === 304 ? kept.notModifiedHeaders : kept.headers
    const response = new Response(status === 304 ? null : kept.view.body, {
      status,
      headers: { ...headers, 'x-request-id': requestId },
    })
    this.#logger({
      time: logTime(now),
      level: 'info',
      msg: 'request',
      requestId,
      method: 'GET',
      path: pathOf(request.url),
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    })
    return response
  }

  /** Passes the app's answer on, keeping it first when it is a 200 from a current view. */
  keep(request: Request, answer: Response | Promise<Response>): Response | Promise<Response> {
    if (request.method !== 'GET') return answer
    if (answer instanceof Response) return this.#keep(request, answer)
    return answer.then((response) => this.#keep(request, response))
  }

  #keep(request: Request, response: Response): Response {
    const view = this.#servedBy(request)
    if (!view || response.status !== 200) return response
    // Never an answer to someone signed in, whatever the route said.
    if (request.headers.has('authorization') || request.headers.has('cookie')) return response
    if (response.headers.get('cache-control')?.includes('no-store')) return response
    const headers: Record<string, string> = {}
    const notModifiedHeaders: Record<string, string> = {}
    for (const [name, value] of response.headers) {
      if (name === 'x-request-id' || name === 'set-cookie') continue
      headers[name] = value
      if (!bodyHeaders.has(name)) notModifiedHeaders[name] = value
    }
    const expiresAt = view.daily ? nextMidnightInEngland(this.#clock) : Infinity
    const key = keyOf(request.url, request.headers.get('accept'))
    this.#kept.delete(key)
    this.#kept.set(key, { view, headers, notModifiedHeaders, expiresAt })
    if (this.#kept.size > this.#maxEntries) {
      const oldest = this.#kept.keys().next().value
      if (oldest !== undefined) this.#kept.delete(oldest)
    }
    return response
  }
}

function keyOf(url: string, accept: string | null): string {
  return accept === null ? url : `${url}\n${accept}`
}

type HeaderReader = (name: string) => string | null

/**
 * Reads a request's headers (lower-case names) from node:http's parsed headers when the
 * adapter passed its `incoming`, else from the fetch Request.
 */
function headerReader(request: Request, env: unknown): HeaderReader {
  const incoming = (env as { incoming?: { headers?: unknown } } | undefined)?.incoming
  const parsed = incoming?.headers
  if (typeof parsed !== 'object' || parsed === null) return (name) => request.headers.get(name)
  const headers = parsed as Record<string, string | string[] | undefined>
  return (name) => {
    const value = headers[name]
    if (value === undefined) return null
    // node:http keeps repeated Set-Cookie-like headers as arrays; a fetch Headers joins them.
    return typeof value === 'string' ? value : value.join(', ')
  }
}

function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2)
  const query = url.indexOf('?', start)
  return url.slice(start, query === -1 ? undefined : query)
}

/** The instant the next day begins in England (midnight Europe/London), in ms. */
function nextMidnightInEngland(clock: Clock): number {
  const today = todayInEngland(clock)
  const tomorrow = new Date(`${today}T00:00:00Z`)
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1)
  const day = tomorrow.toISOString().slice(0, 10)
  // London is UTC or UTC+1: midnight there is 00:00Z, or 23:00Z the evening before.
  const summer = new Date(`${today}T23:00:00Z`)
  return todayInEngland({ now: () => summer }) === day ? summer.getTime() : tomorrow.getTime()
}
