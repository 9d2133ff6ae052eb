import { createClient, signedClientAddress, type Client } from '@csp/api/client'
import type { RequestEvent } from '@sveltejs/kit'
import { apiUrl, portalSecret } from './api.ts'

/**
 * A client for the public's case-review applications: no credentials, but the visitor's
 * address signed with the secret shared with the API, so the API limits applications per
 * person rather than per portal.
 */
export function applicationApi(event: RequestEvent): Client {
  return createClient(apiUrl(), {
    fetch: event.fetch,
    headers: signedClientAddress(event.getClientAddress(), portalSecret()),
  })
}
