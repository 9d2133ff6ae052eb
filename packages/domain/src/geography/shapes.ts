/**
 * A longitude/latitude pair in WGS84 degrees, in GeoJSON's order.
 *
 * @example
 * ```ts
 * const swadlincote: LonLat = [-1.5575, 52.7738]
 * ```
 */
export type LonLat = readonly [lon: number, lat: number]

/**
 * A closed ring of positions (the first repeated last), as in GeoJSON.
 *
 * @example
 * ```ts
 * const square: Ring = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
 * ```
 */
export type Ring = readonly LonLat[]

/**
 * A polygon: its outer ring, then any holes.
 *
 * @example
 * ```ts
 * const polygon: PolygonRings = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]
 * ```
 */
export type PolygonRings = readonly Ring[]

/**
 * An area's outline: one or more polygons under the area's code (an LSOA, a ward, a grid cell).
 *
 * @example
 * ```ts
 * const shape: AreaShape = { code: 'E01019400', polygons: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] }
 * ```
 */
export interface AreaShape {
  readonly code: string
  readonly polygons: readonly PolygonRings[]
}

/**
 * A bounding box `[west, south, east, north]`.
 *
 * @example
 * ```ts
 * const derbyshire: BoundingBox = [-2.04, 52.69, -1.16, 53.54]
 * ```
 */
export type BoundingBox = readonly [west: number, south: number, east: number, north: number]

/**
 * The bounding box of some shapes' outer rings; `null` when there are no positions.
 *
 * @example
 * ```ts
 * boundingBoxOf([{ code: 'a', polygons: [[[[0, 0], [2, 0], [2, 1], [0, 0]]]] }])
 * //=> [0, 0, 2, 1]
 * ```
 */
export function boundingBoxOf(shapes: readonly AreaShape[]): BoundingBox | null {
  let west = Infinity
  let south = Infinity
  let east = -Infinity
  let north = -Infinity
  for (const shape of shapes) {
    for (const polygon of shape.polygons) {
      for (const [lon, lat] of polygon[0] ?? []) {
        if (lon < west) west = lon
        if (lon > east) east = lon
        if (lat < south) south = lat
        if (lat > north) north = lat
      }
    }
  }
  return west <= east ? [west, south, east, north] : null
}
