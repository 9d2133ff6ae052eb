import { annualReturnFigureNames } from '@csp/domain'
import { bodyOf } from '#lib/server/read.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals }) => {
  const returns = await bodyOf(
    await locals.api.v1['asb-case-reviews']['annual-returns'].$get(),
    'list of returns'
  )
  // Newest first: the latest year is what most visitors look for.
  return { returns: [...returns.items].reverse(), figureNames: { ...annualReturnFigureNames } }
}
