import { bodyOf } from '#lib/server/read.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals }) => {
  const [plan, duties] = await Promise.all([
    bodyOf(await locals.api.v1.plan.$get(), 'partnership plan'),
    bodyOf(await locals.api.v1.duties.$get(), 'list of statutory duties'),
  ])
  return { plan, duties: duties.items }
}
