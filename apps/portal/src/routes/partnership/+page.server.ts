import { bodyOf } from '#lib/server/read.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals }) => ({
  plan: await bodyOf(await locals.api.v1.plan.$get(), 'partnership plan'),
})
