import { partnershipArea } from '#lib/server/figures.ts'
import {
  changeMap,
  districtChanges,
  localMeasures,
  localQuery,
  sortRows,
  windowLabels,
} from '#lib/server/local-areas.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals, url }) => {
  const query = localQuery(url)
  const area = await partnershipArea(locals.api)
  const changes = await districtChanges(locals.api, area.code, query)
  return {
    area,
    query,
    changes,
    rows: sortRows(changes.rows, query.sort, query.dir),
    flagged: changes.rows.filter((row) => row.flag !== null).length,
    map: changeMap(area.code, query.level, changes.rows),
    measures: localMeasures,
    windows: Object.entries(windowLabels).map(([value, text]) => ({ value, text })),
  }
}
