import type { Client } from '@csp/api/client'
import { allItems, bodyOf } from './read.ts'

/**
 * Every user (admins only), following the API's `next` links 100 at a time.
 *
 * @example
 * ```ts
 * const users = await allUsers(locals.api)
 * users.find((user) => user.id === settings.updatedBy)?.name
 * ```
 */
export function allUsers(api: Client) {
  return allItems(async (cursor) =>
    bodyOf(await api.v1.users.$get({ query: { limit: '100', cursor } }), 'list of users')
  )
}
