import { britishNationalGridToWgs84, wgs84ToBritishNationalGrid } from './british-national-grid.ts'
import type { AreaShape, Ring } from './shapes.ts'

/**
 * The smallest grid cell the toolkit counts in: police.uk moves every crime to a snap point
 * (usually a street centre), so anything finer than about 250 m describes the snap points, not
 * where crime happens (docs/local-monitoring.md#where-crime-is-counted).
 *
 * @example
 * ```ts
 * minimumGridCellSize //=> 250
 * ```
 */
export const minimumGridCellSize = 250

/**
 * A square of the British National Grid, named by its south-west corner and size in metres.
 * `id` is `<size>m-E<easting>N<northing>`, e.g. `250m-E429750N319500`.
 *
 * @example
 * ```ts
 * const cell: GridCell = { id: '250m-E429750N319500', size: 250, easting: 429750, northing: 319500 }
 * ```
 */
export interface GridCell {
  id: string
  size: number
  easting: number
  northing: number
}

/** The National Grid's extent: 700 km × 1,300 km from the false origin. */
const gridWidth = 700_000
const gridHeight = 1_300_000

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < minimumGridCellSize || gridWidth % size !== 0) {
    throw new RangeError(
      `grid cell size must be a whole number of metres, at least ${minimumGridCellSize}, ` +
        `that divides 700,000 (got ${size})`
    )
  }
}

function cell(easting: number, northing: number, size: number): GridCell {
  return { id: `${size}m-E${easting}N${northing}`, size, easting, northing }
}

/**
 * The grid cell holding a WGS84 point, or `null` when the point is off the National Grid (or not
 * a number). Cells are half-open: a point on a cell's west or south edge is in that cell.
 *
 * @example
 * ```ts
 * gridCellAt(-1.5575, 52.7738)?.id //=> '250m-E429750N319500'
 * gridCellAt(-1.5575, 52.7738, 1000)?.id //=> '1000m-E429000N319000'
 * gridCellAt(2.35, 48.85) //=> null (Paris)
 * ```
 */
export function gridCellAt(lon: number, lat: number, size = minimumGridCellSize): GridCell | null {
  checkSize(size)
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null
  const { easting, northing } = wgs84ToBritishNationalGrid(lon, lat)
  if (!(easting >= 0 && easting < gridWidth && northing >= 0 && northing < gridHeight)) return null
  return cell(Math.floor(easting / size) * size, Math.floor(northing / size) * size, size)
}

/**
 * Reads a grid cell id back; `null` when it is not one (wrong form, size below 250 m, corner off
 * the cell's own grid or off the National Grid).
 *
 * @example
 * ```ts
 * parseGridCellId('250m-E429750N319500') //=> { id: '250m-E429750N319500', size: 250, easting: 429750, northing: 319500 }
 * parseGridCellId('250m-E429760N319500') //=> null
 * ```
 */
export function parseGridCellId(id: string): GridCell | null {
  const match = /^(\d{1,7})m-E(\d{1,7})N(\d{1,7})$/.exec(id)
  if (!match) return null
  const [size, easting, northing] = match.slice(1).map(Number) as [number, number, number]
  if (!Number.isInteger(size) || size < minimumGridCellSize || gridWidth % size !== 0) return null
  if (easting % size !== 0 || northing % size !== 0) return null
  if (easting >= gridWidth || northing >= gridHeight) return null
  const parsed = cell(easting, northing, size)
  return parsed.id === id ? parsed : null
}

/**
 * The cell's four corners in WGS84, as a closed ring wound clockwise (south-west, north-west,
 * north-east, south-east, south-west), like the ONS boundaries, for drawing with the areas.
 *
 * @example
 * ```ts
 * gridCellRing(parseGridCellId('250m-E429750N319500')!)
 * //=> [[-1.56046…, 52.77227…], [-1.56044…, 52.77452…], …] (five positions)
 * ```
 */
export function gridCellRing(gridCell: GridCell): Ring {
  const { easting: e, northing: n, size } = gridCell
  const corners: [number, number][] = [
    [e, n],
    [e, n + size],
    [e + size, n + size],
    [e + size, n],
  ]
  const ring = corners.map(([x, y]) => britishNationalGridToWgs84(x, y))
  return [...ring, ring[0] as Ring[number]]
}

/**
 * A cell as an {@link AreaShape} (code = cell id), to draw or locate points in with the LSOAs.
 *
 * @example
 * ```ts
 * gridCellShape(gridCellAt(-1.5575, 52.7738)!).code //=> '250m-E429750N319500'
 * ```
 */
export function gridCellShape(gridCell: GridCell): AreaShape {
  return { code: gridCell.id, polygons: [[gridCellRing(gridCell)]] }
}
