import { policeUkCrimeTypeNames, policeUkCrimeTypes } from './crime-type-table.ts'
import type { PoliceUkForceMonthCount } from './find-gaps.ts'
import { ByteInterner, StringInterner } from './interner.ts'
import { KeyedCounts, PairTable, typeCount } from './keyed-counts.ts'
import { monthFromKey } from './month-key.ts'
import type {
  PoliceUkCount,
  PoliceUkForceCount,
  PoliceUkGridCount,
  PoliceUkLsoaCount,
  PoliceUkNoLocationCount,
  PoliceUkOutsideAreaCount,
  PoliceUkPlacement,
} from './types.ts'

const types = policeUkCrimeTypeNames
// Month keys stay below 2^17 (year 9999), so force * 2^17 + month is a unique number.
const monthSpan = 1 << 17

/** Counts by district × crime type for one month (the `counts` of an aggregate). */
export interface MonthTally {
  /** Indexed by `districtId * typeCount + crimeType`. */
  districts: Float64Array
  noLocation: Float64Array
}

/** What one force reported for one month: totals, and counts by place and by grid cell. */
export class ForceMonth {
  readonly month: number
  readonly force: number
  /** Every counted row by crime type, located or not. */
  readonly totals = new Float64Array(typeCount)
  /** Keyed by a {@link PoliceUkTally.places} id (district × LSOA). */
  readonly places = new KeyedCounts()
  /** Keyed by a {@link PoliceUkTally.cellPlaces} id (LSOA × cell). */
  readonly cells = new KeyedCounts()

  constructor(month: number, force: number) {
    this.month = month
    this.force = force
  }
}

/**
 * The counts behind an aggregate, held in typed arrays keyed by small ids so that memory grows
 * with months × forces × places × crime types, never with rows.
 *
 * @example
 * ```ts
 * const tally = new PoliceUkTally()
 * tally.count(24299, tally.districts.id('Erewash', 0, 7), tally.forces.id('N', 0, 1), 2)
 * tally.counts(() => 'E07000036')[0]?.count //=> 1
 * ```
 */
export class PoliceUkTally {
  /** Data rows read, whether counted or rejected. */
  rows = 0
  readonly districts = new StringInterner()
  readonly forces = new StringInterner()
  readonly lsoas = new StringInterner()
  readonly cells = new StringInterner()
  /** District ids looked up from UTF-8 bytes. */
  readonly districtBytes = new ByteInterner(this.districts)
  /** Force ids looked up from UTF-8 bytes. */
  readonly forceBytes = new ByteInterner(this.forces)
  /** LSOA code ids looked up from UTF-8 bytes. */
  readonly lsoaBytes = new ByteInterner(this.lsoas)
  /** District id × LSOA id (-1 for none). */
  readonly places = new PairTable()
  /** LSOA id × cell id. */
  readonly cellPlaces = new PairTable()
  readonly placement: PoliceUkPlacement = { ownCode: 0, pointInPolygon: 0, noArea: 0 }
  readonly months = new Map<number, MonthTally>()
  readonly forceMonths = new Map<number, ForceMonth>()
  private lastMonthKey = -1
  private lastMonth: MonthTally | undefined
  private lastForceMonthKey = -1
  /** The force-month of the row counted last, for {@link countPlace} and {@link countCell}. */
  private current: ForceMonth | undefined

  /** Counts one row; `districtId` -1 means no location. */
  count(monthKey: number, districtId: number, forceId: number, crimeType: number): void {
    const month = this.monthTally(monthKey)
    if (districtId < 0) {
      month.noLocation[crimeType] = (month.noLocation[crimeType] ?? 0) + 1
    } else {
      const index = districtId * typeCount + crimeType
      if (index >= month.districts.length) {
        const grown = new Float64Array(Math.max(index + 1, month.districts.length * 2))
        grown.set(month.districts)
        month.districts = grown
      }
      month.districts[index] = (month.districts[index] ?? 0) + 1
    }
    const forceMonth = this.forceMonth(monthKey, forceId)
    forceMonth.totals[crimeType] = (forceMonth.totals[crimeType] ?? 0) + 1
  }

  /** Counts the row just counted in a district and LSOA (-1 for no area). */
  countPlace(districtId: number, lsoaId: number, crimeType: number): void {
    ;(this.current as ForceMonth).places.add(this.places.id(districtId, lsoaId), crimeType, 1)
  }

