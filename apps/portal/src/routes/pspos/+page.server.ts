import { bodyOf } from '#lib/server/read.ts'
import type { PageServerLoad } from './$types'

const notices = { added: 'Order added to the register' } as const

export const load: PageServerLoad = async ({ locals, url }) => {
  const register = await bodyOf(await locals.api.v1.pspos.$get(), 'PSPO register')
  const done = url.searchParams.get('done')
  return {
    register,
    canAdd: locals.user!.role === 'admin' || locals.user!.role === 'officer',
    notice: done && done in notices ? notices[done as keyof typeof notices] : null,
  }
}
