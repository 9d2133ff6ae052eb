import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wgs84ToBritishNationalGrid } from './british-national-grid.ts'
import {
  gridCellAt,
  gridCellRing,
  gridCellShape,
  minimumGridCellSize,
  parseGridCellId,
} from './grid-cells.ts'
import { createPointLocator } from './point-in-polygon.ts'

describe('gridCellAt', () => {
  it('names the 250 m cell by its south-west corner', () => {
    expect(gridCellAt(-1.5575, 52.7738)).toEqual({
      id: '250m-E429750N319500',
      size: 250,
      easting: 429750,
      northing: 319500,
    })
    expect(gridCellAt(-1.5575, 52.7738, 1000)?.id).toBe('1000m-E429000N319000')
  })

  it('gives null off the National Grid or for no position', () => {
    expect(gridCellAt(2.35, 48.85)).toBeNull()
    expect(gridCellAt(Number.NaN, 52.8)).toBeNull()
    expect(gridCellAt(-30, 52.8)).toBeNull()
  })

  it('refuses cells finer than 250 m or that do not tile the grid', () => {
    expect(minimumGridCellSize).toBe(250)
    expect(() => gridCellAt(-1.5, 52.8, 100)).toThrow(RangeError)
    expect(() => gridCellAt(-1.5, 52.8, 333)).toThrow(/at least 250/)
  })

  it('puts the point inside its own cell’s WGS84 corners (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2.1, max: -1.1, noNaN: true }),
        fc.double({ min: 52.6, max: 53.6, noNaN: true }),
        fc.constantFrom(250, 500, 1000),
        (lon, lat, size) => {
          const cell = gridCellAt(lon, lat, size)!
          const { easting, northing } = wgs84ToBritishNationalGrid(lon, lat)
          expect(easting - cell.easting).toBeGreaterThanOrEqual(0)
          expect(easting - cell.easting).toBeLessThan(size)
          expect(northing - cell.northing).toBeLessThan(size)
          // Stay clear of the edges: the ring's straight sides are within millimetres of the cell.
          const margin = 0.01
          const inner = [easting - cell.easting, northing - cell.northing].every(
            (d) => d > margin && d < size - margin
          )
          if (inner)
            expect(createPointLocator([gridCellShape(cell)]).locate(lon, lat)).toBe(cell.id)
        }
      )
    )
  })
})

describe('parseGridCellId', () => {
  it('reads back every id it makes (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 1.5, noNaN: true }),
        fc.double({ min: 50.2, max: 55.5, noNaN: true }),
        (lon, lat) => {
          const cell = gridCellAt(lon, lat)!
          expect(parseGridCellId(cell.id)).toEqual(cell)
        }
      )
    )
  })

  it.each([
    '',
    '250m-E429760N319500',
    '100m-E429700N319500',
    '250m-E0429750N319500',
    '250m-E700000N0',
    'E429750N319500',
  ])('rejects %j', (id) => {
    expect(parseGridCellId(id)).toBeNull()
  })
})

describe('gridCellRing', () => {
  it('closes a clockwise ring of the four corners, about 250 m apart', () => {
    const ring = gridCellRing(parseGridCellId('250m-E429750N319500')!)
    expect(ring).toHaveLength(5)
    expect(ring[4]).toEqual(ring[0])
    const [sw, nw, ne] = ring as [[number, number], [number, number], [number, number]]
    expect(nw[1]).toBeGreaterThan(sw[1])
    expect(ne[0]).toBeGreaterThan(nw[0])
    const metres = (nw[1] - sw[1]) * 111_250
    expect(metres).toBeGreaterThan(248)
    expect(metres).toBeLessThan(252)
  })
})