  /** Counts the row just counted in a partnership LSOA and a grid cell. */
  countCell(lsoaId: number, cellId: number, crimeType: number): void {
    ;(this.current as ForceMonth).cells.add(this.cellPlaces.id(lsoaId, cellId), crimeType, 1)
  }

  /** The month's counts, created when new. */
  monthTally(monthKey: number): MonthTally {
    let month = this.lastMonth
    if (monthKey !== this.lastMonthKey || month === undefined) {
      month = this.months.get(monthKey)
      if (month === undefined) {
        month = {
          districts: new Float64Array(typeCount * 16),
          noLocation: new Float64Array(typeCount),
        }
        this.months.set(monthKey, month)
      }
      this.lastMonthKey = monthKey
      this.lastMonth = month
    }
    return month
  }

  /** The force's month, created when new; also the one {@link countPlace} counts into. */
  forceMonth(monthKey: number, forceId: number): ForceMonth {
    const key = forceId * monthSpan + monthKey
    let forceMonth = this.current
    if (key !== this.lastForceMonthKey || forceMonth === undefined) {
      forceMonth = this.forceMonths.get(key)
      if (forceMonth === undefined) {
        forceMonth = new ForceMonth(monthKey, forceId)
        this.forceMonths.set(key, forceMonth)
      }
      this.lastForceMonthKey = key
      this.current = forceMonth
    }
    return forceMonth
  }

  /** Months with at least one counted row, sorted. */
  monthList(): string[] {
    return this.monthKeys().map(monthFromKey)
  }

  /** Every district's counts, sorted by month, district and crime type. */
  counts(areaCodeOf: (district: string) => string | null): PoliceUkCount[] {
    const names = this.districts.values
    const codes = names.map(areaCodeOf)
    const order = names.map((_, id) => id).sort((a, b) => compare(names[a] ?? '', names[b] ?? ''))
    const rows: PoliceUkCount[] = []
    for (const key of this.monthKeys()) {
      const { districts } = this.months.get(key) as MonthTally
      const month = monthFromKey(key)
      for (const id of order) {
        types.forEach((crimeType, type) => {
          const count = districts[id * typeCount + type] ?? 0
          if (count === 0) return
          const district = names[id] as string
          const { measureId: measure } = policeUkCrimeTypes[crimeType]
          rows.push({ month, district, areaCode: codes[id] ?? null, crimeType, measure, count })
        })
      }
    }
    return rows
  }

  /** No-location counts, sorted by month and crime type. */
  noLocation(): PoliceUkNoLocationCount[] {
    return this.monthKeys().flatMap((key) => {
      const { noLocation } = this.months.get(key) as MonthTally
      const month = monthFromKey(key)
      return types.flatMap((crimeType, type) => {
        const count = noLocation[type] ?? 0
        return count > 0 ? [{ month, crimeType, count }] : []
      })
    })
  }

  /** Per-force monthly totals by crime type (zeros included), the input to gap finding. */
  forceMonthCounts(): PoliceUkForceMonthCount[] {
    return [...this.forceMonths.values()].flatMap(({ month, force, totals }) =>
      types.map((crimeType, type) => ({
        force: this.forces.values[force] as string,
        month: monthFromKey(month),
        crimeType,
        count: totals[type] ?? 0,
      }))
    )
  }

  /** Per-force monthly totals by crime type, sorted by month, force and crime type. */
  forceCounts(): PoliceUkForceCount[] {
    return this.sortedForceMonths().flatMap(({ month, force, totals }) => {
      const common = { month: monthFromKey(month), force: this.forces.values[force] as string }
      return types.flatMap((crimeType, type) => {
        const count = totals[type] ?? 0
        return count > 0 ? [{ ...common, crimeType, count }] : []
      })
    })
  }

