// `pnpm --filter @csp/portal bench:render`: how long the built portal takes to render the
// anti-social behaviour figures page on the server, signed in, as a browser would ask for it.
//
// Two ways: "with the API" calls the real API (PGlite, in a process of its own, as in the e2e
// tests), so the time includes its answers; "portal only" replays those answers from memory,
// recorded on the first request, so the time is the portal's own (session check, loads,
// Svelte's render). Writes bench-results/render.json. Build first (`vite build`).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { admin } from '../test/support/accounts.ts'
import { startApi } from '../test/support/api.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const runs = Number(process.env.BENCH_RUNS ?? 300)
const warmUp = 30
const origin = 'http://localhost:3000'
const pages = ['/figures/anti-social-behaviour', '/figures/anti-social-behaviour?period=2023']

interface KitServer {
  init(options: { env: Record<string, string | undefined> }): Promise<void>
  respond(request: Request, options: { getClientAddress(): string }): Promise<Response>
}

/** The median and 95th percentile (nearest rank) of `times`, in milliseconds. */
function summarise(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
  const round = (ms: number) => Math.round(ms * 100) / 100
  return { runs: times.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)) }
}

/** Replays the API's answers: the first call to each address goes through and is kept. */
function recordingFetch(apiUrl: string, real: typeof fetch) {
  const kept = new Map<string, { status: number; headers: [string, string][]; body: ArrayBuffer }>()
  let replaying = false
  let replayed = 0
  const wrapped: typeof fetch = async (input, init) => {
    const request = new Request(input, init)
    if (!replaying || !request.url.startsWith(apiUrl)) {
      const response = await real(request)
      if (request.url.startsWith(apiUrl) && request.method === 'GET') {
        const body = await response.clone().arrayBuffer()
        kept.set(request.url, { status: response.status, headers: [...response.headers], body })
      }
      return response
    }
    const answer = kept.get(request.url)
    if (!answer) throw new Error(`no recorded answer for ${request.method} ${request.url}`)
    replayed += 1
    return new Response(answer.body.slice(0), { status: answer.status, headers: answer.headers })
  }
  return {
    fetch: wrapped,
    replay: () => (replaying = true),
    record: () => (replaying = false),
    replayed: () => replayed,
  }
}

if (!existsSync(join(root, 'build', 'server', 'server.js'))) {
  throw new Error(
    'apps/portal/build is missing: run `vite build` (pnpm --filter @csp/portal build)'
  )
}

const api = await startApi()
try {
  const recorder = recordingFetch(api.url, globalThis.fetch)
  globalThis.fetch = recorder.fetch
  const { server } = (await import(pathToFileURL(join(root, 'build/server/server.js')).href)) as {
    server: KitServer
  }
  await server.init({ env: { ...process.env, API_URL: api.url } })

  const signIn = await fetch(`${api.url}/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  if (signIn.status !== 201) throw new Error(`signing in answered ${signIn.status}`)
  const { token } = (await signIn.json()) as { token: string }

  const render = async (path: string) => {
    const started = performance.now()
    const response = await server.respond(
      new Request(`${origin}${path}`, { headers: { cookie: `__Host-csp-session=${token}` } }),
      { getClientAddress: () => '127.0.0.1' }
    )
    const html = await response.text()
    const took = performance.now() - started
    if (response.status !== 200 || !html.includes('<h1 class="govuk-heading-l">Anti-social')) {
      throw new Error(`${path} answered ${response.status}:\n${html.slice(0, 500)}`)
    }
    return took
  }
  const measure = async (path: string) => {
    for (let i = 0; i < warmUp; i++) await render(path)
    const times: number[] = []
    for (let i = 0; i < runs; i++) times.push(await render(path))
    return summarise(times)
  }

  const results = []
  for (const path of pages) {
    recorder.record()
    const withApi = await measure(path)
    recorder.replay()
    const before = recorder.replayed()
    const portalOnly = await measure(path)
    const apiCallsPerRender = (recorder.replayed() - before) / (warmUp + runs)
    results.push({ path, apiCallsPerRender, withApi, portalOnly })
  }

  const report = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    results,
  }
  mkdirSync(join(root, 'bench-results'), { recursive: true })
  writeFileSync(join(root, 'bench-results', 'render.json'), `${JSON.stringify(report, null, 2)}\n`)
  for (const { path, withApi, portalOnly, apiCallsPerRender } of results) {
    console.log(`${path} (${apiCallsPerRender} API calls a render, ${runs} renders each)`)
    console.log(`  with the API   median ${withApi.medianMs} ms, p95 ${withApi.p95Ms} ms`)
    console.log(`  portal only    median ${portalOnly.medianMs} ms, p95 ${portalOnly.p95Ms} ms`)
  }
} finally {
  await api.close()
}
