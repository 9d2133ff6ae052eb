import type { CsvRecord } from './csv-scan.ts'
import { decimalAt } from './decimal.ts'
import type { PoliceUkGeography } from './geography-option.ts'
import { ByteInterner, StringInterner } from './interner.ts'
import { byPoint, type ForceMonth, type PoliceUkTally } from './tally.ts'
import { utf8Bytes } from './utf8.ts'

const lonField = 4
const latField = 5
const unknown = -2

/**
 * Places located rows in the partnership's 2021 LSOAs with a {@link PoliceUkGeography}: a
 * row's own code when it is bundled, otherwise the LSOA its point falls in (only asked of the
 * geography for points inside its bounds, and once per distinct point), otherwise "no area".
 * A placed row takes its LSOA's district. Points are remembered by their bytes, so repeated
 * snap points cost a lookup, not a point-in-polygon test.
 *
 * @example
 * ```ts
 * const placer = new PoliceUkPlacer(tally, geography, (code) => areaName.get(code))
 * placer.place(record, forceMonth, districtId, lsoaId, crimeType) // counts it by LSOA and cell
 * ```
 */
export class PoliceUkPlacer {
  private readonly tally: PoliceUkTally
  private readonly geography: PoliceUkGeography
  /** LSOA ids below this are the bundled codes, interned first. */
  private readonly bundled: number
  private readonly lsoaDistrict: Int32Array
  private readonly pointBytes = new ByteInterner(new StringInterner())
  private pointLon = new Float64Array(256)
  private pointLat = new Float64Array(256)
  private pointLsoa = new Int32Array(256)
  private pointCell = new Int32Array(256)
  private pointCount = 0

  constructor(
    tally: PoliceUkTally,
    geography: PoliceUkGeography,
    districtName: (code: string) => string
  ) {
    if (tally.lsoas.values.length > 0) throw new Error('the placer needs a fresh tally')
    this.tally = tally
    this.geography = geography
    this.lsoaDistrict = new Int32Array(geography.lsoaCodes.size)
    for (const [code, district] of geography.lsoaCodes) {
      const bytes = utf8Bytes(code)
      const id = tally.lsoaBytes.id(bytes, 0, bytes.length)
      const name = districtName(district)
      this.lsoaDistrict[id] = tally.districts.id(name, 0, name.length)
    }
    this.bundled = tally.lsoas.values.length
  }

  /** Counts a located row of the force-month just looked up by LSOA and grid cell. */
  place(
    record: CsvRecord,
    forceMonth: ForceMonth,
    district: number,
    code: number,
    crimeType: number
  ): void {
    const { tally } = this
    let lsoa = code >= 0 && code < this.bundled ? code : -1
    let encoded = lsoa
    let point = -1
    if (lsoa < 0) {
      point = this.pointOf(record, true)
      if (point >= 0) lsoa = this.lsoaOf(point)
      encoded = lsoa >= 0 ? byPoint(lsoa) : -1
    }
    const placed = lsoa >= 0 ? (this.lsoaDistrict[lsoa] as number) : district
    forceMonth.places.add(tally.places.id(district, encoded, placed), crimeType, 1)
    if (lsoa < 0 || this.geography.cellOf === undefined) return
    if (point < 0) point = this.pointOf(record, false)
    if (point < 0) return
    let cell = this.pointCell[point] as number
    if (cell === unknown) {
      const name = this.geography.cellOf(
        this.pointLon[point] as number,
        this.pointLat[point] as number
      )
      cell = tally.cells.id(name, 0, name.length)
      this.pointCell[point] = cell
    }
    tally.countCell(lsoa, cell, crimeType)
  }

  /**
   * The id of the row's point, or -1 when it has none, it is not a pair of decimals, or (when
   * `inBounds`) it lies outside the geography's bounds.
   */
  private pointOf(record: CsvRecord, inBounds: boolean): number {
    const { starts, ends, bytes, scratchMask } = record
    const lonStart = starts[lonField] as number
    const latEnd = ends[latField] as number
    const lonEnd = ends[lonField] as number
    const latStart = starts[latField] as number
    if (lonEnd === lonStart || latEnd === latStart) return -1
    const lonSrc = scratchMask & (1 << lonField) ? record.scratch : bytes
    const latSrc = scratchMask & (1 << latField) ? record.scratch : bytes
    const lon = decimalAt(lonSrc, lonStart, lonEnd)
    const lat = decimalAt(latSrc, latStart, latEnd)
    if (!(Number.isFinite(lon) && Number.isFinite(lat))) return -1
    if (inBounds) {
      const [west, south, east, north] = this.geography.bounds
      if (lon < west || lon > east || lat < south || lat > north) return -1
    }
    // Both fields as one key: "lon,lat" (quotes, if any, included) as it lies in the record.
    const key =
      scratchMask & ((1 << lonField) | (1 << latField))
        ? -1
        : this.pointBytes.id(bytes, lonStart, latEnd)
    if (key >= 0 && key < this.pointCount) return key
    const point = key >= 0 ? key : this.pointCount
    if (point >= this.pointLon.length) this.grow(point * 2)
    this.pointLon[point] = lon
    this.pointLat[point] = lat
    this.pointLsoa[point] = unknown
    this.pointCell[point] = unknown
    if (key >= 0) this.pointCount = point + 1
    return point
  }

  private lsoaOf(point: number): number {
    let lsoa = this.pointLsoa[point] as number
    if (lsoa !== unknown) return lsoa
    const code = this.geography.locate(
      this.pointLon[point] as number,
      this.pointLat[point] as number
    )
    lsoa = -1
    if (code !== null) {
      lsoa = this.tally.lsoas.id(code, 0, code.length)
      if (lsoa >= this.bundled) {
        throw new Error(
          `geography.locate returned ${JSON.stringify(code)}, which is not one of its lsoaCodes`
        )
      }
    }
    this.pointLsoa[point] = lsoa
    return lsoa
  }

  private grow(length: number): void {
    const copy = <T extends Float64Array | Int32Array>(array: T, make: (n: number) => T) => {
      const bigger = make(length)
      bigger.set(array)
      return bigger
    }
    this.pointLon = copy(this.pointLon, (n) => new Float64Array(n))
    this.pointLat = copy(this.pointLat, (n) => new Float64Array(n))
    this.pointLsoa = copy(this.pointLsoa, (n) => new Int32Array(n))
    this.pointCell = copy(this.pointCell, (n) => new Int32Array(n))
  }
}
