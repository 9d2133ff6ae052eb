// The benchmark's yardstick: a bare Hono app on @hono/node-server answering every GET with the
// bytes in the file given (the API's own answer, fetched by the benchmark), as JSON. Prints its
// URL as one JSON line once it listens.
import { readFileSync } from 'node:fs'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const body = readFileSync(process.argv[2] as string)
const app = new Hono()
app.get('*', (c) => c.body(body, 200, { 'Content-Type': 'application/json' }))
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${info.port}` }))
})
