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

type Tally = Map<string, Map<string, Map<string, number>>>

/** Checks rows, remembering the months and measures already found good (a few dozen of each). */
function rowChecker() {
  const goodMonths = new Set<string>()
  const goodMeasures = new Set<string>()
  return (row: UnitCount | NoAreaCount, list: 'counts' | 'noArea', i: number): string => {
    const key = list === 'counts' ? 'unit' : 'area'
    const name = (row as unknown as Record<string, unknown>)[key]
    if (typeof name !== 'string' || name === '') {
      throw new RangeError(`${list}[${i}].${key} must be a non-empty string`)
    }
    if (!goodMonths.has(row.month)) {
      monthKeyIn(row.month, `${list}[${i}].month`)
      goodMonths.add(row.month)
    }
    if (!goodMeasures.has(row.measure)) {
      if (!MeasureId.safeParse(row.measure).success) {
        const measure = JSON.stringify(row.measure)
        throw new RangeError(`${list}[${i}].measure: ${measure} is not a measure id`)
      }
      goodMeasures.add(row.measure)
    }
    if (!Number.isSafeInteger(row.count) || row.count < 0) {
      const count = String(row.count)
      throw new RangeError(`${list}[${i}].count must be a whole number ≥ 0, got ${count}`)
    }
    return name
  }
}

function tally(
  rows: readonly (UnitCount | NoAreaCount)[],
  list: 'counts' | 'noArea',
  check: ReturnType<typeof rowChecker>
): Tally {
  const byMeasure: Tally = new Map()
  rows.forEach((row, i) => {
    const name = check(row, list, i)
    let byName = byMeasure.get(row.measure)
    if (byName === undefined) byMeasure.set(row.measure, (byName = new Map()))
    let byMonth = byName.get(name)
    if (byMonth === undefined) byName.set(name, (byMonth = new Map()))
    byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + row.count)
  })
  return byMeasure
}

/**
 * @internal Checks the data (RangeError naming the bad field) and indexes its counts.
 *
 * @example
 * ```ts
 * const index = indexLocalData(data) // data: LocalData with counts and coverage
 * indexLocalData({ counts: null } as never) // throws RangeError('data.counts must be …')
 * ```
 */
export function indexLocalData(data: LocalData): CountIndex {
  if (data == null || !Array.isArray(data.counts)) {
    throw new RangeError('data.counts must be an array of unit counts')
  }
  const complete = completenessOf(data.coverage)
  const check = rowChecker()
  const units = tally(data.counts, 'counts', check)
  const noArea = tally(data.noArea ?? [], 'noArea', check)
  return {
    complete,
    unitsWith: (measure) => [...(units.get(measure)?.keys() ?? [])],
    sum(measure, unitList, noAreaOf, month) {
      const byUnit = units.get(measure)
      let total = noAreaOf === null ? 0 : (noArea.get(measure)?.get(noAreaOf)?.get(month) ?? 0)
      if (byUnit === undefined) return total
      for (const unit of unitList) total += byUnit.get(unit)?.get(month) ?? 0
      return total
    },
  }
}
