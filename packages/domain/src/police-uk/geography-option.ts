/**
 * The partnership's bundled 2021 LSOAs, injected into the aggregator so the domain stays pure:
 * which codes are bundled (and in which district), a point-in-polygon `locate` for rows whose
 * own code is not one of them (2011 codes, or none), and optionally a grid `cellOf`.
 * `bounds` ([west, south, east, north], degrees) must hold every bundled LSOA: `locate` is only
 * called for points inside it, so a national file does not pay for point in polygon.
 *
 * @example
 * ```ts
 * const geography: PoliceUkGeography = {
 *   lsoaCodes: new Map([['E01019837', 'E07000039']]),
 *   bounds: [-1.9, 52.7, -1.2, 53.5],
 *   locate: (lon, lat) => locator.lsoaAt(lon, lat),
 *   cellOf: (lon, lat) => gridCell(lon, lat, 250),
 * }
 * ```
 */
export interface PoliceUkGeography {
  /** Every bundled 2021 LSOA code → the GSS code of its district (or unitary). */
  lsoaCodes: ReadonlyMap<string, string>
  /** [west, south, east, north] in degrees, holding every bundled LSOA. */
  bounds: readonly [number, number, number, number]
  /** The bundled 2021 LSOA the point falls in, or `null`: never a guess. */
  locate(lon: number, lat: number): string | null
  /** The grid cell of a point (say, 250 m British National Grid squares), for `gridCounts`. */
  cellOf?: ((lon: number, lat: number) => string) | undefined
}

/**
 * Checks a geography against the partnership's district codes, throwing a `TypeError` or
 * `RangeError` that names what is wrong.
 *
 * @example
 * ```ts
 * checkPoliceUkGeography(geography, new Set(['E07000039'])) // throws if an LSOA's district is unknown
 * ```
 */
export function checkPoliceUkGeography(
  geography: PoliceUkGeography,
  districtCodes: ReadonlySet<string>
): void {
  if (!(geography.lsoaCodes instanceof Map)) {
    throw new TypeError('geography.lsoaCodes must be a Map of LSOA code → district GSS code')
  }
  if (typeof geography.locate !== 'function') {
    throw new TypeError('geography.locate must be a function (lon, lat) → LSOA code | null')
  }
  if (geography.cellOf !== undefined && typeof geography.cellOf !== 'function') {
    throw new TypeError('geography.cellOf must be a function (lon, lat) → cell name')
  }
  const [west, south, east, north] = geography.bounds
  if (!(west <= east && south <= north)) {
    throw new RangeError(
      `geography.bounds must be [west, south, east, north], got ${String(geography.bounds)}`
    )
  }
  for (const [lsoa, district] of geography.lsoaCodes) {
    if (!districtCodes.has(district)) {
      throw new RangeError(
        `geography: LSOA ${lsoa} is in district ${district}, which is not a district or unitary of the areas given`
      )
    }
  }
}
