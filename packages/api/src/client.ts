/**
 * @module
 * The typed client of the CSP Toolkit API, for the portal and other TypeScript callers. It
 * imports only types from the server, so bundling it pulls in `hono/client` and nothing else.
 */
import { hc } from 'hono/client'
import type { AppType } from './app.ts'

export type { AppType }
export { signedClientAddress } from './auth/client-signature.ts'

/** Options for {@link createClient}. */
export interface ClientOptions {
  /** The fetch to use: SvelteKit's `event.fetch` on the server, or `app.request` in tests. */
  fetch?: typeof fetch
  /** A bearer token, sent as `Authorization: Bearer …`. */
  token?: string
  /** Extra headers for every request. */
  headers?: Record<string, string>
}

/**
 * Creates a client whose methods and types follow the API's routes (`hc<AppType>`).
 *
 * @example
 * ```ts
 * import { createClient } from '@csp/api/client'
 *
 * const api = createClient('https://csp.example.org', { fetch: event.fetch, token })
 * const res = await api.v1['crime-tables'][':measure'][':period'].$get({
 *   param: { measure: 'hate-crime', period: '2023' },
 *   query: {},
 * })
 * if (res.ok) (await res.json()).rows[0]?.rate?.formatted //=> '5.2'
 * ```
 */
export function createClient(baseUrl: string, options: ClientOptions = {}): Client {
  const headers = { ...options.headers }
  if (options.token !== undefined) headers['Authorization'] = `Bearer ${options.token}`
  return hc<AppType>(baseUrl, {
    headers,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  })
}

/** The client's type: `hc<AppType>`'s, named so declarations need not spell it out. */
export type Client = ReturnType<typeof hc<AppType>>
