import { describe, expect, it, vi } from 'vitest'
import type { Clock } from '../clock.ts'
import type { LogEntry } from './logger.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json } from '../test/http.ts'
import { FrontCache } from './front-cache.ts'
import { startServer } from '../server.ts'
import { nodeLaneOf } from '../app.ts'
import { ReadModel, type ServedView } from '../read-model/read-model.ts'

const view = (overrides: Partial<ServedView> = {}): ServedView => ({
  topics: ['plan'],
  versions: [3],
  etag: '"abc-3"',
  body: new TextEncoder().encode('{"a":1}'),
  daily: false,
  ...overrides,
})

/** A front cache over a stand-in read model whose answers the test controls. */
function front(clock: Clock, served: ServedView) {
  let current = true
  const logs: LogEntry[] = []
  const cache = new FrontCache(
    { isCurrent: () => current, servedBy: () => served },
    { logger: (entry) => logs.push(entry), clock }
  )
  const appAnswer = () =>
    new Response(served.body, {
      status: 200,
      headers: {
        'content-type': 'application/json',
        etag: served.etag,
        'x-request-id': 'from-the-app',
        'cache-control': 'public, max-age=300',
      },
    })
  const request = (headers: Record<string, string> = {}) =>
    new Request('http://api.example/v1/plan?x=1', { headers })
  return { cache, logs, appAnswer, request, outdate: () => (current = false) }
}

