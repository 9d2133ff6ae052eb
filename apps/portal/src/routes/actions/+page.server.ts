import { PowerId } from '@csp/domain'
import { powerChoices, powerName } from '#lib/server/powers.ts'
import { allItems, bodyOf } from '#lib/server/read.ts'
import type { PageServerLoad } from './$types'

// Who may see the recorded actions, and who may record one (for their own organisation; admins
// for any): the API's rules.
const readers = new Set(['admin', 'analyst', 'officer'])
const recorders = new Set(['admin', 'officer'])

const notices = { recorded: 'Action recorded' } as const

export const load: PageServerLoad = async ({ locals, url }) => {
  const canRecord = recorders.has(locals.user!.role)
  const power = PowerId.safeParse(url.searchParams.get('power'))
  const filter = power.success ? { power: power.data } : {}
  const [summary, list] = await Promise.all([
    bodyOf(await locals.api.v1.actions.summary.$get({ query: {} }), 'summary of actions'),
    readers.has(locals.user!.role)
      ? allItems(async (cursor) =>
          bodyOf(
            await locals.api.v1.actions.$get({ query: { ...filter, limit: '100', cursor } }),
            'list of actions'
          )
        )
      : null,
  ])
  const done = url.searchParams.get('done')
  return {
    recorded: summary.recorded,
    plan: summary.powers,
    powers: powerChoices,
    actions:
      list?.toReversed().map((action) => ({ ...action, powerName: powerName(action.power) })) ??
      null,
    power: power.success ? power.data : '',
    canRecord,
    notice: done && done in notices ? notices[done as keyof typeof notices] : null,
  }
}
