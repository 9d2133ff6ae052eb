import {
  ChangeFlag,
  ChangePeriod,
  ControlLimits,
  HotSpotPersistence,
  ChangeRow,
  ChangeWindow,
  changeTable,
  HotSpotList,
  HotSpotQuarter,
  HotSpotRow,
  hotSpots,
  latestCoveredMonth,
  localCountsSource,
  localSuppressionRule,
  MeasureId,
  monthlySeries,
  PAdjustment,
  PoliceUkMonth,
  SeriesPoint,
  shiftMonth,
  Source,
  suppressChangeRow,
  suppressHotSpotRow,
  suppressSeriesPoint,
  type LocalGeography,
} from '@csp/domain'
import { z } from 'zod'
import { orNull } from '../http/nullable-refs.ts'
import { gridData, localArea, lsoaData, subAreas, type LocalCounts } from './local-data.ts'

/** One area as the local answers name it. */
export const LocalAreaRef = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(['district', 'unitary', 'ward', 'neighbourhood-area', 'lsoa']),
    districtCode: z.string(),
    note: z.string().nullable().meta({
      description:
        'Why its figures are an approximation or provisional (wards are summed from best-fit LSOAs; neighbourhood areas are provisional ward lists).',
    }),
  })
  .meta({ id: 'LocalAreaRef' })
export type LocalAreaRef = z.infer<typeof LocalAreaRef>

const Suppression = z
  .object({ threshold: z.number().int().positive(), rule: z.string() })
  .meta({
    description: 'The rule applied to a public answer (null for a signed-in analyst’s exact one).',
  })
  .nullable()

export const LocalSeries = z
  .object({
    area: LocalAreaRef,
    measure: MeasureId,
    from: PoliceUkMonth,
    to: PoliceUkMonth,
    complete: z.boolean(),
    points: z.array(SeriesPoint.extend({ suppressed: z.boolean() })),
    source: Source,
    suppression: Suppression,
  })
  .meta({ id: 'LocalSeries' })
export type LocalSeries = z.infer<typeof LocalSeries>

export const LocalChangeRow = ChangeRow.extend({
  flag: orNull(ChangeFlag),
  limits: orNull(ControlLimits),
  name: z.string(),
  kind: LocalAreaRef.shape.kind,
  suppressed: z.boolean(),
}).meta({ id: 'LocalChangeRow' })
export type LocalChangeRow = z.infer<typeof LocalChangeRow>

export const LocalChanges = z
  .object({
    area: LocalAreaRef,
    measure: MeasureId,
    window: ChangeWindow,
    month: PoliceUkMonth,
    current: ChangePeriod,
    baseline: ChangePeriod,
    complete: z.boolean(),
    adjustment: PAdjustment,
    alpha: z.number(),
    minimumTotalForFlag: z.number().int(),
    minimumBaselineForPercent: z.number().int(),
    rows: z.array(LocalChangeRow),
    source: Source,
    suppression: Suppression,
  })
  .meta({ id: 'LocalChanges' })
export type LocalChanges = z.infer<typeof LocalChanges>

/** Hot-spot windows: whole quarters ending with the latest imported month. */
export const HotSpotWindow = z.enum(['rolling-12', 'rolling-24']).meta({ id: 'HotSpotWindow' })
export type HotSpotWindow = z.infer<typeof HotSpotWindow>
export const HotSpotUnit = z.enum(['lsoa', 'grid']).meta({ id: 'HotSpotUnit' })
export type HotSpotUnit = z.infer<typeof HotSpotUnit>

export const LocalHotSpotRow = HotSpotRow.extend({
  count: z.number().int().nonnegative().nullable(),
  quarterCounts: z.array(z.number().int().nonnegative().nullable()),
  persistence: orNull(HotSpotPersistence),
  name: z.string().nullable(),
  suppressed: z.boolean(),
}).meta({ id: 'LocalHotSpotRow' })
export type LocalHotSpotRow = z.infer<typeof LocalHotSpotRow>

export const LocalHotSpots = z
  .object({
    area: LocalAreaRef,
    measure: MeasureId,
    window: HotSpotWindow,
    unit: HotSpotUnit,
    from: PoliceUkMonth,
    to: PoliceUkMonth,
    complete: z.boolean(),
    excludedMonths: z.array(PoliceUkMonth),
    units: z.number().int(),
    quarters: z.array(HotSpotQuarter),
    rule: HotSpotList.shape.rule,
    rows: z.array(LocalHotSpotRow),
    source: Source,
    suppression: Suppression,
  })
  .meta({ id: 'LocalHotSpots' })
export type LocalHotSpots = z.infer<typeof LocalHotSpots>

/** A public answer hides small counts below `threshold`; an analyst's (`null`) does not. */
export type SuppressBelow = number | null

const wardNote = 'Ward figures are summed from the LSOAs that best fit the ward: an approximation.'
const areaNote = 'A provisional neighbourhood area (a list of wards) until confirmed.'

/**
 * The reference of a local area code, or undefined when the geography does not know it.
 *
 * @example
 * ```ts
 * localAreaRef(derbyshireGeography(), 'E07000039')?.kind //=> 'district'
 * ```
 */
