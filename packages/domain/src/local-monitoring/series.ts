import { z } from 'zod'
import { MeasureId } from '../crime/measures.ts'
import { PoliceUkMonth } from '../police-uk/month.ts'
import { unitsOfArea } from './areas.ts'
import { indexLocalData, type LocalData } from './local-data.ts'
import { monthsFromTo } from './months.ts'

/**
 * One month of a series. A month whose data has a gap for the measure (or that was never
 * imported) has `complete: false` and `count: null`: shown as missing, never as a fall.
 *
 * @example
 * ```ts
 * SeriesPoint.parse({ month: '2024-05', count: null, complete: false })
 * ```
 */
export const SeriesPoint = z
  .object({
    month: PoliceUkMonth,
    count: z.number().int().nonnegative().nullable(),
    complete: z.boolean(),
  })
  .meta({ id: 'SeriesPoint', description: 'One month of a monthly series' })
export type SeriesPoint = z.infer<typeof SeriesPoint>

/**
 * A monthly series of one measure for one area: one point per month from `from` to `to`, in
 * order. `complete` is true when every point is.
 *
 * @example
 * ```ts
 * MonthlySeries.parse({ area: 'E07000039', measure: 'police-uk.drugs', from: '2024-11',
 *   to: '2024-12', complete: true, points: [{ month: '2024-11', count: 12, complete: true },
 *   { month: '2024-12', count: 9, complete: true }] })
 * ```
 */
export const MonthlySeries = z
  .object({
    area: z.string().min(1),
    measure: MeasureId,
    from: PoliceUkMonth,
    to: PoliceUkMonth,
    complete: z.boolean(),
    points: z.array(SeriesPoint),
  })
  .meta({ id: 'MonthlySeries' })
export type MonthlySeries = z.infer<typeof MonthlySeries>

/**
 * What {@link monthlySeries} is asked for: an area (any code of `data.areas`, or a unit of
 * one), a measure id and an inclusive range of months.
 *
 * @example
 * ```ts
 * const query: SeriesQuery = { area: 'E07000039', measure: 'police-uk.anti-social-behaviour',
 *   from: '2024-01', to: '2024-12' }
 * ```
 */
export interface SeriesQuery {
  area: string
  measure: string
  from: string
  to: string
}

/**
 * The monthly series of a measure for an area: the sum over the area's units, plus the area's
 * own "no area" rows (so a district's series is the sum of its LSOAs' series plus its no-area
 * series). A month with a gap in the coverage for that measure is `{ count: null,
 * complete: false }` whatever rows it holds; a complete month with no rows is 0.
 *
 * Throws a RangeError for a bad month, measure or area code, or `from` after `to`.
 *
 * @example
 * ```ts
 * monthlySeries(
 *   {
 *     counts: [{ unit: 'E01019863', month: '2024-11', measure: 'police-uk.drugs', count: 3 }],
 *     areas: { E07000039: ['E01019863', 'E01019864'] },
 *     coverage: { months: ['2024-11', '2024-12'], gaps: [{ month: '2024-12', measure: null }] },
 *   },
 *   { area: 'E07000039', measure: 'police-uk.drugs', from: '2024-10', to: '2024-12' }
 * ).points
 * //=> [{ month: '2024-10', count: null, complete: false },   (not imported)
 * //    { month: '2024-11', count: 3, complete: true },
 * //    { month: '2024-12', count: null, complete: false }]  (a gap)
 * ```
 */
export function monthlySeries(data: LocalData, query: SeriesQuery): MonthlySeries {
  const months = monthsFromTo(query.from, query.to)
  if (!MeasureId.safeParse(query.measure).success) {
    throw new RangeError(`measure: ${JSON.stringify(query.measure)} is not a measure id`)
  }
  const index = indexLocalData(data)
  const units = unitsOfArea(data.areas, query.area)
  const points = months.map((month): SeriesPoint => {
    if (!index.complete(month, query.measure)) return { month, count: null, complete: false }
    return { month, count: index.sum(query.measure, units, query.area, month), complete: true }
  })
  return {
    area: query.area,
    measure: query.measure,
    from: query.from,
    to: query.to,
    complete: points.every((point) => point.complete),
    points,
  }
}
