import { describe, expect, it } from 'vitest'
import { ping } from './db/client.ts'
import { startServer } from './server.ts'
import { useTestDb } from './test/databases.ts'

function deferred() {
  let resolve = () => {}
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

describe('startServer', () => {
  const t = useTestDb({ name: 'pglite' }, { seed: false })

  it('lets an in-flight request finish, refuses new ones, then closes the database', async () => {
    const started = deferred()
    const gate = deferred()
    const app = t.app()
    const server = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      onShutdown: () => t.handle.close(),
      async fetch(request) {
        if (new URL(request.url).pathname !== '/slow') return app.fetch(request)
        started.resolve()
        await gate.promise
        await ping(t.db) // the database is still open for the request in flight
        return new Response('done')
      },
    })
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)

    const slow = fetch(`${server.url}/slow`)
    await started.promise
    let stopped = false
    const stopping = server.shutdown().then(() => (stopped = true))
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
    expect(stopped).toBe(false)

    gate.resolve()
    const res = await slow
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('done')
    await stopping
    expect(server.shutdown()).toBe(server.shutdown()) // one shutdown, however often asked
    await expect(ping(t.db)).rejects.toThrow()
  })

  it('cuts requests that outlive the shutdown timeout', async () => {
    let closed = false
    const server = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      shutdownTimeoutMs: 100,
      onShutdown: async () => {
        closed = true
      },
      fetch: () => new Promise<Response>(() => {}),
    })
    const hanging = fetch(`${server.url}/forever`)
    hanging.catch(() => {})
    await new Promise((r) => setTimeout(r, 50))
    await server.shutdown()
    expect(closed).toBe(true)
    await expect(hanging).rejects.toThrow()
  })

  it('rejects when the port is taken', async () => {
    const first = await startServer({ port: 0, hostname: '127.0.0.1', fetch: () => new Response() })
    await expect(
      startServer({ port: first.port, hostname: '127.0.0.1', fetch: () => new Response() })
    ).rejects.toThrow(/EADDRINUSE/)
    await first.shutdown()
  })
})
