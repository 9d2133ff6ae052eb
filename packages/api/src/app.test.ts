import { describe, expect, it } from 'vitest'
import type { LogEntry } from './http/logger.ts'
import { appWithoutDb } from './test/databases.ts'
import { json, problemType } from './test/http.ts'

describe('createApp middleware', () => {
  it('answers unknown routes with a 404 problem', async () => {
    const res = await appWithoutDb().request('/v1/nope')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = await json(res)
    expect(body).toMatchObject({
      type: problemType('not-found'),
      title: 'Not found',
      status: 404,
      detail: 'There is nothing at GET /v1/nope.',
    })
    expect(body.requestId).toBe(res.headers.get('x-request-id'))
  })

  it('generates a request id, and keeps a well-formed one from the client', async () => {
    const app = appWithoutDb()
    const generated = (await app.request('/healthz')).headers.get('x-request-id')
    expect(generated).toMatch(/^[0-9a-f-]{36}$/)
    const kept = await app.request('/healthz', { headers: { 'X-Request-Id': 'trace-123' } })
    expect(kept.headers.get('x-request-id')).toBe('trace-123')
    const replaced = await app.request('/healthz', { headers: { 'X-Request-Id': 'bad id\u00e9' } })
    expect(replaced.headers.get('x-request-id')).not.toBe('bad id\u00e9')
  })

  it('logs one JSON-ready line per request with the request id', async () => {
    const lines: LogEntry[] = []
    const app = appWithoutDb({ logger: (entry) => lines.push(entry) })
    await app.request('/v1/areas', { headers: { 'X-Request-Id': 'abc' } })
    await app.request('/nope')
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        msg: 'request',
        requestId: 'abc',
        method: 'GET',
        path: '/v1/areas',
        status: 200,
        time: '2025-06-01T09:00:00.000Z',
      }),
      expect.objectContaining({ path: '/nope', status: 404 }),
    ])
    expect(() => JSON.stringify(lines)).not.toThrow()
  })

  it('sends secure headers on every response', async () => {
    const res = await appWithoutDb().request('/healthz')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin')
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=/)
  })

  // OWASP's REST Security Cheat Sheet: the headers an API answer needs; those that only act on
  // a document a browser renders go on HTML answers alone.
  const documentOnly = [
    'cross-origin-opener-policy',
    'origin-agent-cluster',
    'referrer-policy',
    'x-dns-prefetch-control',
    'x-download-options',
    'x-permitted-cross-domain-policies',
    'x-xss-protection',
  ]

  it('sends an API answer the headers that act on it, and none that act only on documents', async () => {
    const res = await appWithoutDb().request('/healthz')
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    for (const name of documentOnly) expect(res.headers.has(name), name).toBe(false)
  })

  it('sends an HTML page the document headers as well', async () => {
    const app = appWithoutDb()
    for (const page of [
      await app.request('/docs'),
      await app.request('/', { headers: { Accept: 'text/html' } }),
    ]) {
      expect(page.headers.get('content-type')).toMatch(/^text\/html/)
      for (const name of documentOnly) expect(page.headers.has(name), name).toBe(true)
      expect(page.headers.get('referrer-policy')).toBe('no-referrer')
      expect(page.headers.get('x-content-type-options')).toBe('nosniff')
      expect(page.headers.get('x-frame-options')).toBe('DENY')
    }
  })

  it('answers a wrong method with a 405 problem and Allow', async () => {
    const res = await appWithoutDb().request('/v1/areas', { method: 'DELETE' })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET, HEAD')
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect((await json(res)).type).toBe(problemType('method-not-allowed'))
  })

  it('rejects bodies over the limit with a 413 problem, with larger limits per route', async () => {
    const body = 'x'.repeat(2048)
    const app = appWithoutDb({
      bodyLimits: { default: 1024, routes: { '/v1/imports/police-uk': 4096 } },
    })
    const tooBig = await app.request('/v1/anything', { method: 'POST', body })
    expect(tooBig.status).toBe(413)
    expect(tooBig.headers.get('content-type')).toBe('application/problem+json')
    expect(await json(tooBig)).toMatchObject({
      type: problemType('payload-too-large'),
      detail: 'The request body is over the limit of 1024 bytes.',
    })
    // The upload route's own limit lets the body through (to the sign-in check).
    const allowed = await app.request('/v1/imports/police-uk', { method: 'POST', body })
    expect(allowed.status).toBe(401)
    const streamed = await app.request('/v1/anything', {
      method: 'POST',
      body: new Blob([body]).stream(),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
  })

  it('opens CORS to any origin on public GETs only', async () => {
    const app = appWithoutDb()
    const origin = { Origin: 'https://www.southderbyshire.gov.uk' }
    const publicGet = await app.request('/v1/areas', { headers: origin })
    expect(publicGet.headers.get('access-control-allow-origin')).toBe('*')
    expect(publicGet.headers.get('access-control-expose-headers')).toContain('ETag')
    expect(publicGet.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    const health = await app.request('/healthz', { headers: origin })
    expect(health.headers.get('access-control-allow-origin')).toBeNull()
    const post = await app.request('/v1/areas', { method: 'POST', headers: origin })
    expect(post.headers.get('access-control-allow-origin')).toBeNull()
    const docs = await app.request('/docs', { headers: origin })
    expect(docs.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('answers preflights for reads without letting credentials cross origins', async () => {
    const res = await appWithoutDb().request('/v1/crime-tables/hate-crime/2023', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://example.org',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,HEAD')
    expect(res.headers.get('access-control-allow-headers')).toBe('Accept,If-None-Match')
  })

  it('turns an unexpected error into a 500 problem and logs it with the stack', async () => {
    const lines: LogEntry[] = []
    const res = await appWithoutDb({ logger: (e) => lines.push(e) }).request('/v1/plan')
    expect(res.status).toBe(500)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = await json(res)
    expect(body).toMatchObject({ type: problemType('internal'), status: 500 })
    expect(JSON.stringify(body)).not.toContain('no database') // no internals leak out
    const error = lines.find((l) => l.msg === 'unhandled error')
    expect(error).toMatchObject({ level: 'error', requestId: body.requestId, path: '/v1/plan' })
    expect(String(error?.['error'])).toContain('this test has no database')
  })

  it('reports readiness from the database and liveness without it', async () => {
    const app = appWithoutDb()
    const live = await app.request('/healthz')
    expect(live.status).toBe(200)
    expect(await json(live)).toEqual({ status: 'ok' })
    const ready = await app.request('/readyz')
    expect(ready.status).toBe(503)
    expect(ready.headers.get('content-type')).toBe('application/problem+json')
    expect((await json(ready)).type).toBe(problemType('unavailable'))
  })

  it('answers HEAD on public GETs without a body', async () => {
    const res = await appWithoutDb().request('/v1/measures', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]+"$/)
  })
})
