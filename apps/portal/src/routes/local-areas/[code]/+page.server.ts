import { error } from '@sveltejs/kit'
import { areaChart, localMeasures, localQuery } from '#lib/server/local-areas.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals, params, url }) => {
  if (!/^[EW]\d{8}(?:-SNA\d{1,2})?$/.test(params.code)) error(404, 'There is no such area.')
  const { measure } = localQuery(url)
  const chart = await areaChart(locals.api, params.code, measure)
  const label = localMeasures.find((m) => m.value === measure)?.text ?? measure
  return { chart, measure, label }
}
