import { actionCounts, themeFigures } from '#lib/server/dashboard.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals }) => {
  const [{ area, themes }, actions] = await Promise.all([
    themeFigures(locals.api),
    actionCounts(locals.api),
  ])
  return { area, themes, actions }
}
