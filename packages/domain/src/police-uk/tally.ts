import { policeUkCrimeTypeNames, policeUkCrimeTypes } from './crime-type-table.ts'
import type { PoliceUkForceMonthCount } from './find-gaps.ts'
import { ByteInterner, StringInterner } from './interner.ts'
import { KeyedCounts, PairTable, typeCount } from './keyed-counts.ts'
import { monthFromKey } from './month-key.ts'
import type {
  PoliceUkCount,
  PoliceUkForceCount,
  PoliceUkNoLocationCount,
  PoliceUkOutsideAreaCount,
  PoliceUkPlacement,
} from './types.ts'

const types = policeUkCrimeTypeNames
// Month keys stay below 2^17 (year 9999), so force * 2^17 + month is a unique number.
const monthSpan = 1 << 17

/**
 * How a place's LSOA is written in the place table: its id when the row's own code gave it,
 * `-2 - id` when a point in polygon did, and -1 for none ("no area").
 *
 * @example
 * ```ts
 * placedLsoa(byPoint(7)) //=> 7
 * ```
 */
export const byPoint = (lsoa: number): number => -2 - lsoa
/**
 * The LSOA id of an encoded place LSOA (see {@link byPoint}), or -1.
 *
 * @example
 * ```ts
 * placedLsoa(7) //=> 7 (the row's own code)
 * placedLsoa(byPoint(7)) //=> 7
 * placedLsoa(-1) //=> -1
 * ```
 */
export const placedLsoa = (encoded: number): number => (encoded >= -1 ? encoded : -2 - encoded)

/** What one force reported for one month: no-location rows, and counts by place and cell. */
export class ForceMonth {
  readonly month: number
  readonly force: number
  /** Rows with no location, by crime type. */
  readonly noLocation = new Float64Array(typeCount)
  /** Keyed by a {@link PoliceUkTally.places} id; a force has hundreds of LSOAs or more. */
  readonly places = new KeyedCounts(512)
  /** Keyed by a {@link PoliceUkTally.cellPlaces} id (LSOA × cell). */
  readonly cells = new KeyedCounts()

  constructor(month: number, force: number) {
    this.month = month
    this.force = force
  }
}

