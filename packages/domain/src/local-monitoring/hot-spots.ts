import { z } from 'zod'
import { MeasureId } from '../crime/measures.ts'
import { PoliceUkMonth } from '../police-uk/month.ts'
import { unitsOfArea } from './areas.ts'
import { latestCoveredMonth } from './coverage.ts'
import { indexLocalData, type LocalData } from './local-data.ts'
import { monthsFromTo, shiftMonth } from './months.ts'
import {
  classifyPersistence,
  hotInQuarter,
  HotSpotPersistence,
  hotSpotDefaults,
} from './persistence.ts'

/**
 * A quarter of a hot-spot window; `complete` is false when a month of it has a gap.
 *
 * @example
 * ```ts
 * HotSpotQuarter.parse({ from: '2024-01', to: '2024-03', complete: true })
 * ```
 */
export const HotSpotQuarter = z
  .object({ from: PoliceUkMonth, to: PoliceUkMonth, complete: z.boolean() })
  .meta({ id: 'HotSpotQuarter' })
export type HotSpotQuarter = z.infer<typeof HotSpotQuarter>

/**
 * One ranked unit: its count over the window's complete months, its rank (units with equal
 * counts share a rank), its count and hot/not in each quarter (`null` for a quarter with a
 * gap) and its persistence class (`null`: never hot).
 *
 * @example
 * ```ts
 * HotSpotRow.parse({ unit: 'E01019863', rank: 1, count: 84, quarterCounts: [20, 21, 22, 21],
 *   hot: [true, true, true, true], persistence: 'persistent' })
 * ```
 */
export const HotSpotRow = z
  .object({
    unit: z.string().min(1),
    rank: z.number().int().positive(),
    count: z.number().int().nonnegative(),
    quarterCounts: z.array(z.number().int().nonnegative().nullable()),
    hot: z.array(z.boolean().nullable()),
    persistence: HotSpotPersistence.nullable(),
  })
  .meta({ id: 'HotSpotRow' })
export type HotSpotRow = z.infer<typeof HotSpotRow>

/**
 * A ranked hot-spot list for one measure over a window of whole quarters, with the rule used,
 * how many units were ranked, and the months left out for gaps.
 *
 * @example
 * ```ts
 * HotSpotList.shape.rule.parse({ hotShare: 0.1, minimumCount: 1, persistentShare: 0.8, recentQuarters: 1 })
 * ```
 */
export const HotSpotList = z
  .object({
    measure: MeasureId,
    from: PoliceUkMonth,
    to: PoliceUkMonth,
    complete: z.boolean(),
    excludedMonths: z.array(PoliceUkMonth),
    units: z.number().int().nonnegative(),
    quarters: z.array(HotSpotQuarter),
    rule: z.object({
      hotShare: z.number().gt(0).max(1),
      minimumCount: z.number().int().nonnegative(),
      persistentShare: z.number().gt(0).max(1),
      recentQuarters: z.number().int().positive(),
    }),
    rows: z.array(HotSpotRow),
  })
  .meta({ id: 'HotSpotList' })
export type HotSpotList = z.infer<typeof HotSpotList>

/**
 * What {@link hotSpots} is asked for. The units ranked are `units` (pass every unit of the
 * area, those with no counts too, so "top 10 %" means what it says), else the units of `area`
 * in `data.areas`, else every unit with a count of the measure. The window runs from `from` to
 * `to` (default: the 12 months ending with the latest imported month) and must be whole
 * quarters, at least two. `limit` keeps the rows ranked `limit` or better (ties included).
 *
 * @example
 * ```ts
 * const query: HotSpotQuery = { measure: 'police-uk.anti-social-behaviour', area: 'E07000039', limit: 10 }
 * ```
 */
export interface HotSpotQuery {
  measure: string
  units?: readonly string[] | undefined
  area?: string | undefined
  from?: string | undefined
  to?: string | undefined
  limit?: number | undefined
  hotShare?: number | undefined
  minimumCount?: number | undefined
  persistentShare?: number | undefined
  recentQuarters?: number | undefined
}

function share(name: string, value: number): number {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
    throw new RangeError(`${name} must be above 0 and at most 1, got ${String(value)}`)
  }
  return value
}

