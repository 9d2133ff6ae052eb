import { describe, expect, it } from 'vitest'
import { derbyshireGeography } from '../boundaries.ts'
import { gridCellAt, gridCellShape } from './grid-cells.ts'
import { createPointLocator } from './point-in-polygon.ts'
import type { AreaShape } from './shapes.ts'
import { fitProjection, svgMap } from './svg-map.ts'

const square: AreaShape = {
  code: 'a',
  polygons: [
    [
      [
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 0],
        [0, 0],
      ],
    ],
  ],
}

/** Reads an `M…L…Z` path back into rings of numbers. */
const rings = (d: string) =>
  d
    .split('Z')
    .filter(Boolean)
    .map((part) =>
      part
        .replace(/^M/, '')
        .replace('L', ' ')
        .split(' ')
        .map((point) => point.split(',').map(Number) as [number, number])
    )

describe('svgMap', () => {
  it('draws a square filling the box, north up, with its label in the middle', () => {
    expect(svgMap([square], { width: 100, height: 100 })).toEqual({
      width: 100,
      height: 100,
      viewBox: '0 0 100 100',
      areas: [{ code: 'a', d: 'M0,100L0,0 100,0 100,100Z', label: { x: 50, y: 50 } }],
    })
  })

  it('keeps the aspect (longitude scaled by cos latitude), centred, inside the padding', () => {
    const projection = fitProjection(
      [{ ...square, polygons: [[square.polygons[0]![0]!.map(([x, y]) => [x, y + 60] as const)]] }],
      {
        width: 200,
        height: 100,
        padding: 10,
      }
    )
    const [x0, y0] = projection.project(0, 61)
    const [x1, y1] = projection.project(1, 60)
    expect(y0).toBeCloseTo(10)
    expect(y1).toBeCloseTo(90)
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(Math.cos((60.5 * Math.PI) / 180), 6)
    expect((x0 + x1) / 2).toBeCloseTo(100)
  })

  it('refuses a box it cannot draw in', () => {
    expect(() => svgMap([square], { width: 0, height: 10 })).toThrow(RangeError)
    expect(() => svgMap([square], { width: 10, height: 10, padding: 5 })).toThrow(RangeError)
    expect(() => svgMap([square], { width: 10, height: 10, decimals: 1.5 })).toThrow(RangeError)
  })

  it('draws South Derbyshire’s wards the same every time (snapshot), within the box', () => {
    const wards = derbyshireGeography().shapes('wards', 'E07000039')
    const map = svgMap(wards, { width: 400, height: 300, padding: 4, decimals: 0 })
    expect(svgMap(wards, { width: 400, height: 300, padding: 4, decimals: 0 })).toEqual(map)
    expect(map.areas.map((a) => a.code)).toEqual(wards.map((w) => w.code))
    for (const area of map.areas) {
      for (const [x, y] of rings(area.d).flat()) {
        expect(x >= 4 && x <= 396 && y >= 4 && y <= 296).toBe(true)
      }
    }
    expect(map).toMatchSnapshot()
  })

  it('puts each area’s label inside that area', () => {
    const lsoas = derbyshireGeography().shapes('lsoas', 'E06000015')
    const map = svgMap(lsoas, { width: 800, height: 800, decimals: 2 })
    const drawn = map.areas.map((area) => ({
      code: area.code,
      polygons: rings(area.d).map((ring) => [[...ring, ring[0]!]]),
    }))
    const locator = createPointLocator(drawn)
    for (const area of map.areas) expect(locator.locate(area.label.x, area.label.y)).toBe(area.code)
  })

  it('draws grid cells as four-cornered paths', () => {
    const cells = [gridCellAt(-1.5575, 52.7738)!, gridCellAt(-1.5535, 52.7738)!].map(gridCellShape)
    const map = svgMap(cells, { width: 200, height: 100 })
    expect(map.areas.map((a) => a.code)).toEqual(['250m-E429750N319500', '250m-E430000N319500'])
    for (const area of map.areas) expect(rings(area.d)[0]).toHaveLength(4)
  })
})
