import { hotSpotsCsv, type HotSpotList } from '@csp/domain'
import { partnershipArea } from '#lib/server/figures.ts'
import { districtHotSpots, localQuery } from '#lib/server/local-areas.ts'
import type { RequestHandler } from './$types'

/** The tasking list as CSV: rank, unit, name, count, persistence and each quarter's count. */
export const GET: RequestHandler = async ({ locals, url }) => {
  const { measure } = localQuery(url)
  const unit = url.searchParams.get('unit') === 'grid' ? 'grid' : 'lsoa'
  const area = await partnershipArea(locals.api)
  const list = await districtHotSpots(locals.api, area.code, measure, unit)
  const names = Object.fromEntries(list.rows.map((row) => [row.unit, row.name ?? '']))
  const body = hotSpotsCsv(list as unknown as HotSpotList, { names })
  const file = `${area.code}-${measure}-hot-spots-${list.to}.csv`
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file}"`,
      'Cache-Control': 'no-store',
    },
  })
}
