import { actionCounts, themeFigures } from '#lib/server/dashboard.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals }) => {
  const [{ area, themes }, actions] = await Promise.all([
    themeFigures(locals.api),
    // The figures are the page; without the counts it still serves, and says what is missing.
    actionCounts(locals.api).catch(() => null),
  ])
  return { area, themes, actions }
}
