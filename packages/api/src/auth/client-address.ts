import { timingSafeEqual } from 'node:crypto'
import { BlockList, isIP } from 'node:net'
import type { Context } from 'hono'
import {
  clientAddressHeader,
  clientSignatureHeader,
  clientSignatureToleranceSeconds,
  clientSignatureOf,
} from './client-signature.ts'

export { signedClientAddress } from './client-signature.ts'

/**
 * The address in the signed headers when their signature is right and fresh; otherwise
 * undefined (the caller then goes by the connection, as for any client).
 *
 * @example
 * ```ts
 * verifiedClientAddress(signedClientAddress('203.0.113.7', secret, now), secret, now) //=> '203.0.113.7'
 * verifiedClientAddress({ 'X-CSP-Client-Address': '203.0.113.7' }, secret, now) //=> undefined
 * ```
 */
export function verifiedClientAddress(
  header: (name: string) => string | undefined,
  secret: string,
  now: Date
): string | undefined {
  const address = header(clientAddressHeader)?.trim()
  const signature = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header(clientSignatureHeader) ?? '')
  if (!address || !signature || !isIP(address)) return undefined
  const seconds = Number(signature[1])
  if (Math.abs(now.getTime() / 1000 - seconds) > clientSignatureToleranceSeconds) return undefined
  const expected = Buffer.from(clientSignatureOf(secret, seconds, address), 'hex')
  const given = Buffer.from(signature[2]!, 'hex')
  return timingSafeEqual(expected, given) ? address : undefined
}

/**
 * Addresses of proxies whose `X-Forwarded-For` is believed, from CIDR ranges or single
 * addresses (`127.0.0.1`, `10.0.0.0/8`, `::1`). Throws a RangeError naming a bad entry.
 *
 * @example
 * ```ts
 * trustedProxies(['127.0.0.0/8', '::1']).check('127.0.0.1') //=> true
 * ```
 */
export function trustedProxies(entries: readonly string[]): BlockList {
  const list = new BlockList()
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.trim().split('/')
    const family = isIP(address)
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix)
    const max = family === 6 ? 128 : 32
    if (family === 0 || rest.length > 0 || !Number.isInteger(bits) || bits < 0 || bits > max) {
      throw new RangeError(`"${entry}" is not an IP address or CIDR range`)
    }
    list.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4')
  }
  return list
}

const mappedV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i

/** The address as written, IPv4-mapped IPv6 (`::ffff:1.2.3.4`) as plain IPv4. */
function plain(address: string): string {
  const mapped = mappedV4.exec(address)
  return mapped ? mapped[1]! : address
}

const socketAddress = (c: Context): string | undefined => {
  type Incoming = { incoming?: { socket?: { remoteAddress?: string } } }
  const env = c.env as (Incoming & { server?: Incoming }) | undefined
  return (env?.server ?? env)?.incoming?.socket?.remoteAddress
}

/** What the API needs to know to find a client's address. */
export interface ClientAddressPolicy {
  /** The secret shared with the portal (CSP_PORTAL_SECRET), if any. */
  portalSecret?: string | undefined
  /** Proxies whose right-most `X-Forwarded-For` entry is believed (empty: none). */
  trustProxy: BlockList
}

/**
 * The client's address, in this order: the address the portal signed (see
 * {@link signedClientAddress}), when the signature checks out; the right-most
 * `X-Forwarded-For` entry, when the connection comes from a trusted proxy (the entry that proxy
 * added; anything to its left came from the client and proves nothing); otherwise the
 * connection's peer. Undefined when none is known (e.g. `app.request` in tests).
 *
 * @example
 * ```ts
 * clientAddress(c, { portalSecret, trustProxy: trustedProxies(['127.0.0.1']) }, clock.now())
 * //=> '203.0.113.7'
 * ```
 */
export function clientAddress(
  c: Context,
  policy: ClientAddressPolicy,
  now: Date
): string | undefined {
  if (policy.portalSecret) {
    const signed = verifiedClientAddress((name) => c.req.header(name), policy.portalSecret, now)
    if (signed) return plain(signed)
  }
  const peer = socketAddress(c)
  const peerAddress = peer === undefined ? undefined : plain(peer)
  if (peerAddress !== undefined && isIP(peerAddress)) {
    const family = isIP(peerAddress) === 6 ? 'ipv6' : 'ipv4'
    if (policy.trustProxy.check(peerAddress, family)) {
      const hop = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim()
      if (hop && isIP(plain(hop))) return plain(hop)
    }
  }
  return peerAddress
}

/**
 * The group a client's address is counted in: an IPv4 address itself, an IPv6 address's /64
 * (one home or office network is given a whole /64, so each address in it is the same client).
 *
 * @example
 * ```ts
 * addressGroup('203.0.113.7') //=> '203.0.113.7'
 * addressGroup('2001:db8:1:2:aaaa::1') //=> '2001:db8:1:2::/64'
 * addressGroup('::ffff:198.51.100.1') //=> '198.51.100.1'
 * ```
 */
export function addressGroup(address: string): string {
  const address4 = plain(address)
  if (isIP(address4) !== 6) return address4
  const [head = '', tail = ''] = address4.toLowerCase().split('::')
  const headParts = head ? head.split(':') : []
  const tailParts = tail ? tail.split(':') : []
  // An embedded IPv4 tail (`::1.2.3.4`) fills two groups; only the first four matter here.
  const missing = 8 - headParts.length - tailParts.length
  const groups = address4.includes('::')
    ? [...headParts, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailParts]
    : headParts
  const prefix = groups.slice(0, 4).map((g) => (Number.parseInt(g, 16) || 0).toString(16))
  return `${prefix.join(':')}::/64`
}
