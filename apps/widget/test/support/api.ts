// The real CSP Toolkit API (`@csp/api/testing`), run in-process on an in-memory PGlite seeded
// with the South Derbyshire plan. The API serves this widget's script, so @csp/api depends on
// the widget and the widget cannot depend on @csp/api: its tests load the API's built testing
// entry by path (turbo.json builds @csp/api before the widget's tests and typecheck).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { startTestApi, type TestApi } from '../../../../packages/api/dist/testing.js'

export const scriptPath = fileURLToPath(new URL('../../dist/csp-widget.js', import.meta.url))

/** A running API; `url` ends without a slash, e.g. `http://127.0.0.1:41234`. */
export type RunningApi = TestApi

/**
 * Starts the API on 127.0.0.1 with a free port. Until the API serves the widget itself, this
 * also answers `GET /widget/csp-widget.js` with the built script, the way the API will.
 */
export async function startApi(): Promise<RunningApi> {
  const script = readFileSync(scriptPath)
  return startTestApi({
    serve: (request) =>
      new URL(request.url).pathname === '/widget/csp-widget.js'
        ? new Response(script, {
            headers: {
              'Content-Type': 'text/javascript; charset=utf-8',
              'Access-Control-Allow-Origin': '*',
              'Cross-Origin-Resource-Policy': 'cross-origin',
            },
          })
        : undefined,
  })
}
