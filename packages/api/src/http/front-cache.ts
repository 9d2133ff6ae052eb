import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Clock } from '../clock.ts'
import { todayInEngland } from '../casework/today.ts'
import { logTime, RequestLine, type Logger } from './logger.ts'
import { requestIdOf } from './request-id.ts'
import { etagListed, type ServedView } from '../read-model/read-model.ts'

interface Kept {
  view: ServedView
  /** Every header of the 200 the whole app sent, but the request id. */
  headers: Record<string, string>
  /** The same, without those that describe a body, for a 304. */
  notModifiedHeaders: Record<string, string>
  /** Both again as node:http's writeHead takes them: name, value, name, value, … */
  headerList: readonly string[]
  notModifiedHeaderList: readonly string[]
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
 * from a view is kept with every header the app's middleware gave it, under its host, URL and
 * Accept header; while that view's data has not changed, the same request is answered from
 * here without routing, validation or middleware (a request id is still given, and a request
 * line still logged). Anything else — a miss, a changed view, a view of another day, a feed
 * that is not listening — goes through the app, which builds or checks the view as usual.
 *
 * Served by node:http, {@link FrontCache.answer} writes a kept answer straight to the socket's
 * response, before the adapter builds a fetch Request; {@link FrontCache.serve} answers a fetch
 * Request (`app.request`, another adapter).
 *
 * @example
 * ```ts
 * const front = new FrontCache(readModel, { logger, clock })
 * const fetch = app.fetch
 * app.fetch = (request, env, ctx) =>
 *   front.serve(request, env) ?? front.keep(request, fetch(request, env, ctx), env)
 * startServer({ fetch: app.fetch, answerFirst: (req, res) => front.answer(req, res), port })
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
   * Writes the kept answer to node:http's request to `outgoing` and returns true; returns
   * false, having written nothing, when the app must answer.
   */
  answer(incoming: IncomingMessage, outgoing: ServerResponse): boolean {
    if (incoming.method !== 'GET') return false
    const headers = incoming.headers
    // A signed-in request may be owed another answer (exact figures): the app decides.
    if (headers.authorization !== undefined) return false
    const key = nodeKey(incoming)
    const now = this.#clock.now()
    const kept = key === undefined ? undefined : this.#current(key, now)
    if (!kept) return false
    const started = performance.now()
    const requestId = requestIdOf(textOf(headers['x-request-id']))
    const ifNoneMatch = headers['if-none-match']
    const fresh = ifNoneMatch !== undefined && etagListed(ifNoneMatch, kept.view.etag)
    const list = [
      ...(fresh ? kept.notModifiedHeaderList : kept.headerList),
      'x-request-id',
      requestId,
    ]
    outgoing.writeHead(fresh ? 304 : 200, list)
    if (fresh) outgoing.end()
    else outgoing.end(kept.view.body)
    this.#log(now, requestId, rawPathOf(incoming.url ?? '/'), fresh ? 304 : 200, started)
    return true
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
    const key = keyFor(request, env)
    const now = this.#clock.now()
    const kept = key === undefined ? undefined : this.#current(key, now)
    if (!kept) return undefined
    const started = performance.now()
    const requestId = requestIdOf(header('x-request-id'))
    const ifNoneMatch = header('if-none-match')
    const status = ifNoneMatch !== null && etagListed(ifNoneMatch, kept.view.etag) ? 304 : 200
    const headers = status === 304 ? kept.notModifiedHeaders : kept.headers
    const response = new Response(status === 304 ? null : kept.view.body, {
      status,
      headers: { ...headers, 'x-request-id': requestId },
    })
    this.#log(now, requestId, pathOf(request.url), status, started)
    return response
  }

  /**
   * Passes the app's answer on, keeping it first when it is a 200 from a current view. `env`
   * is the one {@link serve} was given: the answer is kept under the same key.
   */
  keep(
    request: Request,
    answer: Response | Promise<Response>,
    env?: unknown
  ): Response | Promise<Response> {
    if (request.method !== 'GET') return answer
    if (answer instanceof Response) return this.#keep(request, answer, env)
    return answer.then((response) => this.#keep(request, response, env))
  }

  #current(key: string, now: Date): Kept | undefined {
    const kept = this.#kept.get(key)
    if (!kept || now.getTime() >= kept.expiresAt || !this.#isCurrent(kept.view)) return undefined
    return kept
  }

  #log(now: Date, requestId: string, path: string, status: number, started: number) {
    const durationMs = Math.round((performance.now() - started) * 10) / 10
    this.#logger(new RequestLine(logTime(now), requestId, 'GET', path, status, durationMs))
  }

  #keep(request: Request, response: Response, env: unknown): Response {
    const view = this.#servedBy(request)
    if (!view || response.status !== 200) return response
    // Never an answer to someone signed in, whatever the route said.
    if (request.headers.has('authorization') || request.headers.has('cookie')) return response
    if (response.headers.get('cache-control')?.includes('no-store')) return response
    const key = keyFor(request, env)
    if (key === undefined) return response
    // The length first: the adapter looks for it among the headers, and stops at it.
    const headers: Record<string, string> = { 'content-length': String(view.body.byteLength) }
    const notModifiedHeaders: Record<string, string> = {}
    for (const [name, value] of response.headers) {
      if (name === 'x-request-id' || name === 'set-cookie' || name === 'content-length') continue
      headers[name] = value
      if (!bodyHeaders.has(name)) notModifiedHeaders[name] = value
    }
    const expiresAt = view.daily ? nextMidnightInEngland(this.#clock) : Infinity
    this.#kept.delete(key)
    this.#kept.set(key, {
      view,
      headers,
      notModifiedHeaders,
      headerList: Object.entries(headers).flat(),
      notModifiedHeaderList: Object.entries(notModifiedHeaders).flat(),
      expiresAt,
    })
    if (this.#kept.size > this.#maxEntries) {
      const oldest = this.#kept.keys().next().value
      if (oldest !== undefined) this.#kept.delete(oldest)
    }
    return response
  }
}

/**
 * A kept answer's key from node:http's request: host, target and Accept header as sent. Only
 * an origin-form target with a Host header has one; the raw target is never normalised, so an
 * answer is kept and found under exactly what was asked.
 */
function nodeKey(incoming: IncomingMessage): string | undefined {
  const { url, headers } = incoming
  const host = headers.host
  if (url === undefined || url[0] !== '/' || host === undefined) return undefined
  return keyOf(host + url, headers.accept ?? null)
}

/** The key of `request`: from node:http's request when the adapter passed it. */
function keyFor(request: Request, env: unknown): string | undefined {
  const incoming = incomingOf(env)
  return incoming ? nodeKey(incoming) : keyOf(request.url, request.headers.get('accept'))
}

/** node:http's request, when @hono/node-server passed it beside the fetch Request. */
function incomingOf(env: unknown): IncomingMessage | undefined {
  const incoming = (env as { incoming?: unknown } | undefined)?.incoming
  const nodeLike =
    typeof incoming === 'object' && incoming !== null && 'url' in incoming && 'headers' in incoming
  return nodeLike ? (incoming as IncomingMessage) : undefined
}

/** A header as node:http parsed it, as a fetch Headers would give it (repeats joined). */
const textOf = (value: string | string[] | undefined) =>
  value === undefined ? undefined : typeof value === 'string' ? value : value.join(', ')

function keyOf(url: string, accept: string | null): string {
  return accept === null ? url : `${url}\n${accept}`
}

type HeaderReader = (name: string) => string | null

/**
 * Reads a request's headers (lower-case names) from node:http's parsed headers when the
 * adapter passed its `incoming`, else from the fetch Request.
 */
function headerReader(request: Request, env: unknown): HeaderReader {
  const incoming = incomingOf(env)
  if (!incoming) return (name) => request.headers.get(name)
  return (name) => textOf(incoming.headers[name]) ?? null
}

/** The path of an origin-form target, without its query. */
function rawPathOf(target: string): string {
  const query = target.indexOf('?')
  return query === -1 ? target : target.slice(0, query)
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