describe('FrontCache', () => {
  const noon: Clock = { now: () => new Date('2025-06-01T11:00:00Z') }

  it('answers a kept GET with the app’s headers, a new request id and a log line', async () => {
    const f = front(noon, view())
    expect(f.cache.serve(f.request())).toBeUndefined()
    await f.cache.keep(f.request(), f.appAnswer())
    const answer = f.cache.serve(f.request())
    expect(answer?.status).toBe(200)
    expect(await answer?.text()).toBe('{"a":1}')
    expect(answer?.headers.get('content-length')).toBe('7')
    expect(answer?.headers.get('cache-control')).toBe('public, max-age=300')
    expect(answer?.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(
      f.cache.serve(f.request({ 'X-Request-Id': 'mine-1' }))?.headers.get('x-request-id')
    ).toBe('mine-1')
    expect(f.logs.at(-1)).toMatchObject({
      msg: 'request',
      method: 'GET',
      path: '/v1/plan',
      status: 200,
    })
  })

  it('answers If-None-Match with 304 and no body headers', async () => {
    const f = front(noon, view())
    await f.cache.keep(f.request(), f.appAnswer())
    const answer = f.cache.serve(f.request({ 'If-None-Match': '"abc-3"' }))
    expect(answer?.status).toBe(304)
    expect(answer?.headers.get('etag')).toBe('"abc-3"')
    expect(answer?.headers.get('content-type')).toBeNull()
    expect(answer?.headers.get('content-length')).toBeNull()
  })

  it('keeps apart answers to other Accept headers, and lets anything else through', async () => {
    const f = front(noon, view())
    await f.cache.keep(f.request(), f.appAnswer())
    expect(f.cache.serve(f.request({ Accept: 'text/csv' }))).toBeUndefined()
    expect(
      f.cache.serve(new Request('http://api.example/v1/plan?x=1', { method: 'HEAD' }))
    ).toBeUndefined()
    f.outdate()
    expect(f.cache.serve(f.request())).toBeUndefined()
  })

  it('reads the headers node:http parsed when the adapter passes them', async () => {
    const f = front(noon, view())
    // The fetch Request says nothing: every header below comes from node:http's own.
    const node = (headers: Record<string, string | string[]>) => ({
      incoming: { url: '/v1/plan?x=1', headers: { host: 'api.example', ...headers } },
    })
    await f.cache.keep(f.request(), f.appAnswer(), node({}))
    expect(f.cache.serve(f.request(), node({}))?.status).toBe(200)
    // Kept under the target as node:http read it: another spelling is another key.
    const other = { incoming: { url: '/v1/plan?x=1&', headers: { host: 'api.example' } } }
    expect(f.cache.serve(f.request(), other)).toBeUndefined()
    expect(f.cache.serve(f.request(), node({ authorization: 'Bearer x' }))).toBeUndefined()
    expect(f.cache.serve(f.request(), node({ accept: 'text/csv' }))).toBeUndefined()
    expect(f.cache.serve(f.request(), node({ 'if-none-match': '"abc-3"' }))?.status).toBe(304)
    expect(
      f.cache.serve(f.request(), node({ 'x-request-id': 'node-1' }))?.headers.get('x-request-id')
    ).toBe('node-1')
  })

  it('lets a view of the day go at midnight in England', async () => {
    let now = new Date('2025-06-01T22:59:00Z') // 23:59 BST
    const clock: Clock = { now: () => now }
    const f = front(clock, view({ daily: true }))
    await f.cache.keep(f.request(), f.appAnswer())
    expect(f.cache.serve(f.request())?.status).toBe(200)
    now = new Date('2025-06-01T23:00:00Z') // 00:00 BST on the 2nd
    expect(f.cache.serve(f.request())).toBeUndefined()
  })
})

describe.each(testDatabases)('public reads through the front cache on $name', (target) => {
  const t = useTestDb(target)

  it('answers again with the same headers and body, but its own request id', async () => {
    const readModel = new ReadModel(t.db, { changes: t.handle.changes })
    expect(await readModel.live()).toBe(true)
    const app = t.app({}, undefined, readModel)
    for (const path of ['/v1/crime-tables/anti-social-behaviour/2023', '/v1/areas', '/v1/pspos']) {
      const first = await app.request(path)
      const second = await app.request(path)
      expect(await second.text()).toBe(await first.text())
      const headers = (r: Response) =>
        [...r.headers].filter(([name]) => name !== 'x-request-id' && name !== 'content-length')
      expect(headers(second)).toEqual(headers(first))
      expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'))
    }
  })

  it('serves the new figures as soon as a write has committed', async () => {
    const readModel = new ReadModel(t.db, { changes: t.handle.changes })
    expect(await readModel.live()).toBe(true)
    const app = t.app({}, undefined, readModel)
    const path = '/v1/asb-case-reviews/annual-returns'
    const before = await json(await app.request(path))
    await json(await app.request(path))
    const other = await t.openAnother()
    await other.db.execute(
      (await import('drizzle-orm'))
        .sql`update asb_case_review_returns set further_information_url = 'https://example.org/changed'`
    )
    await expect
      .poll(async () => (await json(await app.request(path))).items[0]?.furtherInformationUrl)
      .toBe('https://example.org/changed')
    expect(before.items[0]?.furtherInformationUrl).not.toBe('https://example.org/changed')
  })

  it('answers over HTTP from memory, and leaves a signed-in request to the app', async () => {
    const readModel = new ReadModel(t.db, { changes: t.handle.changes })
    expect(await readModel.live()).toBe(true)
    const app = t.app({}, undefined, readModel)
    // The app answers from the read model through respond(); the front cache never calls it.
    const answeredByApp = vi.spyOn(readModel, 'respond')
    const server = await startServer({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    try {
      const url = `${server.url}/v1/crime-tables/anti-social-behaviour/2023`
      const first = await fetch(url)
      expect(answeredByApp).toHaveBeenCalledTimes(1)
      const second = await fetch(url, { headers: { 'X-Request-Id': 'over-http-1' } })
      expect(second.status).toBe(200)
      expect(await second.text()).toBe(await first.text())
      expect(second.headers.get('x-request-id')).toBe('over-http-1')
      const etag = first.headers.get('etag') ?? ''
      const revalidated = await fetch(url, { headers: { 'If-None-Match': etag } })
      expect(revalidated.status).toBe(304)
      expect(answeredByApp).toHaveBeenCalledTimes(1)
      const signedIn = await fetch(url, { headers: { Authorization: 'Bearer not-a-token' } })
      await signedIn.arrayBuffer()
      expect(answeredByApp).toHaveBeenCalledTimes(2)
    } finally {
      await server.shutdown()
    }
  })

  it('answers from node:http before a fetch Request is built, as the app would', async () => {
    const readModel = new ReadModel(t.db, { changes: t.handle.changes })
    expect(await readModel.live()).toBe(true)
    const logs: LogEntry[] = []
    const app = t.app({ logger: (entry) => logs.push(entry) }, undefined, readModel)
    const answeredByApp = vi.spyOn(readModel, 'respond')
    const fetched = vi.fn(app.fetch)
    const server = await startServer({
      fetch: fetched,
      answerFirst: nodeLaneOf(app),
      port: 0,
      hostname: '127.0.0.1',
    })
    try {
      const url = `${server.url}/v1/crime-tables/anti-social-behaviour/2023?period=x`
      const first = await fetch(url)
      expect(fetched).toHaveBeenCalledTimes(1)
      const second = await fetch(url, { headers: { 'X-Request-Id': 'node-lane-1' } })
      expect(fetched).toHaveBeenCalledTimes(1)
      expect(answeredByApp).toHaveBeenCalledTimes(1)
      expect(second.status).toBe(200)
      expect(await second.text()).toBe(await first.text())
      const headers = (r: Response) =>
        [...r.headers].filter(([name]) => name !== 'x-request-id' && name !== 'date')
      expect(headers(second)).toEqual(headers(first))
      expect(second.headers.get('x-request-id')).toBe('node-lane-1')
      expect(logs.at(-1)).toMatchObject({
        msg: 'request',
        requestId: 'node-lane-1',
        method: 'GET',
        path: '/v1/crime-tables/anti-social-behaviour/2023',
        status: 200,
      })
      const etag = first.headers.get('etag') ?? ''
      const revalidated = await fetch(url, { headers: { 'If-None-Match': etag } })
      expect(revalidated.status).toBe(304)
      expect(revalidated.headers.get('etag')).toBe(etag)
      expect(revalidated.headers.get('content-type')).toBeNull()
      expect(fetched).toHaveBeenCalledTimes(1)
      // Signed in, another Accept, a HEAD: the app answers each.
      await (await fetch(url, { headers: { Authorization: 'Bearer not-a-token' } })).arrayBuffer()
      await (await fetch(url, { headers: { Accept: 'text/csv' } })).arrayBuffer()
      await fetch(url, { method: 'HEAD' })
      expect(fetched).toHaveBeenCalledTimes(4)
    } finally {
      await server.shutdown()
    }
  })
})
