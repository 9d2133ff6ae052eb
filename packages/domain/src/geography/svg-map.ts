import polylabel from 'polylabel'
import { boundingBoxOf, type AreaShape } from './shapes.ts'

/**
 * The box a map is fitted to, in SVG user units.
 *
 * @example
 * ```ts
 * const box: MapBox = { width: 640, height: 480, padding: 8 }
 * ```
 */
export interface MapBox {
  width: number
  height: number
  /** Space kept clear on every side (default 0). */
  padding?: number
}

/**
 * A projection of longitude/latitude onto a {@link MapBox}: equirectangular with longitude
 * scaled by the cosine of the middle latitude, which keeps shapes true at a county's extent.
 *
 * @example
 * ```ts
 * const projection = fitProjection(shapes, { width: 640, height: 480 })
 * projection.project(-1.5575, 52.7738) //=> [x, y] in SVG units (y grows downwards)
 * ```
 */
export interface MapProjection {
  readonly width: number
  readonly height: number
  project(lon: number, lat: number): [x: number, y: number]
}

/**
 * Fits the projection so that `shapes` fill the box (less padding), centred, north up. With no
 * shapes every point goes to the centre.
 *
 * @example
 * ```ts
 * const square = { code: 'a', polygons: [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]] }
 * fitProjection([square], { width: 100, height: 100 }).project(0, 1) //=> [0, 0]
 * ```
 */
export function fitProjection(shapes: readonly AreaShape[], box: MapBox): MapProjection {
  const { width, height } = box
  const padding = box.padding ?? 0
  if (!(width > 0 && height > 0) || !(padding >= 0) || 2 * padding >= Math.min(width, height)) {
    throw new RangeError('map width and height must be positive and larger than twice the padding')
  }
  const bounds = boundingBoxOf(shapes)
  if (!bounds) return { width, height, project: () => [width / 2, height / 2] }
  const [west, south, east, north] = bounds
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180)
  const spanX = (east - west) * k
  const spanY = north - south
  const innerW = width - 2 * padding
  const innerH = height - 2 * padding
  const scale = Math.min(
    spanX > 0 ? innerW / spanX : Infinity,
    spanY > 0 ? innerH / spanY : Infinity
  )
  const s = Number.isFinite(scale) ? scale : 1
  const left = padding + (innerW - spanX * s) / 2
  const top = padding + (innerH - spanY * s) / 2
  return {
    width,
    height,
    project: (lon, lat) => [left + (lon - west) * k * s, top + (north - lat) * s],
  }
}

/**
 * One area drawn: its SVG path `d` and a point to label it (inside the area: the pole of
 * inaccessibility of its largest polygon).
 *
 * @example
 * ```ts
 * const area: SvgArea = { code: 'E05008809', d: 'M10,20L30,20 30,40Z', label: { x: 23.3, y: 26.7 } }
 * ```
 */
export interface SvgArea {
  code: string
  d: string
  label: { x: number; y: number }
}

/**
 * Areas drawn for one SVG of the given size (`viewBox` `0 0 width height`).
 *
 * @example
 * ```ts
 * const map: SvgMap = { width: 100, height: 100, viewBox: '0 0 100 100', areas: [] }
 * ```
 */
export interface SvgMap {
  width: number
  height: number
  viewBox: string
  areas: SvgArea[]
}

/**
 * Options for {@link svgMap}: the box, and how many decimals to keep (default 1).
 *
 * @example
 * ```ts
 * const options: SvgMapOptions = { width: 640, height: 480, padding: 8, decimals: 1 }
 * ```
 */
export interface SvgMapOptions extends MapBox {
  decimals?: number
}

/**
 * Projects areas (the LSOAs or wards of a district, grid cells, …) into SVG path strings fitted
 * to a box, with a label point each. Pure and deterministic: the same shapes and options give the
 * same strings, in the order given. Rendering (fill, focus, names, the table twin) is the
 * caller's.
 *
 * @example
 * ```ts
 * const square = { code: 'a', polygons: [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]] }
 * svgMap([square], { width: 100, height: 100 }).areas
 * //=> [{ code: 'a', d: 'M0,100L0,0 100,0 100,100Z', label: { x: 50, y: 50 } }]
 * ```
 */
export function svgMap(shapes: readonly AreaShape[], options: SvgMapOptions): SvgMap {
  const decimals = options.decimals ?? 1
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError('decimals must be a whole number from 0 to 6')
  }
  const factor = 10 ** decimals
  const round = (value: number) => Math.round(value * factor) / factor + 0
  const projection = fitProjection(shapes, options)
  const areas = shapes.map((shape): SvgArea => {
    let d = ''
    let largest: [number, number][][] = []
    let largestArea = -1
    for (const polygon of shape.polygons) {
      const projected = polygon.map((ring) =>
        ring.map(([lon, lat]) => projection.project(lon, lat))
      )
      const outerArea = Math.abs(ringArea(projected[0] ?? []))
      if (outerArea > largestArea) {
        largestArea = outerArea
        largest = projected
      }
      for (const ring of projected) d += ringPath(ring, round)
    }
    const [x, y] = largest.length > 0 ? polylabel(largest, 0.5 / factor) : [NaN, NaN]
    return { code: shape.code, d, label: { x: round(x as number), y: round(y as number) } }
  })
  return {
    width: options.width,
    height: options.height,
    viewBox: `0 0 ${options.width} ${options.height}`,
    areas,
  }
}

function ringArea(ring: readonly number[][]): number {
  let twice = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number]
    const [xj, yj] = ring[j] as [number, number]
    twice += (xj - xi) * (yj + yi)
  }
  return twice / 2
}

/** `M x,y L x,y x,y … Z`, closing position dropped and repeats (after rounding) skipped. */
function ringPath(ring: readonly number[][], round: (value: number) => number): string {
  const points: string[] = []
  const last = ring.length > 1 ? ring.length - 1 : ring.length
  let previous = ''
  for (let i = 0; i < last; i++) {
    const [x, y] = ring[i] as [number, number]
    const point = `${round(x)},${round(y)}`
    if (point !== previous) points.push(point)
    previous = point
  }
  if (points.length < 3) return ''
  return `M${points[0]}L${points.slice(1).join(' ')}Z`
}
