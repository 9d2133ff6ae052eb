import { PoliceUkCrimeType, policeUkCrimeTypes } from './crime-types.ts'
import type { PoliceUkForceMonthCount } from './gaps.ts'
import { ByteInterner, StringInterner } from './interner.ts'
import { monthFromKey } from './month.ts'
import type { PoliceUkCount, PoliceUkNoLocationCount, PoliceUkOutsideAreaCount } from './result.ts'

const types = PoliceUkCrimeType.options
const typeCount = types.length
// Month keys stay below 2^17 (year 9999), so force * 2^17 + month is a unique number.
const monthSpan = 1 << 17

interface MonthTally {
  /** Indexed by `districtId * typeCount + crimeType`. */
  districts: Float64Array
  noLocation: Float64Array
}

/**
 * The counts behind an aggregate, held in typed arrays keyed by small ids so that memory grows
 * with months × districts × crime types, never with rows.
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
  /** District ids looked up from UTF-8 bytes. */
  readonly districtBytes = new ByteInterner(this.districts)
  /** Force ids looked up from UTF-8 bytes. */
  readonly forceBytes = new ByteInterner(this.forces)
  private readonly months = new Map<number, MonthTally>()
  private readonly forceMonths = new Map<number, Float64Array>()
  private lastMonthKey = -1
  private lastMonth: MonthTally | undefined
  private lastForceMonthKey = -1
  private lastForceMonth: Float64Array | undefined

  /** Counts one row; `districtId` -1 means no location. */
  count(monthKey: number, districtId: number, forceId: number, crimeType: number): void {
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
    const forceMonthKey = forceId * monthSpan + monthKey
    let forceMonth = this.lastForceMonth
    if (forceMonthKey !== this.lastForceMonthKey || forceMonth === undefined) {
      forceMonth = this.forceMonths.get(forceMonthKey)
      if (forceMonth === undefined) {
        forceMonth = new Float64Array(typeCount)
        this.forceMonths.set(forceMonthKey, forceMonth)
      }
      this.lastForceMonthKey = forceMonthKey
      this.lastForceMonth = forceMonth
    }
    forceMonth[crimeType] = (forceMonth[crimeType] ?? 0) + 1
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

  /** Per-force monthly totals by crime type, the input to gap finding. */
  forceMonthCounts(): PoliceUkForceMonthCount[] {
    return [...this.forceMonths].flatMap(([key, counts]) => {
      const force = this.forces.values[Math.floor(key / monthSpan)] as string
      const month = monthFromKey(key % monthSpan)
      return types.map((crimeType, type) => ({ force, month, crimeType, count: counts[type] ?? 0 }))
    })
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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
