import { allItems, bodyOf } from '#lib/server/read.ts'
import { requireRole } from '#lib/server/roles.ts'
import { allUsers } from '#lib/server/users.ts'
import type { PageServerLoad } from './$types'

// What the last change was, from the redirect after it (a fixed list: nothing from the query
// string reaches the page as text).
const notices = {
  'user-added': 'User added',
  'user-changed': 'User changed',
  'organisation-added': 'Organisation added',
  'sign-in-changed': 'Two-factor sign-in settings saved',
} as const

export const load: PageServerLoad = async ({ locals, url }) => {
  requireRole(locals, 'admin')
  const [users, organisations] = await Promise.all([
    allUsers(locals.api),
    allItems(async (cursor) =>
      bodyOf(
        await locals.api.v1.organisations.$get({ query: { limit: '100', cursor } }),
        'list of organisations'
      )
    ),
  ])
  const done = url.searchParams.get('done')
  return {
    users,
    organisations,
    notice: done && done in notices ? notices[done as keyof typeof notices] : null,
    me: locals.user!.id,
  }
}
