import { error } from '@sveltejs/kit'

/** What the typed client's responses have in common (hono's ClientResponse, structurally). */
interface ApiResponse {
  ok: boolean
  status: number
  json(): Promise<unknown>
}

/** The body type of the successful variants of a typed client response. */
export type SuccessBody<R> = R extends { ok: true; json(): Promise<infer T> } ? T : never

/**
 * The successful body of a client method: `Success<Client['v1']['plan']['$get']>` is the plan.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Success<Method> = Method extends (...args: any[]) => Promise<infer R>
  ? SuccessBody<R>
  : never

/**
 * The JSON body of a successful API response. A 404 becomes the portal's "page not found"
 * and anything else a "service unavailable" page: pages load only what the API has.
 *
 * @example
 * ```ts
 * const priorities = await bodyOf(await api.v1.priorities.$get(), 'the priorities')
 * ```
 */
export async function bodyOf<R extends ApiResponse>(
  response: R,
  what: string
): Promise<SuccessBody<R>> {
  if (response.ok) return (await response.json()) as SuccessBody<R>
  if (response.status === 404) error(404, `There is no ${what}.`)
  error(503, `The toolkit's API could not provide ${what} (it answered ${response.status}).`)
}