/**
 * The counts behind an aggregate, held in typed arrays keyed by small ids so that memory grows
 * with months × forces × places × crime types, never with rows. A row is counted once: in its
 * force-month, under its place, a (district of its LSOA name, LSOA) pair that also records the
 * district it is placed in; district counts, force totals and placement are sums of these.
 *
 * @example
 * ```ts
 * const tally = new PoliceUkTally()
 * const erewash = tally.districts.id('Erewash', 0, 7)
 * const month = tally.forceMonth(24299, tally.forces.id('N', 0, 1))
 * month.places.add(tally.places.id(erewash, -1, erewash), 2, 1)
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
  /** District of the LSOA name × LSOA (see {@link byPoint}), with the district placed in. */
  readonly places = new PairTable()
  /** LSOA id × cell id. */
  readonly cellPlaces = new PairTable()
  readonly forceMonths = new Map<number, ForceMonth>()
  private lastForceMonthKey = -1
  private current: ForceMonth | undefined

  /** The force's month, created when new; also the one {@link countCell} counts into. */
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

  /** Counts the row just counted in a partnership LSOA and a grid cell. */
  countCell(lsoaId: number, cellId: number, crimeType: number): void {
    ;(this.current as ForceMonth).cells.add(this.cellPlaces.id(lsoaId, cellId), crimeType, 1)
  }

  /** Months with at least one counted row, sorted. */
  monthList(): string[] {
    return [...new Set([...this.forceMonths.values()].map((f) => f.month))]
      .sort((a, b) => a - b)
      .map(monthFromKey)
  }

  /** Every district's counts (district of the LSOA name), sorted by month, district and type. */
  counts(areaCodeOf: (district: string) => string | null): PoliceUkCount[] {
    const names = this.districts.values
    const codes = names.map(areaCodeOf)
    const order = names.map((_, id) => id).sort((a, b) => compare(names[a] ?? '', names[b] ?? ''))
    const byMonth = new Map<number, Float64Array>()
    for (const { month, places } of this.forceMonths.values()) {
      let sums = byMonth.get(month)
      if (sums === undefined)
        byMonth.set(month, (sums = new Float64Array(names.length * typeCount)))
      for (let row = 0; row < places.size; row++) {
        const at = this.places.first(places.keys[row] as number) * typeCount
        for (let type = 0; type < typeCount; type++) {
          sums[at + type] =
            (sums[at + type] as number) + (places.counts[row * typeCount + type] as number)
        }
      }
    }
    const rows: PoliceUkCount[] = []
    for (const key of [...byMonth.keys()].sort((a, b) => a - b)) {
      const sums = byMonth.get(key) as Float64Array
      const month = monthFromKey(key)
      for (const id of order) {
        types.forEach((crimeType, type) => {
          const count = sums[id * typeCount + type] ?? 0
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
    const byMonth = new Map<number, Float64Array>()
    for (const { month, noLocation } of this.forceMonths.values()) {
      const sums = byMonth.get(month) ?? new Float64Array(typeCount)
      noLocation.forEach((count, type) => (sums[type] = (sums[type] as number) + count))
      byMonth.set(month, sums)
    }
    return [...byMonth.keys()]
      .sort((a, b) => a - b)
      .flatMap((key) => {
        const sums = byMonth.get(key) as Float64Array
        return types.flatMap((crimeType, type) => {
          const count = sums[type] ?? 0
          return count > 0 ? [{ month: monthFromKey(key), crimeType, count }] : []
        })
      })
  }

  /** Per-force monthly totals by crime type (zeros included), the input to gap finding. */
  forceMonthCounts(): PoliceUkForceMonthCount[] {
    return [...this.forceMonths.values()].flatMap((forceMonth) => {
      const totals = totalsOf(forceMonth)
      const force = this.forces.values[forceMonth.force] as string
      const month = monthFromKey(forceMonth.month)
      return types.map((crimeType, type) => ({ force, month, crimeType, count: totals[type] ?? 0 }))
    })
  }

  /** Per-force monthly totals by crime type, sorted by month, force and crime type. */
  forceCounts(): PoliceUkForceCount[] {
    return this.sortedForceMonths().flatMap((forceMonth) => {
      const totals = totalsOf(forceMonth)
      const month = monthFromKey(forceMonth.month)
      const force = this.forces.values[forceMonth.force] as string
      return types.flatMap((crimeType, type) => {
        const count = totals[type] ?? 0
        return count > 0 ? [{ month, force, crimeType, count }] : []
      })
    })
  }

  /** How the located rows were placed: by their own code, by point in polygon, or not at all. */
  placement(): PoliceUkPlacement {
    const placement = { ownCode: 0, pointInPolygon: 0, noArea: 0 }
    for (const { places } of this.forceMonths.values()) {
      for (let row = 0; row < places.size; row++) {
        const lsoa = this.places.second(places.keys[row] as number)
        let sum = 0
        for (let type = 0; type < typeCount; type++)
          sum += places.counts[row * typeCount + type] as number
        if (lsoa >= 0) placement.ownCode += sum
        else if (lsoa === -1) placement.noArea += sum
        else placement.pointInPolygon += sum
      }
    }
    return placement
  }

  /** Force-months sorted by month, then force name. */
  sortedForceMonths(): ForceMonth[] {
    const forceRank = ranks(this.forces.values)
    return [...this.forceMonths.values()].sort(
      (a, b) => a.month - b.month || (forceRank[a.force] ?? 0) - (forceRank[b.force] ?? 0)
    )
  }
}

/** Every row of a force-month by crime type, located or not. */
function totalsOf({ noLocation, places }: ForceMonth): Float64Array {
  const totals = noLocation.slice()
  for (let row = 0; row < places.size; row++) {
    for (let type = 0; type < typeCount; type++) {
      totals[type] = (totals[type] as number) + (places.counts[row * typeCount + type] as number)
    }
  }
  return totals
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

/**
 * The rank of each value in sorted order, indexed by the value's id.
 *
 * @example
 * ```ts
 * ranks(['b', 'a']) //=> Int32Array [1, 0]
 * ```
 */
export function ranks(values: readonly string[]): Int32Array {
  const order = values.map((_, id) => id).sort((a, b) => compare(values[a] ?? '', values[b] ?? ''))
  const rank = new Int32Array(values.length)
  order.forEach((id, position) => (rank[id] = position))
  return rank
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
