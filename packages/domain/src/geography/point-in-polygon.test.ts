import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createPointLocator, locateByScan } from './point-in-polygon.ts'
import type { AreaShape, LonLat } from './shapes.ts'

const rectangle = (code: string, x: number, y: number, w: number, h: number): AreaShape => ({
  code,
  polygons: [
    [
      [
        [x, y],
        [x, y + h],
        [x + w, y + h],
        [x + w, y],
        [x, y],
      ],
    ],
  ],
})

/** A polygon star-shaped around (cx, cy): every point on a segment centre → vertex is inside. */
const starPolygon = fc
  .record({
    cx: fc.double({ min: -3, max: 1, noNaN: true }),
    cy: fc.double({ min: 50, max: 56, noNaN: true }),
    radii: fc.array(fc.double({ min: 0.001, max: 0.5, noNaN: true }), {
      minLength: 3,
      maxLength: 40,
    }),
  })
  .map(({ cx, cy, radii }) => {
    const ring: LonLat[] = radii.map((r, i) => {
      const angle = (2 * Math.PI * i) / radii.length
      return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)]
    })
    // Clockwise like the ONS files (winding does not matter to the test).
    ring.reverse()
    return { cx, cy, ring: [...ring, ring[0] as LonLat] }
  })

describe('createPointLocator', () => {
  it('places points in the right square and nowhere else', () => {
    const locator = createPointLocator([rectangle('a', 0, 0, 1, 1), rectangle('b', 1, 0, 1, 1)])
    expect(locator.locate(0.5, 0.5)).toBe('a')
    expect(locator.locate(1.5, 0.5)).toBe('b')
    expect(locator.locate(2.5, 0.5)).toBeNull()
    expect(locator.locate(0.5, 1.5)).toBeNull()
    expect(locator.locate(Number.NaN, 0.5)).toBeNull()
  })

  it('puts a point on a shared border in exactly one of the neighbours', () => {
    const shapes = [rectangle('a', 0, 0, 1, 1), rectangle('b', 1, 0, 1, 1)]
    const locator = createPointLocator(shapes)
    const found = locator.locate(1, 0.5)
    expect(found === 'a' || found === 'b').toBe(true)
    expect(shapes.filter((shape) => locateByScan([shape], 1, 0.5) !== null)).toHaveLength(1)
  })

  it('leaves holes out of their polygon', () => {
    const donut: AreaShape = {
      code: 'donut',
      polygons: [
        [...rectangle('', 0, 0, 3, 3).polygons[0]!, ...rectangle('', 1, 1, 1, 1).polygons[0]!],
      ],
    }
    const locator = createPointLocator([donut, rectangle('middle', 1, 1, 1, 1)])
    expect(locator.locate(0.5, 0.5)).toBe('donut')
    expect(locator.locate(1.5, 1.5)).toBe('middle')
  })

  it('gives null for no shapes', () => {
    expect(createPointLocator([]).locate(0, 0)).toBeNull()
  })

  it('finds every point inside a polygon (property)', () => {
    fc.assert(
      fc.property(
        starPolygon,
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: 0, max: 0.98, noNaN: true }),
        ({ cx, cy, ring }, vertex, t) => {
          const [vx, vy] = ring[vertex % (ring.length - 1)] as LonLat
          const locator = createPointLocator([{ code: 'star', polygons: [[ring]] }])
          expect(locator.locate(cx + t * (vx - cx), cy + t * (vy - cy))).toBe('star')
        }
      )
    )
  })

  it('finds nothing far away (property)', () => {
    fc.assert(
      fc.property(
        starPolygon,
        fc.double({ min: 0.6, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        ({ cx, cy, ring }, distance, angle) => {
          const locator = createPointLocator([{ code: 'star', polygons: [[ring]] }])
          expect(
            locator.locate(cx + distance * Math.cos(angle), cy + distance * Math.sin(angle))
          ).toBeNull()
        }
      )
    )
  })

  it('agrees with testing every shape, on a tiling of rectangles (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(
          fc.tuple(
            fc.double({ min: -1, max: 13, noNaN: true }),
            fc.double({ min: -1, max: 13, noNaN: true })
          ),
          { maxLength: 50 }
        ),
        (columns, rows, points) => {
          const shapes: AreaShape[] = []
          for (let c = 0; c < columns; c++) {
            for (let r = 0; r < rows; r++) shapes.push(rectangle(`${c}:${r}`, c, r, 1, 1))
          }
          const locator = createPointLocator(shapes, { cellsPerShape: 3 })
          for (const [x, y] of points) {
            const expected = locateByScan(shapes, x, y)
            expect(locator.locate(x, y)).toBe(expected)
            if (
              x > 0 &&
              y > 0 &&
              x < columns &&
              y < rows &&
              !Number.isInteger(x) &&
              !Number.isInteger(y)
            ) {
              expect(expected).toBe(`${Math.floor(x)}:${Math.floor(y)}`)
            }
          }
        }
      )
    )
  })
})
