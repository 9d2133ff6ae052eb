import { CaseReviewListQuery } from '@csp/api/schemas'
import { isCaseworker } from '#lib/server/case-reviews.ts'
import { allItems, bodyOf } from '#lib/server/read.ts'
import type { PageServerLoad } from './$types'

const notices = { added: 'Application recorded' } as const

export const load: PageServerLoad = async ({ locals, url }) => {
  const caseworker = isCaseworker(locals.user!.role)
  // Unknown filter values are ignored rather than refused: the form only offers good ones.
  const query = CaseReviewListQuery.safeParse({
    state: url.searchParams.get('state') || undefined,
    overdue: url.searchParams.get('overdue') === 'true' ? 'true' : undefined,
  })
  const filters = query.success ? { state: query.data.state, overdue: query.data.overdue } : {}
  const [statistics, list] = await Promise.all([
    bodyOf(await locals.api.v1['asb-case-reviews'].statistics.$get(), 'case review counts'),
    caseworker
      ? allItems(async (cursor) =>
          bodyOf(
            await locals.api.v1['asb-case-reviews'].$get({
              query: { ...filters, limit: '100', cursor },
            }),
            'list of case reviews'
          )
        )
      : null,
  ])
  const done = url.searchParams.get('done')
  return {
    statistics,
    reviews: list,
    filters: { state: filters.state ?? '', overdue: filters.overdue === 'true' },
    notice: done && done in notices ? notices[done as keyof typeof notices] : null,
  }
}
