import { tablesByMeasure } from '#lib/server/figures.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ locals }) => {
  const tables = await tablesByMeasure(locals.api)
  const measures = [...tables.values()].map((periods) => {
    const latest = periods[0]!
    return {
      measure: latest.measure,
      label: latest.measureLabel ?? latest.measure,
      periods: periods.map((p) => p.period),
      latest: latest.period,
      complete: latest.complete,
      source: latest.source.title,
    }
  })
  return { measures: measures.sort((a, b) => a.label.localeCompare(b.label)) }
}
