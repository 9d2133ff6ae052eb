import { boundingBoxOf, type AreaShape } from './shapes.ts'

/**
 * Finds the area a point falls in.
 *
 * @example
 * ```ts
 * const locator = createPointLocator(shapes)
 * locator.locate(-1.5575, 52.7738) //=> 'E01019xxx', or null outside every shape
 * ```
 */
export interface PointLocator {
  /** The code of the first shape (in the order given) containing the point, else `null`. */
  locate(lon: number, lat: number): string | null
}

/**
 * Options for {@link createPointLocator}.
 *
 * @example
 * ```ts
 * createPointLocator(shapes, { cellsPerShape: 32 })
 * ```
 */
export interface PointLocatorOptions {
  /** Index cells per shape (default 16): more cells, fewer shapes tested per point. */
  cellsPerShape?: number
}

/** Flat edge list of one shape: x1, y1, x2, y2 per edge, every ring of every polygon. */
interface IndexedShape {
  code: string
  edges: Float64Array
  west: number
  south: number
  east: number
  north: number
}

const noShape = -1
const boundaryCell = -2

function indexShape(shape: AreaShape): IndexedShape {
  const values: number[] = []
  for (const polygon of shape.polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = ring[i - 1] as readonly [number, number]
        const [x2, y2] = ring[i] as readonly [number, number]
        values.push(x1, y1, x2, y2)
      }
    }
  }
  const box = boundingBoxOf([shape]) ?? [Infinity, Infinity, -Infinity, -Infinity]
  const [west, south, east, north] = box
  return { code: shape.code, edges: Float64Array.from(values), west, south, east, north }
}

/**
 * Crossing-number test over every ring (so holes and multi-polygons count). Each edge is taken
 * from its lower end, so an edge shared by two neighbours gives both the same crossing and a
 * point on a shared border belongs to exactly one of them.
 */
function contains(shape: IndexedShape, x: number, y: number): boolean {
  if (x < shape.west || x > shape.east || y < shape.south || y > shape.north) return false
  const edges = shape.edges
  let inside = false
  for (let i = 0; i < edges.length; i += 4) {
    const y1 = edges[i + 1] as number
    const y2 = edges[i + 3] as number
    if (y1 > y === y2 > y) continue
    const x1 = edges[i] as number
    const x2 = edges[i + 2] as number
    const crossing =
      y1 < y2 ? x1 + ((y - y1) * (x2 - x1)) / (y2 - y1) : x2 + ((y - y2) * (x1 - x2)) / (y1 - y2)
    if (x < crossing) inside = !inside
  }
  return inside
}

/**
 * Builds a point-in-polygon locator over `shapes` (longitude/latitude degrees) with a uniform
 * grid index: a cell that no border crosses answers at once, and a cell that one does tests only
 * the shapes whose borders cross it or which contain it. The answer is always the brute-force
 * one: the first shape in `shapes` containing the point, or `null` ("no area", never guessed).
 *
 * @example
 * ```ts
 * const square = (code: string, x: number) => ({
 *   code,
 *   polygons: [[[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]]],
 * })
 * const locator = createPointLocator([square('a', 0), square('b', 1)])
 * locator.locate(1.5, 0.5) //=> 'b'
 * locator.locate(5, 5) //=> null
 * ```
 */
export function createPointLocator(
  shapes: readonly AreaShape[],
  options: PointLocatorOptions = {}
): PointLocator {
  const indexed = shapes.map(indexShape)
  const box = boundingBoxOf(shapes)
  if (!box) return { locate: () => null }
  const [west, south, east, north] = box
  const width = east - west || 1
  const height = north - south || 1
  const target = Math.max(1, indexed.length * (options.cellsPerShape ?? 16))
  const columns = Math.max(1, Math.round(Math.sqrt((target * width) / height)))
  const rows = Math.max(1, Math.round(target / columns))
  const cellWidth = width / columns
  const cellHeight = height / rows
  const column = (x: number) =>
    Math.min(columns - 1, Math.max(0, Math.floor((x - west) / cellWidth)))
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - south) / cellHeight)))

  // Which shapes have a border (by edge bounding box) in each cell.
  const bordered: number[][] = Array.from({ length: columns * rows }, () => [])
  indexed.forEach((shape, s) => {
    const { edges } = shape
    for (let i = 0; i < edges.length; i += 4) {
      const x1 = edges[i] as number
      const y1 = edges[i + 1] as number
      const x2 = edges[i + 2] as number
      const y2 = edges[i + 3] as number
      for (let r = row(Math.min(y1, y2)); r <= row(Math.max(y1, y2)); r++) {
        for (let c = column(Math.min(x1, x2)); c <= column(Math.max(x1, x2)); c++) {
          const list = bordered[r * columns + c] as number[]
          if (list[list.length - 1] !== s) list.push(s)
        }
      }
    }
  })

  // A cell either has one answer (owner or none) or a short ordered list of shapes to test.
  const owner = new Int32Array(columns * rows).fill(noShape)
  const candidateStart = new Int32Array(columns * rows + 1)
  const candidates: number[] = []
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const cell = r * columns + c
      const borders = bordered[cell] as number[]
      const x = west + (c + 0.5) * cellWidth
      const y = south + (r + 0.5) * cellHeight
      const covering: number[] = []
      indexed.forEach((shape, s) => {
        if (!borders.includes(s) && contains(shape, x, y)) covering.push(s)
      })
      candidateStart[cell] = candidates.length
      if (borders.length === 0) {
        owner[cell] = covering[0] ?? noShape
      } else {
        owner[cell] = boundaryCell
        candidates.push(...[...new Set([...borders, ...covering])].sort((a, b) => a - b))
      }
    }
  }
  candidateStart[columns * rows] = candidates.length
  const candidateList = Int32Array.from(candidates)

  return {
    locate(lon: number, lat: number): string | null {
      if (!(lon >= west && lon <= east && lat >= south && lat <= north)) return null
      const cell = row(lat) * columns + column(lon)
      const found = owner[cell] as number
      if (found >= 0) return (indexed[found] as IndexedShape).code
      if (found === noShape) return null
      const end = candidateStart[cell + 1] as number
      for (let i = candidateStart[cell] as number; i < end; i++) {
        const shape = indexed[candidateList[i] as number] as IndexedShape
        if (contains(shape, lon, lat)) return shape.code
      }
      return null
    },
  }
}

/**
 * The brute-force answer the locator must give: the first shape containing the point. Slow (every
 * shape is tested); use it to check the index, not to place rows.
 *
 * @example
 * ```ts
 * locateByScan([{ code: 'a', polygons: [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]] }], 0.5, 0.5)
 * //=> 'a'
 * ```
 */
export function locateByScan(
  shapes: readonly AreaShape[],
  lon: number,
  lat: number
): string | null {
  for (const shape of shapes) {
    if (contains(indexShape(shape), lon, lat)) return shape.code
  }
  return null
}
