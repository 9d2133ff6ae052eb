import { MeasureId } from '../crime/measures.ts'
import { completenessOf, type CompletenessCheck, type DataCoverage } from './coverage.ts'
import { monthKeyIn } from './months.ts'

/**
 * One unit's count of one measure in one month. A unit is an LSOA 2021 code or a grid cell id.
 * Rows for the same unit, month and measure are added together (one per force, say).
 *
 * @example
 * ```ts
 * const row: UnitCount = { unit: 'E01019863', month: '2024-12',
 *   measure: 'police-uk.anti-social-behaviour', count: 7 }
 * ```
 */
export interface UnitCount {
  readonly unit: string
  readonly month: string
  readonly measure: string
  readonly count: number
}

/**
 * Rows of an area (a district, usually) placed in none of its units — no LSOA polygon held
 * them. They count in that area's total and in no smaller area, so a district's LSOAs plus its
 * "no area" rows equal the district.
 *
 * @example
 * ```ts
 * const row: NoAreaCount = { area: 'E07000039', month: '2024-12', measure: 'police-uk.drugs', count: 1 }
 * ```
 */
export interface NoAreaCount {
  readonly area: string
  readonly month: string
  readonly measure: string
  readonly count: number
}

/**
 * Area code → the units it is made of, built by the caller: a district's LSOAs, a ward's
 * best-fit LSOAs (an approximation, to be labelled so), a neighbourhood area's wards' LSOAs.
 * A unit needs no entry of its own: an LSOA listed as a unit of any area is also an area made
 * of itself.
 *
 * @example
 * ```ts
 * const areas: AreaMembership = {
 *   E07000039: ['E01019863', 'E01019864', 'E01019865'],
 *   E05012345: ['E01019863', 'E01019864'],
 * }
 * ```
 */
export type AreaMembership = Readonly<Record<string, readonly string[]>>

/**
 * Everything the local-monitoring functions read: the counts, the "no area" counts, the area
 * membership and the months' coverage. Plain data, so the API, the CLI and a test can each
 * build it from wherever their counts live.
 *
 * @example
 * ```ts
 * const data: LocalData = {
 *   counts: [{ unit: 'E01019863', month: '2024-12', measure: 'police-uk.drugs', count: 3 }],
 *   noArea: [{ area: 'E07000039', month: '2024-12', measure: 'police-uk.drugs', count: 1 }],
 *   areas: { E07000039: ['E01019863'] },
 *   coverage: { months: ['2024-12'], gaps: [] },
 * }
 * ```
 */
export interface LocalData {
  readonly counts: readonly UnitCount[]
  readonly noArea?: readonly NoAreaCount[] | undefined
  readonly areas?: AreaMembership | undefined
  readonly coverage: DataCoverage
}

/** @internal Counts added up by measure, unit (or no-area code) and month. */
export interface CountIndex {
  /** The count of `measure` in `month` summed over `units`, plus `noAreaOf`'s no-area rows. */
  sum(measure: string, units: readonly string[], noAreaOf: string | null, month: string): number
  /** Every unit with a count of `measure`, in first-seen order. */
  unitsWith(measure: string): string[]
  complete: CompletenessCheck
}

function checkRow(
  row: { month: string; measure: string; count: number },
  path: string,
  key: 'unit' | 'area'
): void {
  const name = (row as unknown as Record<string, unknown>)[key]
  if (typeof name !== 'string' || name === '') {
    throw new RangeError(`${path}.${key} must be a non-empty string`)
  }
  monthKeyIn(row.month, `${path}.month`)
  if (!MeasureId.safeParse(row.measure).success) {
    throw new RangeError(`${path}.measure: ${JSON.stringify(row.measure)} is not a measure id`)
  }
  if (!Number.isSafeInteger(row.count) || row.count < 0) {
    throw new RangeError(`${path}.count must be a whole number ≥ 0, got ${String(row.count)}`)
  }
}

/** @internal Checks the data (RangeError naming the bad field) and indexes its counts. */
export function indexLocalData(data: LocalData): CountIndex {
  if (data == null || !Array.isArray(data.counts)) {
    throw new RangeError('data.counts must be an array of unit counts')
  }
  const complete = completenessOf(data.coverage)
  const cells = new Map<string, Map<string, number>>()
  const units = new Map<string, Set<string>>()
  const add = (key: string, month: string, count: number) => {
    const months = cells.get(key) ?? new Map<string, number>()
    months.set(month, (months.get(month) ?? 0) + count)
    cells.set(key, months)
  }
  data.counts.forEach((row, i) => {
    checkRow(row, `counts[${i}]`, 'unit')
    add(`u ${row.measure} ${row.unit}`, row.month, row.count)
    const seen = units.get(row.measure) ?? new Set<string>()
    units.set(row.measure, seen.add(row.unit))
  })
  ;(data.noArea ?? []).forEach((row, i) => {
    checkRow(row, `noArea[${i}]`, 'area')
    add(`n ${row.measure} ${row.area}`, row.month, row.count)
  })
  const cell = (key: string, month: string) => cells.get(key)?.get(month) ?? 0
  return {
    complete,
    unitsWith: (measure) => [...(units.get(measure) ?? [])],
    sum(measure, unitList, noAreaOf, month) {
      let total = noAreaOf === null ? 0 : cell(`n ${measure} ${noAreaOf}`, month)
      for (const unit of unitList) total += cell(`u ${measure} ${unit}`, month)
      return total
    },
  }
}
