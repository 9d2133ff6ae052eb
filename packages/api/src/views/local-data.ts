import {
  findPoliceUkGaps,
  policeUkCoverage,
  policeUkCrimeTypes,
  type AreaMembership,
  type LocalArea,
  type LocalData,
  type LocalGeography,
  type PoliceUkCrimeType,
  type PoliceUkAggregate,
} from '@csp/domain'

/** Police.uk counts of one month and crime type in one LSOA (null: "no area") of a district. */
export interface LocalCountRow {
  month: string
  areaCode: string
  lsoa: string | null
  crimeType: PoliceUkCrimeType
  count: number
}

/** Counts of one month and crime type in one 250 m grid cell of one LSOA. */
export interface LocalGridRow {
  month: string
  lsoa: string
  cell: string
  crimeType: PoliceUkCrimeType
  count: number
}

/**
 * The counts one local answer is built from, whether read from the database (the API) or from
 * files (the command line): the months imported, every force's totals by month and crime type
 * (to find gaps, as the crime tables do), and one district's LSOA and grid counts of one crime
 * type. Both sides build the same thing, so they answer with the same numbers.
 */
export interface LocalCounts {
  months: readonly string[]
  totals: readonly { month: string; crimeType: PoliceUkCrimeType; count: number }[]
  counts: readonly LocalCountRow[]
  grid: readonly LocalGridRow[]
}

/** The kinds of area the local routes answer for. */
export const localAreaKinds: ReadonlySet<string> = new Set([
  'district',
  'unitary',
  'ward',
  'neighbourhood-area',
  'lsoa',
])

/**
 * The area of a code, with the district it is in, or undefined for a code the bundled
 * geography does not know (or a county or force area, which are not local areas).
 *
 * @example
 * ```ts
 * localArea(derbyshireGeography(), 'E07000039')?.name //=> 'South Derbyshire'
 * ```
 */
export function localArea(
  geography: LocalGeography,
  code: string
): (LocalArea & { districtCode: string }) | undefined {
  const area = geography.area(code)
  if (!area || !localAreaKinds.has(area.kind) || area.districtCode === null) return undefined
  return area as LocalArea & { districtCode: string }
}

/** The crime type of a police.uk measure id, or undefined. */
export function crimeTypeOfMeasure(measure: string): PoliceUkCrimeType | undefined {
  for (const [crimeType, info] of Object.entries(policeUkCrimeTypes)) {
    if (info.measureId === measure) return crimeType as PoliceUkCrimeType
  }
  return undefined
}

/**
 * The sub-areas a district's, neighbourhood area's or ward's change table lists: its
 * neighbourhood areas, wards and LSOAs (`level` keeps one kind); an LSOA lists itself.
 *
 * @example
 * ```ts
 * subAreas(derbyshireGeography(), 'E07000039', 'ward').length //=> the district's wards
 * ```
 */
export function subAreas(
  geography: LocalGeography,
  code: string,
  level?: 'neighbourhood-area' | 'ward' | 'lsoa'
): string[] {
  const area = geography.area(code)
  if (!area) return []
  const areas = area.kind === 'district' || area.kind === 'unitary'
  const lists = {
    'neighbourhood-area': areas ? geography.neighbourhoodAreas(code).map((a) => a.code) : [],
    ward: area.kind === 'ward' || area.kind === 'lsoa' ? [] : geography.wards(code),
    lsoa: area.kind === 'lsoa' ? [] : geography.lsoas(code),
  }
  const found =
    level === undefined
      ? [...lists['neighbourhood-area'], ...lists.ward, ...lists.lsoa]
      : lists[level]
  return found.length > 0 ? found : [code]
}

const memberships = new WeakMap<LocalGeography, AreaMembership>()

/** Every local area of the geography → its LSOAs (built once per geography). */
function membershipOf(geography: LocalGeography): AreaMembership {
  let found = memberships.get(geography)
  if (found) return found
  const areas: Record<string, string[]> = {}
  for (const district of geography.topology.objects.districts.geometries) {
    areas[district.id] = geography.lsoas(district.id)
    for (const ward of geography.wards(district.id)) areas[ward] = geography.lsoas(ward)
    for (const na of geography.neighbourhoodAreas(district.id)) {
      areas[na.code] = geography.lsoas(na.code)
    }
  }
  found = Object.freeze(areas)
  memberships.set(geography, found)
  return found
}

