// The benchmark's yardstick: a bare Hono app on @hono/node-server answering every GET with the
// bytes in the file given (the API's own answer, fetched by the benchmark), with the headers in
// the JSON file given second (the API's own, captured), or as plain JSON without one. Prints its
// URL as one JSON line once it listens.
import { readFileSync } from 'node:fs'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const body = readFileSync(process.argv[2] as string)
const headersFile = process.argv[3]
const headers: Record<string, string> = headersFile
  ? (JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>)
  : { 'Content-Type': 'application/json' }
const app = new Hono()
// A Response with its headers as a plain object: @hono/node-server writes those without building
// a Headers (c.body's Headers cost this app a fifth of its speed with the API's twelve).
app.get('*', () => new Response(body, { status: 200, headers }))
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${info.port}` }))
})
