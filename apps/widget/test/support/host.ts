// A tiny web server for host pages (and, in the error and XSS tests, hostile API answers), on
// 127.0.0.1 with a free port: a different origin from the API, as on a real council site.
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Reply {
  status?: number
  headers?: Record<string, string>
  body: string | Buffer
  /** Wait this long before answering (loading states). */
  delayMs?: number
}

export type Route = Reply | ((request: IncomingMessage) => Reply)

export interface HostServer {
  /** Origin without a trailing slash. */
  url: string
  /** Adds or replaces the answer for a path (query strings are ignored). */
  route(path: string, route: Route): void
  close(): Promise<void>
}

/** Starts the server with the given routes; unknown paths are 404s. */
export async function startHost(routes: Record<string, Route> = {}): Promise<HostServer> {
  const table = new Map<string, Route>([
    ['/favicon.ico', { status: 204, body: '' }],
    ...Object.entries(routes),
  ])
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname
    const route = table.get(path)
    const reply: Reply = route
      ? typeof route === 'function'
        ? route(request)
        : route
      : { status: 404, body: 'not found' }
    setTimeout(() => {
      response.writeHead(reply.status ?? 200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        ...reply.headers,
      })
      response.end(reply.body)
    }, reply.delayMs ?? 0)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    route: (path, route) => table.set(path, route),
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** JSON with the headers a public API read carries (any origin may read it). */
export function jsonReply(body: unknown, status = 200): Reply {
  return {
    status,
    headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  }
}

/** A complete HTML document around `body`; `head` goes into <head>. */
export function htmlPage({
  body,
  head = '',
  lang = 'en',
  title = 'Host page',
}: {
  body: string
  head?: string
  lang?: string
  title?: string
}): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${title}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`
}

/** The built script's Subresource Integrity value (dist/csp-widget.json). */
export function scriptIntegrity(): string {
  const manifest = new URL('../../dist/csp-widget.json', import.meta.url)
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { sri: string }).sri
}

/** The two lines a site pastes (as the README gives them): the script, and the element. */
export function snippet(
  apiUrl: string,
  attributes = 'measure="anti-social-behaviour" period="2023" highlight="E07000039"'
): string {
  return `<script src="${apiUrl}/widget/csp-widget.js" integrity="${scriptIntegrity()}" crossorigin="anonymous" defer></script>
<csp-crime-table ${attributes}></csp-crime-table>`
}
