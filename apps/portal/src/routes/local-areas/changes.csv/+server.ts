import { changeTableCsv, type ChangeTable } from '@csp/domain'
import { partnershipArea } from '#lib/server/figures.ts'
import { districtChanges, localQuery } from '#lib/server/local-areas.ts'
import type { RequestHandler } from './$types'

/** The change table as CSV, one line per area, with its period, test and source. */
export const GET: RequestHandler = async ({ locals, url }) => {
  const query = localQuery(url)
  const area = await partnershipArea(locals.api)
  const changes = await districtChanges(locals.api, area.code, query)
  const names = Object.fromEntries(changes.rows.map((row) => [row.area, row.name]))
  const body = changeTableCsv(changes as unknown as ChangeTable, { names })
  const file = `${area.code}-${query.measure}-${query.window}-${changes.month}.csv`
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file}"`,
      'Cache-Control': 'no-store',
    },
  })
}
