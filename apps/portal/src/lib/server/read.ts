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

/** One page of a list, as every list of the API answers. */
export interface Page<T> {
  items: T[]
  next: string | null
}

/** The pages one {@link allItems} call follows at most (the API gives up to 100 a page). */
export const maxPages = 50

/**
 * Every item of a paged list: the first page, then each page its `next` link points to (the
 * cursor it carries), up to {@link maxPages} pages. For the portal's own pickers and summaries,
 * which need the whole list (the partner organisations, the PSPO register).
 *
 * @example
 * ```ts
 * const organisations = await allItems(async (cursor) =>
 *   bodyOf(await api.v1.organisations.$get({ query: { limit: '100', cursor } }), 'list of organisations'))
 * ```
 */
export async function allItems<T>(
  page: (cursor: string | undefined) => Promise<Page<T>>
): Promise<T[]> {
  const items: T[] = []
  let cursor: string | undefined
  for (let n = 0; n < maxPages; n += 1) {
    const { items: more, next } = await page(cursor)
    items.push(...more)
    cursor =
      next === null
        ? undefined
        : (new URL(next, 'http://api').searchParams.get('cursor') ?? undefined)
    if (cursor === undefined) return items
  }
  error(503, `The list is longer than the portal shows (${items.length} items and more).`)
}
