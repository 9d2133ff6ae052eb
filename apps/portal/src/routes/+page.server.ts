import { comingUp } from '#lib/server/coming-up.ts'
import { actionCounts, themeFigures } from '#lib/server/dashboard.ts'
import { publicHome } from '#lib/server/public-home.ts'
import type { PageServerLoad } from './$types'

// Signed in: the partners' dashboard. Signed out: the public's home page.
export const load: PageServerLoad = async ({ locals }) => {
  if (!locals.user) return { home: await publicHome(locals.api), dashboard: null }
  const [{ area, themes }, actions, due] = await Promise.all([
    themeFigures(locals.api),
    // The figures are the page; without the rest it still serves, and says what is missing.
    actionCounts(locals.api).catch(() => null),
    comingUp(locals.api, locals.user.role).catch(() => null),
  ])
  const canRecordDone = locals.user.role === 'admin' || locals.user.role === 'analyst'
  return { home: null, dashboard: { area, themes, actions, due, canRecordDone } }
}
