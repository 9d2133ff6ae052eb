// A real @hono/node-server on a free port, a multi-megabyte upload sent in chunks: the import
// must read the body as it arrives, not after it has all been received.
import { policeUkMeasures } from '@csp/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../server.ts'
import { signedInUser } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { type Json } from '../test/http.ts'
import { until } from '../test/imports.ts'
import {
  expectedVolumes,
  generateRows,
  monthsOf,
  streetHeader,
  streetLine,
} from '../test/police-uk-files.ts'

const rows = generateRows(2022, monthsOf(2022), 4_000)
const rowsPerChunk = 400

describe.each(testDatabases)('a streamed upload to a real server on $name', (target) => {
  const t = useTestDb(target)
  let server: RunningServer
  let token = ''
  beforeAll(async () => {
    const app = t.app({ imports: { progressIntervalMs: 0 } })
    token = (await signedInUser(t.db, app, 'analyst')).token
    server = await startServer({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  })
  afterAll(() => server?.shutdown())

  const serverProgress = async () => {
    const res = await fetch(`${server.url}/v1/imports?limit=100`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    const { items } = (await res.json()) as Json
    return items.find((item: Json) => item.file === 'big.csv')?.progress
  }

  it('imports a body while it is still being sent', { timeout: 60_000 }, async () => {
    const encoder = new TextEncoder()
    let sent = 0
    let next = 0
    let seenMidway: { rows: number; bytes: number } | undefined
    let half = 0
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (next === rows.length / 2) {
          // Half sent: the server must already have read (and counted) most of it.
          half = sent
          await until(async () => ((await serverProgress())?.bytes ?? 0) >= half * 0.9)
          seenMidway = await serverProgress()
        }
        if (next >= rows.length) return controller.close()
        const slice = rows.slice(next, next + rowsPerChunk)
        const text = (next === 0 ? streetHeader + '\n' : '') + slice.map(streetLine).join('')
        const chunk = encoder.encode(text)
        next += slice.length
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const res = await fetch(`${server.url}/v1/imports/police-uk?file=big.csv`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(202)
    const job = (await res.json()) as Json
    expect(sent).toBeGreaterThan(8_000_000)
    expect(job).toMatchObject({ status: 'succeeded', progress: { rows: rows.length, bytes: sent } })
    // Midway the upload was half done, and the server had read rows of it already.
    expect(seenMidway?.rows).toBeGreaterThan(0)
    expect(seenMidway?.bytes).toBeLessThanOrEqual(half)
    for (const { id } of policeUkMeasures.slice(0, 3)) {
      const table = (await (await fetch(`${server.url}/v1/crime-tables/${id}/2022`)).json()) as Json
      const volumes = Object.fromEntries(table.rows.map((r: Json) => [r.areaCode, r.volume]))
      expect(volumes).toEqual(expectedVolumes(rows, id, 2022))
    }
  })
})