function whole(name: string, value: number, min: number, max?: number): number {
  if (!Number.isInteger(value) || value < min || (max !== undefined && value > max)) {
    const range = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`
    throw new RangeError(`${name} must be a whole number ${range}, got ${value}`)
  }
  return value
}

/**
 * Ranks units (LSOAs or grid cells) by their count of a measure over a window, and classifies
 * each by its persistence across the window's quarters (rule in {@link classifyPersistence};
 * "hot in a quarter" in {@link hotInQuarter}). The list the tasking meeting takes away.
 *
 * Gaps: a month with a gap for the measure is left out for every unit alike (so the ranking
 * stays fair) and listed in `excludedMonths`; a quarter holding one is unknown (`null`) for
 * every unit. Units with equal counts share a rank and are listed by code.
 *
 * Throws a RangeError for a bad measure, month, area or option, or a window that is not whole
 * quarters (6, 9, 12 … months).
 *
 * @example
 * ```ts
 * const list = hotSpots(data, { measure: 'police-uk.anti-social-behaviour', area: 'E07000039',
 *   to: '2024-12', limit: 3 })
 * list.quarters.map((q) => q.from) //=> ['2024-01', '2024-04', '2024-07', '2024-10']
 * list.rows[0]
 * //=> { unit: 'E01019863', rank: 1, count: 84, quarterCounts: [20, 21, 22, 21],
 * //     hot: [true, true, true, true], persistence: 'persistent' }
 * ```
 */
export function hotSpots(data: LocalData, query: HotSpotQuery): HotSpotList {
  if (!MeasureId.safeParse(query.measure).success) {
    throw new RangeError(`measure: ${JSON.stringify(query.measure)} is not a measure id`)
  }
  const index = indexLocalData(data)
  const to = query.to ?? latestCoveredMonth(data.coverage)
  const months = monthsFromTo(query.from ?? shiftMonth(to, -11, 'to'), to)
  if (months.length % 3 !== 0 || months.length < 6 || months.length > 120) {
    throw new RangeError(
      `the window must be whole quarters, from 6 to 120 months; ${months[0]} to ${to} is ${months.length}`
    )
  }
  const quarterCount = months.length / 3
  const rule = {
    hotShare: share('hotShare', query.hotShare ?? hotSpotDefaults.hotShare),
    minimumCount: whole('minimumCount', query.minimumCount ?? hotSpotDefaults.minimumCount, 0),
    persistentShare: share(
      'persistentShare',
      query.persistentShare ?? hotSpotDefaults.persistentShare
    ),
    recentQuarters: whole(
      'recentQuarters',
      query.recentQuarters ?? Math.ceil(quarterCount / 4),
      1,
      quarterCount - 1
    ),
  }
  query.units?.forEach((unit, i) => {
    if (typeof unit !== 'string' || unit === '') {
      throw new RangeError(`units[${i}] must be a non-empty string`)
    }
  })
  const units = [
    ...new Set(
      query.units ??
        (query.area === undefined
          ? index.unitsWith(query.measure)
          : unitsOfArea(data.areas, query.area))
    ),
  ]
  const complete = months.map((month) => index.complete(month, query.measure))
  const quarters = Array.from({ length: quarterCount }, (_, q): HotSpotQuarter => {
    const slice = complete.slice(3 * q, 3 * q + 3)
    return {
      from: months[3 * q] as string,
      to: months[3 * q + 2] as string,
      complete: slice.every(Boolean),
    }
  })
  const monthly = units.map((unit) =>
    months.map((month, m) => (complete[m] ? index.sum(query.measure, [unit], null, month) : 0))
  )
  const quarterCounts = monthly.map((counts) =>
    quarters.map((quarter, q) =>
      quarter.complete ? counts.slice(3 * q, 3 * q + 3).reduce((a, b) => a + b, 0) : null
    )
  )
  const hotByQuarter = quarters.map((quarter, q) =>
    quarter.complete
      ? hotInQuarter(
          quarterCounts.map((c) => c[q] ?? 0),
          rule
        )
      : null
  )
  const rows = units.map((unit, u) => {
    const hot = hotByQuarter.map((quarter) => (quarter === null ? null : (quarter[u] ?? false)))
    return {
      unit,
      rank: 0,
      count: (monthly[u] as number[]).reduce((a, b) => a + b, 0),
      quarterCounts: quarterCounts[u] as (number | null)[],
      hot,
      persistence: classifyPersistence(hot, rule.recentQuarters, rule.persistentShare),
    }
  })
  rows.sort((a, b) => b.count - a.count || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0))
  rows.forEach((row, i) => {
    const previous = rows[i - 1]
    row.rank = previous !== undefined && previous.count === row.count ? previous.rank : i + 1
  })
  const limit = query.limit === undefined ? rows.length : whole('limit', query.limit, 1)
  return {
    measure: query.measure,
    from: months[0] as string,
    to,
    complete: complete.every(Boolean),
    excludedMonths: months.filter((_, m) => !complete[m]),
    units: units.length,
    quarters,
    rule,
    rows: rows.filter((row) => row.rank <= limit),
  }
}
