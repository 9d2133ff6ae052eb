import { createHmac } from 'node:crypto'

// How a front end (the portal) tells the API whose sign-in it forwards; the API's side is
// ./client-address.ts. Kept apart so the typed client can export it with node:crypto alone.

/** The header that carries the address of the person a trusted front end (the portal) serves. */
export const clientAddressHeader = 'X-CSP-Client-Address'
/** The header that proves {@link clientAddressHeader} came from a holder of the shared secret. */
export const clientSignatureHeader = 'X-CSP-Client-Signature'

/** How far a signature's time may be from the API's clock, either way. */
export const clientSignatureToleranceSeconds = 300

/** The HMAC-SHA256 (hex) of an address and a time under the shared secret. */
export const clientSignatureOf = (secret: string, seconds: number, address: string) =>
  createHmac('sha256', secret).update(`csp-client-address\n${seconds}\n${address}`).digest('hex')

/**
 * The headers that tell the API whose sign-in a front end forwards: the person's address and an
 * HMAC-SHA256 of it and the time under the secret the front end shares with the API
 * (CSP_PORTAL_SECRET). Only a holder of the secret can make them, and they are good for five
 * minutes either side of `now`.
 *
 * @example
 * ```ts
 * signedClientAddress('203.0.113.7', secret, new Date('2025-06-01T09:00:00Z'))
 * //=> { 'X-CSP-Client-Address': '203.0.113.7', 'X-CSP-Client-Signature': 't=1748768400,v1=…' }
 * ```
 */
export function signedClientAddress(
  address: string,
  secret: string,
  now: Date = new Date()
): Record<string, string> {
  const seconds = Math.floor(now.getTime() / 1000)
  return {
    [clientAddressHeader]: address,
    [clientSignatureHeader]: `t=${seconds},v1=${clientSignatureOf(secret, seconds, address)}`,
  }
}