export function localAreaRef(geography: LocalGeography, code: string): LocalAreaRef | undefined {
  const area = localArea(geography, code)
  if (!area) return undefined
  const note = area.kind === 'ward' ? wardNote : area.provisional ? areaNote : null
  return {
    code: area.code,
    name: area.name,
    kind: area.kind as LocalAreaRef['kind'],
    districtCode: area.districtCode,
    note,
  }
}

const suppression = (below: SuppressBelow) =>
  below === null ? null : { threshold: below, rule: localSuppressionRule(below) }

/**
 * The monthly series of an area: one point per month from `from` to `to` (default: the 36
 * months ending with the latest imported one); a month with a gap is `count: null,
 * complete: false`.
 *
 * @example
 * ```ts
 * localSeries(counts, geography, { area: 'E07000039', measure }, 5)
 * ```
 */
export function localSeries(
  counts: LocalCounts,
  geography: LocalGeography,
  query: { area: string; measure: string; from?: string | undefined; to?: string | undefined },
  below: SuppressBelow
): LocalSeries {
  const area = refOrThrow(geography, query.area)
  const data = lsoaData(counts, geography)
  const to = query.to ?? latestCoveredMonth(data.coverage)
  const from = query.from ?? shiftMonth(to, -35, 'to')
  const series = monthlySeries(data, { area: area.code, measure: query.measure, from, to })
  return {
    area,
    measure: series.measure,
    from: series.from,
    to: series.to,
    complete: series.complete,
    points: series.points.map((point) =>
      below === null ? { ...point, suppressed: false } : suppressSeriesPoint(point, below)
    ),
    source: localCountsSource,
    suppression: suppression(below),
  }
}

/**
 * The change table of an area's sub-areas (a district's neighbourhood areas, wards and LSOAs;
 * `level` keeps one kind) for one measure, adjusted across the rows listed.
 *
 * @example
 * ```ts
 * localChanges(counts, geography, { area: 'E07000039', measure, window: 'rolling-12' }, null)
 * ```
 */
export function localChanges(
  counts: LocalCounts,
  geography: LocalGeography,
  query: {
    area: string
    measure: string
    window: ChangeWindow
    month?: string | undefined
    level?: 'neighbourhood-area' | 'ward' | 'lsoa' | undefined
  },
  below: SuppressBelow
): LocalChanges {
  const area = refOrThrow(geography, query.area)
  const table = changeTable(lsoaData(counts, geography), {
    areas: subAreas(geography, area.code, query.level),
    measures: [query.measure],
    window: query.window,
    month: query.month,
  })
  const { rows, window, ...rest } = table
  return {
    area,
    measure: query.measure,
    window,
    ...rest,
    rows: rows.map((row) => {
      const ref = localAreaRef(geography, row.area)
      const named = { name: ref?.name ?? row.area, kind: ref?.kind ?? 'lsoa' }
      const shown = below === null ? { ...row, suppressed: false } : suppressChangeRow(row, below)
      return { ...shown, ...named }
    }),
    source: localCountsSource,
    suppression: suppression(below),
  }
}

/**
 * The ranked hot spots inside an area: its LSOAs or its 250 m grid cells, by count over whole
 * quarters ending with the latest imported month (or `to`), with their persistence.
 *
 * @example
 * ```ts
 * localHotSpots(counts, geography, { area: 'E07000039', measure, window: 'rolling-12', unit: 'lsoa' }, 5)
 * ```
 */
export function localHotSpots(
  counts: LocalCounts,
  geography: LocalGeography,
  query: {
    area: string
    measure: string
    window: HotSpotWindow
    unit: HotSpotUnit
    to?: string | undefined
    limit?: number | undefined
  },
  below: SuppressBelow
): LocalHotSpots {
  const area = refOrThrow(geography, query.area)
  const lsoas = geography.lsoas(area.code)
  const data = query.unit === 'grid' ? gridData(counts, lsoas) : lsoaData(counts, geography)
  const to = query.to ?? latestCoveredMonth(data.coverage)
  const months = query.window === 'rolling-24' ? 24 : 12
  const list = hotSpots(data, {
    measure: query.measure,
    to,
    from: shiftMonth(to, 1 - months, 'to'),
    limit: query.limit,
    ...(query.unit === 'grid' ? {} : { units: lsoas }),
  })
  const { rows, measure, ...rest } = list
  return {
    area,
    measure,
    window: query.window,
    unit: query.unit,
    ...rest,
    rows: rows.map((row: HotSpotRow) => {
      const name = query.unit === 'lsoa' ? (geography.area(row.unit)?.name ?? null) : null
      const shown = below === null ? { ...row, suppressed: false } : suppressHotSpotRow(row, below)
      return { ...shown, name }
    }),
    source: localCountsSource,
    suppression: suppression(below),
  }
}

/** An area code the geography does not know. */
export class UnknownAreaError extends Error {}

function refOrThrow(geography: LocalGeography, code: string): LocalAreaRef {
  const ref = localAreaRef(geography, code)
  if (!ref) {
    throw new UnknownAreaError(
      `"${code}" is not a district, ward, neighbourhood area or LSOA of the partnership.`
    )
  }
  return ref
}
