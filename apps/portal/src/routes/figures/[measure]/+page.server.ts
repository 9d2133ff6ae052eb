import { measureIdPattern } from '@csp/domain/patterns'
import { error } from '@sveltejs/kit'
import { publicApiUrl } from '#lib/server/api.ts'
import { crimeTable, partnershipArea, tablesByMeasure } from '#lib/server/figures.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals, params, url }) => {
  // The API's MeasureId rule; anything else cannot name a table.
  if (!measureIdPattern.test(params.measure)) error(404, 'There is no such measure.')
  const periods = (await tablesByMeasure(locals.api, params.measure)).get(params.measure) ?? []
  const latest = periods[0]
  if (!latest) error(404, `There are no figures for ${params.measure}.`)
  const requested = url.searchParams.get('period')
  const chosen = requested === null ? latest : periods.find((p) => p.period === requested)
  if (!chosen)
    error(404, `There are no ${latest.measureLabel ?? params.measure} figures for ${requested}.`)

  const [table, area] = await Promise.all([
    crimeTable(locals.api, params.measure, chosen.period),
    partnershipArea(locals.api),
  ])
  return {
    table,
    area,
    periods: periods.map((p) => p.period),
    csvUrl: `${publicApiUrl()}${table.links.csv}`,
  }
}
