import { annualReturnFigureNames } from '@csp/domain'
import type { Client } from './api.ts'
import { themeFigures } from './dashboard.ts'
import { bodyOf } from './read.ts'

/**
 * What the public's home page shows: the partnership, the latest figure of each theme's
 * measures (public police.uk data) and the latest published ASB Case Review return.
 */
export async function publicHome(api: Client) {
  const [{ area, themes }, returns, plan] = await Promise.all([
    themeFigures(api),
    bodyOf(await api.v1['asb-case-reviews']['annual-returns'].$get(), 'list of returns'),
    bodyOf(await api.v1.plan.$get(), 'partnership plan'),
  ])
  return {
    area,
    themes,
    partnership: plan.partnership.name,
    latestReturn: returns.items.at(-1) ?? null,
    figureNames: { ...annualReturnFigureNames },
  }
}

/** The public home page's data. */
export type PublicHomeData = Awaited<ReturnType<typeof publicHome>>
