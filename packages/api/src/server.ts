import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'

/** Options for {@link startServer}. */
export interface StartServerOptions {
  /** The request handler, e.g. `app.fetch`. */
  fetch: (request: Request) => Response | Promise<Response>
  /** Port to listen on; 0 picks a free one (tests). */
  port: number
  hostname?: string
  /** Runs after the last request has finished, e.g. closing the database. */
  onShutdown?: () => Promise<void>
  /** How long in-flight requests may take after shutdown starts before their sockets close. */
  shutdownTimeoutMs?: number
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
  const { shutdownTimeoutMs = 10_000 } = options
  return new Promise((resolve, reject) => {
    // serve() calls back after it returns (listening is asynchronous), so `server` is set.
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
    const server = serve(
      { fetch: options.fetch, port: options.port, hostname: options.hostname },
      listening
    ) as Server
    server.once('error', reject)
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