/** The months and gaps: gaps found on every force's totals together, as the crime tables do. */
function coverageOf(counts: LocalCounts) {
  const series = 'all imported forces'
  const gaps = findPoliceUkGaps(counts.totals.map((row) => ({ ...row, force: series })))
  return policeUkCoverage({ months: counts.months, gaps })
}

/**
 * The local-monitoring data of one district's LSOA counts: units are LSOAs, the district's
 * "no area" rows count in its total only, and areas are every district, ward and neighbourhood
 * area of the geography.
 *
 * @example
 * ```ts
 * monthlySeries(lsoaData(counts, derbyshireGeography()), { area: 'E07000039', measure, from, to })
 * ```
 */
export function lsoaData(counts: LocalCounts, geography: LocalGeography): LocalData {
  return {
    counts: counts.counts.flatMap((row) =>
      row.lsoa === null
        ? []
        : [{ unit: row.lsoa, month: row.month, measure: measureOf(row), count: row.count }]
    ),
    noArea: counts.counts.flatMap((row) =>
      row.lsoa === null
        ? [{ area: row.areaCode, month: row.month, measure: measureOf(row), count: row.count }]
        : []
    ),
    areas: membershipOf(geography),
    coverage: coverageOf(counts),
  }
}

/**
 * The local-monitoring data of the 250 m grid cells inside an area (cells of its LSOAs; a cell
 * straddling the area's edge counts only its rows inside), for hot spots on the grid.
 *
 * @example
 * ```ts
 * hotSpots(gridData(counts, ['E01019863']), { measure })
 * ```
 */
export function gridData(counts: LocalCounts, lsoas: readonly string[]): LocalData {
  const inside = new Set(lsoas)
  return {
    counts: counts.grid.flatMap((row) =>
      inside.has(row.lsoa)
        ? [{ unit: row.cell, month: row.month, measure: measureOf(row), count: row.count }]
        : []
    ),
    coverage: coverageOf(counts),
  }
}

const measureOf = (row: { crimeType: PoliceUkCrimeType }) =>
  policeUkCrimeTypes[row.crimeType].measureId

/**
 * The counts of an aggregate read from files (with the bundled geography) for one district and
 * crime type: what the database would hold after importing the same files.
 *
 * @example
 * ```ts
 * localCountsOfAggregate(aggregate, 'E07000039', 'Drugs', derbyshireGeography())
 * ```
 */
export function localCountsOfAggregate(
  aggregate: PoliceUkAggregate,
  district: string,
  crimeType: PoliceUkCrimeType,
  geography: LocalGeography
): LocalCounts {
  const lsoas = new Set(geography.lsoas(district))
  const totals = new Map<string, { month: string; crimeType: PoliceUkCrimeType; count: number }>()
  for (const row of aggregate.lsoaCounts ?? []) {
    const key = `${row.month} ${row.crimeType}`
    const total = totals.get(key)
    if (total) total.count += row.count
    else totals.set(key, { month: row.month, crimeType: row.crimeType, count: row.count })
  }
  return {
    months: aggregate.months,
    totals: [...totals.values()],
    counts: sumCounts(
      (aggregate.lsoaCounts ?? []).filter(
        (row) => row.areaCode === district && row.crimeType === crimeType
      ) as LocalCountRow[]
    ),
    grid: sumGrid(
      (aggregate.gridCounts ?? []).filter(
        (row) => lsoas.has(row.lsoa) && row.crimeType === crimeType
      )
    ),
  }
}

/** Rows summed over forces (the database sums them in its query). */
function sumCounts(rows: readonly LocalCountRow[]): LocalCountRow[] {
  const sums = new Map<string, LocalCountRow>()
  for (const { month, areaCode, lsoa, crimeType, count } of rows) {
    const key = `${month} ${lsoa ?? ''} ${crimeType}`
    const sum = sums.get(key)
    if (sum) sum.count += count
    else sums.set(key, { month, areaCode, lsoa, crimeType, count })
  }
  return [...sums.values()]
}

function sumGrid(rows: readonly LocalGridRow[]): LocalGridRow[] {
  const sums = new Map<string, LocalGridRow>()
  for (const { month, lsoa, cell, crimeType, count } of rows) {
    const key = `${month} ${lsoa} ${cell} ${crimeType}`
    const sum = sums.get(key)
    if (sum) sum.count += count
    else sums.set(key, { month, lsoa, cell, crimeType, count })
  }
  return [...sums.values()]
}
