import { PowerId } from '@csp/domain'
import { powerChoices, powerName } from '#lib/server/powers.ts'
import { bodyOf } from '#lib/server/read.ts'
import type { PageServerLoad } from './$types'

// Who may record actions, and so see the list of them (the API's rule).
const recorders = new Set(['admin', 'analyst', 'officer'])

const notices = { recorded: 'Action recorded' } as const

export const load: PageServerLoad = async ({ locals, url }) => {
  const canRecord = recorders.has(locals.user!.role)
  const power = PowerId.safeParse(url.searchParams.get('power'))
  const [summary, list] = await Promise.all([
    bodyOf(await locals.api.v1.actions.summary.$get({ query: {} }), 'summary of actions'),
    canRecord
      ? bodyOf(
          await locals.api.v1.actions.$get({ query: power.success ? { power: power.data } : {} }),
          'list of actions'
        )
      : null,
  ])
  const done = url.searchParams.get('done')
  return {
    recorded: summary.recorded,
    plan: summary.powers,
    powers: powerChoices,
    actions:
      list?.items
        .toReversed()
        .map((action) => ({ ...action, powerName: powerName(action.power) })) ?? null,
    power: power.success ? power.data : '',
    canRecord,
    notice: done && done in notices ? notices[done as keyof typeof notices] : null,
  }
}
