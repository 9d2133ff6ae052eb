import { createClient, signedClientAddress, type Client } from '@csp/api/client'
import { redirect, type RequestEvent } from '@sveltejs/kit'
import { API_URL, CSP_PORTAL_SECRET, PUBLIC_API_URL } from '$app/env/private'
import { signInPath } from './return-to.ts'
import { endSession } from './session.ts'

export type { Client }

/** The API's address, for the portal's server. */
export function apiUrl(): string {
  if (!API_URL) throw new Error('Set API_URL to the address of the CSP Toolkit API')
  return API_URL
}

/** The secret shared with the API, for signing the address of whoever signs in. */
export function portalSecret(): string {
  if (!CSP_PORTAL_SECRET || CSP_PORTAL_SECRET.length < 32) {
    throw new Error(
      'Set CSP_PORTAL_SECRET (32 characters or more) to the same secret as the API’s, e.g. openssl rand -base64 32'
    )
  }
  return CSP_PORTAL_SECRET
}

/**
 * A client for signing in: it tells the API, in headers only a holder of the shared secret can
 * make, the address of the person signing in (so the API limits attempts per person, not per
 * portal), and carries the session being replaced, if any, for the API to revoke.
 */
export function signInApi(event: RequestEvent, previousToken?: string): Client {
  const headers = signedClientAddress(event.getClientAddress(), portalSecret())
  return createClient(apiUrl(), {
    fetch: event.fetch,
    headers,
    ...(previousToken === undefined ? {} : { token: previousToken }),
  })
}

/** The API's address as browsers on other sites reach it (embed snippets, CSV links). */
export function publicApiUrl(): string {
  return PUBLIC_API_URL ?? apiUrl()
}

/**
 * A client that calls the API without credentials and leaves every status to the caller (the
 * sign-in form, and checking who a session belongs to).
 */
export function anonymousApi(event: RequestEvent): Client {
  return createClient(apiUrl(), { fetch: event.fetch })
}

/**
 * A client carrying `token` that leaves every status to the caller: checking whose a session
 * is, and revoking it.
 */
export function tokenApi(event: RequestEvent, token: string): Client {
  return createClient(apiUrl(), { fetch: event.fetch, token })
}

/**
 * `event.fetch` for calls that carry the signed-in person's token. A 401 means the session
 * ended (it expired or was revoked): the cookie is cleared and the person is sent to sign in,
 * and back here afterwards. A form post comes back to its page, not to the post.
 */
export function sessionFetch(event: RequestEvent): typeof fetch {
  return async (input, init) => {
    const response = await event.fetch(input, init)
    if (response.status === 401) {
      endSession(event.cookies)
      const here =
        event.request.method === 'GET' ? event.url : new URL(event.url.pathname, event.url)
      redirect(303, signInPath(here, { expired: true }))
    }
    return response
  }
}

/** The client for one request, carrying the signed-in person's token (see {@link sessionFetch}). */
export function sessionApi(event: RequestEvent, token: string): Client {
  return createClient(apiUrl(), { fetch: sessionFetch(event), token })
}
