// The portal's start command: adapter-node's own server (build/index.js), plus ORIGIN.
//
// adapter-node 6 learns the origin from SvelteKit's `paths.origin` (fixed at build time) or
// from proxy headers, and otherwise assumes https. Served over plain http without a proxy (a
// laptop, `npm start`, the tests), every form post would fail SvelteKit's CSRF origin check.
// ORIGIN=http://localhost:3000 says where people reach the portal. Behind a TLS proxy, leave it
// unset and set PROTOCOL_HEADER=x-forwarded-proto (and HOST_HEADER if the proxy rewrites Host).
import process from 'node:process'

const origin = process.env.ORIGIN ? new URL(process.env.ORIGIN) : undefined
const protocolHeader = 'x-csp-portal-protocol'
const hostHeader = 'x-csp-portal-host'

// A month of a force's police.uk data is a few megabytes; adapter-node's default is 512K.
process.env.BODY_SIZE_LIMIT ??= '64M'

if (origin) {
  // Read by adapter-node when its handler is imported, so set first.
  process.env.PROTOCOL_HEADER = protocolHeader
  process.env.HOST_HEADER = hostHeader
}

const { server } = await import('./build/index.js')

if (origin) {
  // Runs before adapter-node's handler, on every request, so a client cannot supply its own.
  server.prependListener('request', (request) => {
    request.headers[protocolHeader] = origin.protocol.slice(0, -1)
    request.headers[hostHeader] = origin.host
  })
}
