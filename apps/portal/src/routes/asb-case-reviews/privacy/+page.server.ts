import { bodyOf } from '#lib/server/read.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals }) => ({
  guide: await bodyOf(
    await locals.api.v1['case-review-applications'].guide.$get(),
    'guide to applying'
  ),
})
