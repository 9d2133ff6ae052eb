import { comingUp } from '#lib/server/coming-up.ts'
import { actionCounts, themeFigures } from '#lib/server/dashboard.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals }) => {
  const [{ area, themes }, actions, due] = await Promise.all([
    themeFigures(locals.api),
    // The figures are the page; without the rest it still serves, and says what is missing.
    actionCounts(locals.api).catch(() => null),
    comingUp(locals.api, locals.user!.role).catch(() => null),
  ])
  return { area, themes, actions, due }
}
