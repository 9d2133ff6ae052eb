import { allItems, bodyOf } from '#lib/server/read.ts'
import type { PageServerLoad } from './$types'

const notices = { added: 'Order added to the register' } as const

export const load: PageServerLoad = async ({ locals, url }) => {
  let asOf = ''
  const items = await allItems(async (cursor) => {
    const page = await bodyOf(
      await locals.api.v1.pspos.$get({ query: { limit: '100', cursor } }),
      'PSPO register'
    )
    asOf = page.asOf
    return page
  })
  const register = { asOf, items }
  const done = url.searchParams.get('done')
  const user = locals.user!
  return {
    register,
    // A PSPO belongs to the council that made it: its officers, and admins, add orders.
    canAdd:
      user.role === 'admin' || (user.role === 'officer' && user.organisation.kind === 'council'),
    notice: done && done in notices ? notices[done as keyof typeof notices] : null,
  }
}
