import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  britishNationalGridToOsgb36,
  britishNationalGridToWgs84,
  osgb36ToBritishNationalGrid,
  osgb36ToWgs84,
  wgs84ToBritishNationalGrid,
  wgs84ToOsgb36,
} from './british-national-grid.ts'

const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600

/** Ground distance in metres between two nearby lon/lat points. */
const metres = ([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]) =>
  Math.hypot(
    ((lon1 as number) - (lon2 as number)) * 111_320 * Math.cos(((lat1 as number) * Math.PI) / 180),
    ((lat1 as number) - (lat2 as number)) * 111_320
  )

/**
 * Ordnance Survey's OSTN15 developer-pack test points in England ([id, ETRS89 lat, lon, E, N]),
 * © Crown copyright, Ordnance Survey. OSTN15 is exact; the Helmert transformation is documented
 * as good to a few metres, so that is the tolerance.
 */
const ostn15TestPoints: [string, number, number, number, number][] = [
  ['TP01', 49.9222639373, -6.29977752014, 91492.146, 11318.804],
  ['TP04', 50.57563665, -1.2978227724, 449816.371, 75335.861],
  ['TP07', 51.3744702555, 1.44454730409, 639821.835, 169565.858],
  ['TP09', 51.4893656495, -0.1199255718, 530624.974, 178388.464],
  ['TP12', 52.2552938163, -2.15458614387, 389544.19, 261912.153],
  ['TP13', 52.25160951, -0.91248957, 474335.969, 262047.755],
  ['TP15', 52.96219109, -1.19747656, 454002.834, 340834.943],
  ['TP16', 53.3448028, -2.64049321, 357455.843, 383290.436],
  ['TP20', 53.8002151963, -1.66379168242, 422242.186, 433818.701],
  ['TP25', 54.97912274, -1.61657685, 424639.355, 565012.703],
]

describe('Transverse Mercator (OS guide, Annex C worked example)', () => {
  const lat = dms(52, 39, 27.2531)
  const lon = dms(1, 43, 4.5177)

  it('projects 52°39′27.2531″N 1°43′4.5177″E to E 651409.903 N 313177.270', () => {
    const { easting, northing } = osgb36ToBritishNationalGrid(lon, lat)
    expect(easting).toBeCloseTo(651409.903, 3)
    expect(northing).toBeCloseTo(313177.27, 3)
  })

  it('and back', () => {
    const [backLon, backLat] = britishNationalGridToOsgb36(651409.903, 313177.27)
    expect(metres([backLon, backLat], [lon, lat])).toBeLessThan(0.001)
  })
})

describe('WGS84 ↔ National Grid (Helmert)', () => {
  it.each(ostn15TestPoints)('%s is within 5 m of OS’s OSTN15 answer', (_id, lat, lon, e, n) => {
    const grid = wgs84ToBritishNationalGrid(lon, lat)
    expect(Math.hypot(grid.easting - e, grid.northing - n)).toBeLessThan(5)
    expect(metres(britishNationalGridToWgs84(e, n), [lon, lat])).toBeLessThan(5)
  })

  it('shifts OSGB36 from WGS84 by the known ~100 m in Derbyshire', () => {
    const shift = metres(wgs84ToOsgb36(-1.5575, 52.7738), [-1.5575, 52.7738])
    expect(shift).toBeGreaterThan(80)
    expect(shift).toBeLessThan(130)
  })

  it('round trips WGS84 → grid → WGS84 within a centimetre (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -6.5, max: 1.8, noNaN: true }),
        fc.double({ min: 49.9, max: 58.7, noNaN: true }),
        (lon, lat) => {
          const { easting, northing } = wgs84ToBritishNationalGrid(lon, lat)
          expect(metres(britishNationalGridToWgs84(easting, northing), [lon, lat])).toBeLessThan(
            0.01
          )
        }
      )
    )
  })

  it('round trips grid → WGS84 → grid within a centimetre (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100_000, max: 650_000, noNaN: true }),
        fc.double({ min: 10_000, max: 950_000, noNaN: true }),
        (easting, northing) => {
          const [lon, lat] = britishNationalGridToWgs84(easting, northing)
          const back = wgs84ToBritishNationalGrid(lon, lat)
          expect(Math.hypot(back.easting - easting, back.northing - northing)).toBeLessThan(0.01)
        }
      )
    )
  })

  it('undoes its own Helmert step (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -6.5, max: 1.8, noNaN: true }),
        fc.double({ min: 49.9, max: 58.7, noNaN: true }),
        (lon, lat) => {
          const [osgbLon, osgbLat] = wgs84ToOsgb36(lon, lat)
          expect(metres(osgb36ToWgs84(osgbLon, osgbLat), [lon, lat])).toBeLessThan(0.01)
        }
      )
    )
  })
})
