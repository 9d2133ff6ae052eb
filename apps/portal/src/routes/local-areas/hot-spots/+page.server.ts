import { partnershipArea } from '#lib/server/figures.ts'
import { districtHotSpots, localMeasures, localQuery } from '#lib/server/local-areas.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals, url }) => {
  const { measure } = localQuery(url)
  const unit = url.searchParams.get('unit') === 'grid' ? 'grid' : 'lsoa'
  const area = await partnershipArea(locals.api)
  const list = await districtHotSpots(locals.api, area.code, measure, unit)
  const label = localMeasures.find((m) => m.value === measure)?.text ?? measure
  return { area, measure, label, unit, list, measures: localMeasures }
}
