import { createServer, IncomingMessage, ServerResponse, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'

/** Options for {@link startServer}. */
export interface StartServerOptions {
  /**
   * The request handler, e.g. `app.fetch`. Its second argument is the adapter's `incoming` and
   * `outgoing` (node:http's request and response), as @hono/node-server passes them.
   */
  fetch: (request: Request, env: NodeBindings | undefined) => Response | Promise<Response>
  /**
   * Answers a request straight from node:http's request and response, before the adapter
   * builds a fetch Request, when it can (true); otherwise `fetch` answers. See `nodeLaneOf`.
   */
  answerFirst?: NodeLane | undefined
  /** Port to listen on; 0 picks a free one (tests). */
  port: number
  hostname?: string
  /** Runs after the last request has finished, e.g. closing the database. */
  onShutdown?: () => Promise<void>
  /** How long in-flight requests may take after shutdown starts before their sockets close. */
  shutdownTimeoutMs?: number
  /**
   * How long the rest of a request body the app did not read (a 413, a 401 before the body)
   * is read and dropped after the answer, before the connection is cut (default 30 s).
   */
  drainTimeoutMs?: number
}

/** A handler that answers from node:http's request and response, or declines (false). */
export type NodeLane = (incoming: IncomingMessage, outgoing: ServerResponse) => boolean

/** What @hono/node-server passes a handler beside the request. */
export interface NodeBindings {
  incoming?: unknown
  outgoing?: unknown
}

/** A listening server. */
export interface RunningServer {
  port: number
  url: string
  /**
   * Stops accepting connections, lets in-flight requests finish (up to the timeout), then runs
   * `onShutdown`. Safe to call more than once; every call waits for the same shutdown.
   */
  shutdown(): Promise<void>
}

/**
 * Serves `fetch` over HTTP with @hono/node-server, with a graceful shutdown.
 *
 * @example
 * ```ts
 * const server = await startServer({ fetch: app.fetch, port: 8787, onShutdown: () => handle.close() })
 * process.once('SIGTERM', () => void server.shutdown())
 * ```
 */
export function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { shutdownTimeoutMs = 10_000, drainTimeoutMs = 30_000 } = options
  return new Promise((resolve, reject) => {
    // listen() calls back after it returns (listening is asynchronous), so `server` is set.
    const listening = (info: AddressInfo) => {
      server.off('error', reject)
      const host = options.hostname ?? 'localhost'
      let stopping: Promise<void> | undefined
      resolve({
        port: info.port,
        url: `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`,
        shutdown: () => (stopping ??= stop(server, shutdownTimeoutMs, options.onShutdown)),
      })
    }
    const fetch = (request: Request, env?: NodeBindings) => {
      const { incoming, outgoing } = env ?? {}
      // A GET or HEAD has no body to guard, and asking the adapter's request for its body
      // would build a whole undici Request (and AbortController) for every public read.
      if (
        incoming instanceof IncomingMessage &&
        outgoing instanceof ServerResponse &&
        !bodiless(incoming.method)
      ) {
        drainAfterAnswer(incoming, outgoing, drainTimeoutMs)
        return options.fetch(withSocketBody(request), env)
      }
      return options.fetch(request, env)
    }
    // The unread rest of a body is drained here (drainAfterAnswer), not by the adapter, which
    // cuts the connection after 500 ms or 64 MiB: a client still sending never saw its 413.
    const listener = getRequestListener(fetch, {
      hostname: options.hostname,
      autoCleanupIncoming: false,
    })
    const first = options.answerFirst
    const server = createServer(
      first
        ? (incoming, outgoing) => {
            if (!first(incoming, outgoing)) void listener(incoming, outgoing)
          }
        : listener
    )
    server.listen(options.port, options.hostname, () => listening(server.address() as AddressInfo))
    server.once('error', reject)
  })
}

const discard = () => {}

const bodiless = (method: string | undefined) => method === 'GET' || method === 'HEAD'

/**
 * The request with a body that a reader may cancel without closing the connection: cancelling
 * the adapter's stream would destroy the socket, and the answer with it. What is left unread
 * is drained after the answer (drainAfterAnswer).
 */
function withSocketBody(request: Request): Request {
  const body = request.body
  if (!body) return request
  const reader = body.getReader()
  const guarded = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read()
      if (done) controller.close()
      else controller.enqueue(value)
    },
    cancel() {
      reader.releaseLock()
    },
  })
  return new Request(request, { body: guarded, duplex: 'half' } as RequestInit)
}

/**
 * Once the answer is sent, reads and drops whatever the client is still sending of a body the
 * app did not read, so that the client, which may read nothing until it has sent everything,
 * receives the answer (a 413 above all) instead of a reset connection; the connection can then
 * be used again. A client still sending after `timeoutMs` is cut off.
 */
function drainAfterAnswer(incoming: IncomingMessage, outgoing: ServerResponse, timeoutMs: number) {
  outgoing.once('finish', () => {
    if (incoming.readableEnded || incoming.destroyed) return
    // The request's body stream (a web stream over `incoming`) is done with: its listener
    // would pause the socket again once its queue filled.
    incoming.removeAllListeners('data')
    incoming.on('data', discard)
    const timer = setTimeout(() => incoming.socket?.destroy(), timeoutMs)
    timer.unref()
    incoming.once('end', () => clearTimeout(timer))
    incoming.once('close', () => clearTimeout(timer))
    incoming.resume()
  })
}

async function stop(server: Server, timeoutMs: number, onShutdown?: () => Promise<void>) {
  await new Promise<void>((resolve) => {
    // Keep-alive sockets between requests would hold close() open until they time out.
    const idle = setInterval(() => server.closeIdleConnections(), 100)
    const force = setTimeout(() => server.closeAllConnections(), timeoutMs)
    server.close(() => {
      clearInterval(idle)
      clearTimeout(force)
      resolve()
    })
    server.closeIdleConnections()
  })
  await onShutdown?.()
}
