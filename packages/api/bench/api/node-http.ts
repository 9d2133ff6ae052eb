// The floor under every Node server: node:http alone, no framework, writing the body in the file
// given with the headers in the JSON file given second (the API's own, captured). What it
// reaches shows what sending those headers costs, whatever serves them. Prints its URL as one
// JSON line once it listens.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

const body = readFileSync(process.argv[2] as string)
const headers = JSON.parse(readFileSync(process.argv[3] as string, 'utf8')) as Record<
  string,
  string
>
const headerList = ['content-length', String(body.byteLength), ...Object.entries(headers).flat()]
const server = createServer((_request, response) => {
  response.writeHead(200, headerList)
  response.end(body)
})
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo
  console.log(JSON.stringify({ url: `http://127.0.0.1:${port}` }))
})
