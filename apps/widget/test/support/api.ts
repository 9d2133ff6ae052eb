// The real CSP Toolkit API, run in-process on an in-memory PGlite seeded with the South
// Derbyshire plan. @csp/api exports no app yet, so its source is imported by path.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createApp } from '../../../../packages/api/src/app.ts'
import { systemClock } from '../../../../packages/api/src/clock.ts'
import { createDb } from '../../../../packages/api/src/db/client.ts'
import { migrate } from '../../../../packages/api/src/db/migrate.ts'
import { seed } from '../../../../packages/api/src/db/seed.ts'
import { startServer } from '../../../../packages/api/src/server.ts'

export const scriptPath = fileURLToPath(new URL('../../dist/csp-widget.js', import.meta.url))

/** A running API; `url` ends without a slash, e.g. `http://127.0.0.1:41234`. */
export interface RunningApi {
  url: string
  app: ReturnType<typeof createApp>
  close(): Promise<void>
}

/**
 * Starts the API on 127.0.0.1 with a free port. Until the API serves the widget itself, this
 * also answers `GET /widget/csp-widget.js` with the built script, the way the API will.
 */
export async function startApi(): Promise<RunningApi> {
  const handle = await createDb()
  await migrate(handle)
  await seed(handle.db, { clock: systemClock, env: {} })
  const app = createApp({ db: handle.db, config: { logger: () => {} } })
  const script = readFileSync(scriptPath)
  const server = await startServer({
    hostname: '127.0.0.1',
    port: 0,
    fetch: (request) =>
      new URL(request.url).pathname === '/widget/csp-widget.js'
        ? new Response(script, {
            headers: {
              'Content-Type': 'text/javascript; charset=utf-8',
              'Access-Control-Allow-Origin': '*',
              'Cross-Origin-Resource-Policy': 'cross-origin',
            },
          })
        : app.fetch(request),
    onShutdown: () => handle.close(),
    shutdownTimeoutMs: 2_000,
  })
  return { url: server.url, app, close: () => server.shutdown() }
}
