import { z } from 'zod'
import { childAreas, type Area } from '../geography/index.ts'
import type { Source } from '../source/index.ts'
import { rateOf, roundRate } from './rate.ts'
import { CrimeTable } from './table.ts'
import { trendPercent } from './trend.ts'

/**
 * An area's count for the period and, when known, for the period before.
 *
 * @example
 * ```ts
 * const southDerbyshire: AreaVolumes = { current: 1695, previous: 1821 }
 * ```
 */
export interface AreaVolumes {
  current: number
  previous?: number | null
}

/**
 * What {@link buildCrimeTable} needs: the table's labels and the volumes by GSS code.
 *
 * @example
 * ```ts
 * const input: BuildCrimeTableInput = { measure: 'vehicle-crime', period: '2023', from: '2023-01-01',
 *   to: '2023-12-31', source, volumes: { E07000039: { current: 528, previous: 518 } } }
 * ```
 */
export interface BuildCrimeTableInput {
  measure: string
  period: string
  from: string
  to: string
  source: Source
  volumes: Readonly<Record<string, AreaVolumes>>
  /** Areas with populations and parents: the partnership's geography. */
  areas: readonly Area[]
  /** Work out a missing parent row (county, force area) as the sum of its children (default true). */
  sumParents?: boolean
}

type Totals = { current: number; previous: number | null }

function checkVolume(code: string, field: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(
      `volumes.${code}.${field} must be a whole number ≥ 0, got ${String(value)}`
    )
  }
}

function totalsFor(input: BuildCrimeTableInput, areas: readonly Area[]): Map<string, Totals> {
  const totals = new Map<string, Totals>()
  const visiting = new Set<string>()
  const resolve = (area: Area): Totals | undefined => {
    const given = input.volumes[area.code]
    if (given) return { current: given.current, previous: given.previous ?? null }
    if (input.sumParents === false || visiting.has(area.code)) return undefined
    const children = childAreas(areas, area.code)
    if (children.length === 0) return undefined
    visiting.add(area.code)
    const parts = children.map(resolve)
    visiting.delete(area.code)
    if (!parts.every((p): p is Totals => p !== undefined)) return undefined
    const previous = parts.every((p) => p.previous !== null)
      ? parts.reduce((sum, p) => sum + (p.previous ?? 0), 0)
      : null // one child without last year's figure makes the parent's unknown, not lower
    return { current: parts.reduce((sum, p) => sum + p.current, 0), previous }
  }
  for (const area of areas) {
    const found = resolve(area)
    if (found) totals.set(area.code, found)
  }
  return totals
}

/**
 * Builds a crime table from volumes: rate per 1,000 residents aged 16+ (1 d.p., half away from
 * zero, exact) and trend (% change, `null` when the previous figure is missing or 0). Rows follow
 * the order of `areas`. Parent rows left out of `volumes` (county, force area) are the sums of
 * their children when every child is given. Throws a RangeError for an unknown area code or a
 * bad volume, and a TypeError naming the field when the labels do not make a valid table.
 *
 * @example
 * ```ts
 * const table = buildCrimeTable({ measure: 'anti-social-behaviour', period: '2023',
 *   from: '2023-01-01', to: '2023-12-31', source,
 *   volumes: { E07000039: { current: 1695, previous: 1821 } }, areas: derbyshireAreas })
 * table.rows //=> [{ areaCode: 'E07000039', volume: 1695, rate: 19.5, trend: -6.9 }]
 * ```
 */
export function buildCrimeTable(input: BuildCrimeTableInput): CrimeTable {
  const { areas } = input
  for (const [code, volumes] of Object.entries(input.volumes)) {
    if (!areas.some((area) => area.code === code)) {
      throw new RangeError(`volumes has area code ${code}, which is not one of the given areas`)
    }
    checkVolume(code, 'current', volumes.current)
    if (volumes.previous != null) checkVolume(code, 'previous', volumes.previous)
  }
  const totals = totalsFor(input, areas)
  const rows = areas.flatMap((area) => {
    const found = totals.get(area.code)
    if (!found) return []
    return [
      {
        areaCode: area.code,
        volume: found.current,
        rate: roundRate(rateOf(found.current, area.population16Plus)),
        trend: trendPercent(found.current, found.previous),
      },
    ]
  })
  const { measure, period, from, to, source } = input
  const parsed = CrimeTable.safeParse({ measure, period, from, to, source, rows })
  if (!parsed.success) throw new TypeError(`invalid crime table: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}
