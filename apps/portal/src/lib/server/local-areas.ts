import { ChangeWindow, changeTable, policeUkMeasures, svgMap, type SvgArea } from '@csp/domain'
import { derbyshireGeography } from '@csp/domain/boundaries'
import type { Client } from './api.ts'
import { bodyOf, type Success } from './read.ts'

export type LocalChanges = Success<Client['v1']['areas'][':code']['changes']['$get']>
export type LocalChangeRow = LocalChanges['rows'][number]
export type LocalHotSpots = Success<Client['v1']['areas'][':code']['hot-spots']['$get']>
export type LocalSeries = Success<Client['v1']['areas'][':code']['series']['$get']>

export const defaultMeasure = 'police-uk.anti-social-behaviour'
export const levels = ['ward', 'lsoa'] as const
export type Level = (typeof levels)[number]
const sortKeys = ['area', 'current', 'baseline', 'difference', 'flag'] as const
export type SortKey = (typeof sortKeys)[number]

/** The police.uk measures a local page offers. */
export const localMeasures = policeUkMeasures.map((m) => ({ value: m.id, text: m.label }))

export const windowLabels: Record<ChangeWindow, string> = {
  'rolling-12': 'Last 12 months against the 12 before',
  'last-3': 'Last 3 months against the same 3 a year earlier',
  month: 'Latest month against the same month in the 3 years before',
}

/** The query of a Local areas page, with unknown values replaced by the defaults. */
export function localQuery(url: URL) {
  const get = (name: string) => url.searchParams.get(name) ?? ''
  const measure = localMeasures.some((m) => m.value === get('measure'))
    ? get('measure')
    : defaultMeasure
  const window = ChangeWindow.safeParse(get('window')).data ?? 'rolling-12'
  const level: Level = (levels as readonly string[]).includes(get('level'))
    ? (get('level') as Level)
    : 'ward'
  const sort: SortKey = (sortKeys as readonly string[]).includes(get('sort'))
    ? (get('sort') as SortKey)
    : 'difference'
  const dir = get('dir') === 'asc' ? 'asc' : 'desc'
  return { measure, window, level, sort, dir } as const
}
export type LocalQuery = ReturnType<typeof localQuery>

/** The change table of the district's wards or LSOAs. */
export async function districtChanges(api: Client, district: string, query: LocalQuery) {
  return bodyOf(
    await api.v1.areas[':code'].changes.$get({
      param: { code: district },
      query: { measure: query.measure, window: query.window, level: query.level },
    }),
    'change table'
  )
}

const flagOrder = { increase: 2, decrease: 0 } as const

/** Rows sorted by one column (nulls last), ties by name. */
export function sortRows(rows: readonly LocalChangeRow[], sort: SortKey, dir: 'asc' | 'desc') {
  const value = (row: LocalChangeRow): number | string | null =>
    sort === 'area'
      ? row.name
      : sort === 'flag'
        ? row.flag === null
          ? 1
          : flagOrder[row.flag]
        : row[sort]
  const sign = dir === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1
    const order = typeof va === 'string' ? va.localeCompare(vb as string) : va - (vb as number)
    return sign * order || a.name.localeCompare(b.name)
  })
}

export interface MapArea extends SvgArea {
  name: string
  flag: 'increase' | 'decrease' | null
  /** What a screen reader hears for the area's link. */
  label: { x: number; y: number }
  description: string
}

/** The district's wards or LSOAs drawn as SVG paths, each with its row's flag and a description. */
export function changeMap(district: string, level: Level, rows: readonly LocalChangeRow[]) {
  const geography = derbyshireGeography()
  const shapes = geography.shapes(level === 'ward' ? 'wards' : 'lsoas', district)
  const map = svgMap(shapes, { width: 640, height: 520, padding: 8 })
  const byCode = new Map(rows.map((row) => [row.area, row]))
  const areas: MapArea[] = map.areas.map((area) => {
    const row = byCode.get(area.code)
    const name = row?.name ?? geography.area(area.code)?.name ?? area.code
    const flag = row?.flag ?? null
    const figures =
      row === undefined || row.current === null
        ? 'figures not shown'
        : `${row.current} against ${row.baseline ?? '–'}`
    const said = flag === null ? 'no significant change' : `significant ${flag}`
    return { ...area, name, flag, description: `${name}: ${figures}, ${said}` }
  })
  return { viewBox: map.viewBox, areas, attribution: geography.attribution }
}

/**
 * The monthly series of an area with, for each month that has three earlier years, the c-chart
 * centre and limits the domain's change table gives (the same rule as the `month` window).
 */
export async function areaChart(api: Client, code: string, measure: string) {
  const series = await bodyOf(
    await api.v1.areas[':code'].series.$get({ param: { code }, query: { measure } }),
    'monthly series'
  )
  const last = series.points.at(-1)?.month
  const earlier = last
    ? await bodyOf(
        await api.v1.areas[':code'].series.$get({
          param: { code },
          query: { measure, to: last, from: `${Number(last.slice(0, 4)) - 4}${last.slice(4)}` },
        }),
        'monthly series'
      )
    : series
  const known = earlier.points.filter((p) => p.complete && p.count !== null)
  const data = {
    counts: known.map((p) => ({ unit: code, month: p.month, measure, count: p.count as number })),
    areas: { [code]: [code] },
    coverage: { months: known.map((p) => p.month), gaps: [] },
  }
  const points = series.points.map((point) => {
    if (point.count === null || known.length === 0) return { ...point, limits: null }
    const table = changeTable(data, {
      areas: [code],
      measures: [measure],
      window: 'month',
      month: point.month,
    })
    const row = table.rows[0]
    return { ...point, limits: row && row.baselinePeriods === 3 ? row.limits : null }
  })
  return { ...series, points }
}

/** The hot spots of the district's LSOAs (or grid cells) over the last 12 months. */
export async function districtHotSpots(
  api: Client,
  district: string,
  measure: string,
  unit: 'lsoa' | 'grid'
) {
  return bodyOf(
    await api.v1.areas[':code']['hot-spots'].$get({
      param: { code: district },
      query: { measure, unit, window: 'rolling-12', limit: 20 },
    }),
    'hot-spot list'
  )
}
