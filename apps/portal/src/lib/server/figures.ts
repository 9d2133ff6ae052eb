import type { Client } from './api.ts'
import { bodyOf, type Success } from './read.ts'

/** A crime table as the API serves it (rows, ranks, findings, completeness, statements). */
export type CrimeTableView = Success<Client['v1']['crime-tables'][':measure'][':period']['$get']>
export type CrimeTableIndexItem = Success<Client['v1']['crime-tables']['$get']>['items'][number]

/**
 * The stored tables, each measure's periods newest first.
 *
 * @example
 * ```ts
 * const byMeasure = await tablesByMeasure(api)
 * byMeasure.get('hate-crime')?.[0]?.period //=> '2023'
 * ```
 */
export async function tablesByMeasure(
  api: Client,
  measure?: string
): Promise<Map<string, CrimeTableIndexItem[]>> {
  const index = await bodyOf(
    await api.v1['crime-tables'].$get({ query: measure ? { measure } : {} }),
    'list of crime tables'
  )
  const byMeasure = new Map<string, CrimeTableIndexItem[]>()
  for (const item of [...index.items].sort((a, b) => b.to.localeCompare(a.to))) {
    const list = byMeasure.get(item.measure) ?? []
    list.push(item)
    byMeasure.set(item.measure, list)
  }
  return byMeasure
}

/** One table; a missing one is the portal's 404. */
export async function crimeTable(
  api: Client,
  measure: string,
  period: string
): Promise<CrimeTableView> {
  return bodyOf(
    await api.v1['crime-tables'][':measure'][':period'].$get({
      param: { measure, period },
      query: {},
    }),
    `${measure} table for ${period}`
  )
}

/** The partnership's own area (the one the portal highlights), from the plan. */
export async function partnershipArea(api: Client): Promise<{ code: string; name: string }> {
  const plan = await bodyOf(await api.v1.plan.$get(), 'partnership plan')
  return { code: plan.partnership.areaCode, name: plan.partnership.name }
}