  /**
   * The LSOA counts one at a time, sorted by month, force, district, LSOA (no area first) and
   * crime type, without building the list: a national year has millions of them.
   */
  *lsoaCounts(areaCodeOf: (district: string) => string | null): Generator<PoliceUkLsoaCount> {
    const districts = this.districts.values
    const codes = districts.map(areaCodeOf)
    const lsoas = this.lsoas.values
    const districtRank = ranks(districts)
    const lsoaRank = ranks(lsoas)
    const { places } = this
    for (const { month, force, places: counts } of this.sortedForceMonths()) {
      const common = { month: monthFromKey(month), force: this.forces.values[force] as string }
      const order = rowOrder(counts, (a, b) => {
        const d = (districtRank[places.first(a)] ?? 0) - (districtRank[places.first(b)] ?? 0)
        return d !== 0 ? d : (lsoaRank[places.second(a)] ?? -1) - (lsoaRank[places.second(b)] ?? -1)
      })
      for (const row of order) {
        const place = counts.keys[row] as number
        const district = places.first(place)
        const lsoa = places.second(place)
        for (let type = 0; type < typeCount; type++) {
          const count = counts.counts[row * typeCount + type] as number
          if (count === 0) continue
          yield {
            ...common,
            district: districts[district] as string,
            areaCode: codes[district] ?? null,
            lsoa: lsoa < 0 ? null : (lsoas[lsoa] as string),
            crimeType: types[type] as (typeof types)[number],
            count,
          }
        }
      }
    }
  }

  /** Grid-cell counts, sorted by month, force, LSOA, cell and crime type. */
  gridCounts(): PoliceUkGridCount[] {
    const lsoas = this.lsoas.values
    const cells = this.cells.values
    const lsoaRank = ranks(lsoas)
    const cellRank = ranks(cells)
    const pairs = this.cellPlaces
    const rows: PoliceUkGridCount[] = []
    for (const { month, force, cells: counts } of this.sortedForceMonths()) {
      if (counts.size === 0) continue
      const common = { month: monthFromKey(month), force: this.forces.values[force] as string }
      const order = rowOrder(counts, (a, b) => {
        const l = (lsoaRank[pairs.first(a)] ?? 0) - (lsoaRank[pairs.first(b)] ?? 0)
        return l !== 0 ? l : (cellRank[pairs.second(a)] ?? 0) - (cellRank[pairs.second(b)] ?? 0)
      })
      for (const row of order) {
        const pair = counts.keys[row] as number
        for (let type = 0; type < typeCount; type++) {
          const count = counts.counts[row * typeCount + type] as number
          if (count === 0) continue
          const lsoa = lsoas[pairs.first(pair)] as string
          const cell = cells[pairs.second(pair)] as string
          rows.push({
            ...common,
            lsoa,
            cell,
            crimeType: types[type] as (typeof types)[number],
            count,
          })
        }
      }
    }
    return rows
  }

  /** Force-months sorted by month, then force name. */
  sortedForceMonths(): ForceMonth[] {
    const forceRank = ranks(this.forces.values)
    return [...this.forceMonths.values()].sort(
      (a, b) => a.month - b.month || (forceRank[a.force] ?? 0) - (forceRank[b.force] ?? 0)
    )
  }

  private monthKeys(): number[] {
    return [...this.months.keys()].sort((a, b) => a - b)
  }
}

/**
 * The `outsideArea` view of `counts`: rows whose district has no partnership area code.
 *
 * @example
 * ```ts
 * outsideAreaCounts([{ month: '2024-12', district: 'Lancaster', areaCode: null,
 *   crimeType: 'Drugs', measure: 'police-uk.drugs', count: 3 }])
 * //=> [{ month: '2024-12', district: 'Lancaster', crimeType: 'Drugs', count: 3 }]
 * ```
 */
export function outsideAreaCounts(counts: readonly PoliceUkCount[]): PoliceUkOutsideAreaCount[] {
  return counts
    .filter((row) => row.areaCode === null)
    .map(({ month, district, crimeType, count }) => ({ month, district, crimeType, count }))
}

/** The rank of each value in sorted order, indexed by the value's id. */
function ranks(values: readonly string[]): Int32Array {
  const order = values.map((_, id) => id).sort((a, b) => compare(values[a] ?? '', values[b] ?? ''))
  const rank = new Int32Array(values.length)
  order.forEach((id, position) => (rank[id] = position))
  return rank
}

/** The rows of `counts` sorted by their keys. */
function rowOrder(counts: KeyedCounts, byKey: (a: number, b: number) => number): Int32Array {
  const order = new Int32Array(counts.size)
  for (let row = 0; row < counts.size; row++) order[row] = row
  return order.sort((a, b) => byKey(counts.keys[a] as number, counts.keys[b] as number))
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
