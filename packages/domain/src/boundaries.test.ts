// The bundled Derbyshire boundaries, read from the committed data (no source files needed).
import { existsSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  derbyshireGeography,
  derbyshirePoliceUkGeography,
  derbyshireTopology,
} from './boundaries.ts'
import { derbyshireAreas } from './geography/areas.ts'
import { createLocalGeography } from './geography/local-geography.ts'
import { createPointLocator, locateByScan } from './geography/point-in-polygon.ts'
import { onsBoundariesAttribution, decodeLayer } from './geography/topology.ts'

const geography = derbyshireGeography()
const districts = derbyshireAreas.filter((a) => a.kind === 'district' || a.kind === 'unitary')
const southDerbyshire = 'E07000039'

describe('derbyshireTopology', () => {
  it('carries the OGL attribution, in the file and in the README beside it', () => {
    expect(derbyshireTopology.metadata.attribution).toBe(onsBoundariesAttribution)
    expect(geography.attribution).toBe(onsBoundariesAttribution)
    const notice = new URL('../data/geography/README.md', import.meta.url)
    expect(existsSync(notice)).toBe(true)
    expect(readFileSync(notice, 'utf8')).toContain(onsBoundariesAttribution)
  })

  it('has the LSOAs of every district: South Derbyshire 62, the county 499, Derby 152', () => {
    for (const district of districts)
      expect(geography.lsoas(district.code).length).toBeGreaterThan(0)
    expect(geography.lsoas(southDerbyshire)).toHaveLength(62)
    expect(geography.lsoas('E10000007')).toHaveLength(499)
    expect(geography.lsoas('E06000015')).toHaveLength(152)
    expect(geography.lsoas('E23000018')).toHaveLength(651)
    expect(derbyshireTopology.objects.lsoas.geometries).toHaveLength(651)
  })

  it('has the wards of every district: South Derbyshire 15, the county 158, Derby 18', () => {
    for (const district of districts)
      expect(geography.wards(district.code).length).toBeGreaterThan(0)
    expect(geography.wards(southDerbyshire)).toHaveLength(15)
    expect(geography.wards('E10000007')).toHaveLength(158)
    expect(geography.wards('E06000015')).toHaveLength(18)
  })

  it('has one outline per district, and codes that are unique across layers', () => {
    const outlines = derbyshireTopology.objects.districts.geometries.map((g) => g.id).sort()
    expect(outlines).toEqual(districts.map((d) => d.code).sort())
    const codes = Object.values(derbyshireTopology.objects).flatMap((o) =>
      o.geometries.map((g) => g.id)
    )
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('gives every LSOA a best-fit ward in its own district, labelled an approximation', () => {
    for (const lsoa of derbyshireTopology.objects.lsoas.geometries) {
      const fit = geography.lsoaWard(lsoa.id)!
      expect(geography.wardDistrict(fit.wardCode)).toBe(lsoa.properties.district)
      expect(fit.share).toBeGreaterThan(0.3)
      expect(fit.share).toBeLessThanOrEqual(1)
      expect(fit.approximation).toBe('best fit by area')
    }
  })

  it('decodes to valid rings: closed, at least a triangle, inside the bounding box', () => {
    const [west, south, east, north] = derbyshireTopology.bbox
    for (const layer of ['lsoas', 'wards', 'districts'] as const) {
      for (const area of decodeLayer(derbyshireTopology, layer)) {
        for (const ring of area.polygons.flat()) {
          expect(ring.length).toBeGreaterThanOrEqual(4)
          expect(ring[0]).toEqual(ring[ring.length - 1])
          for (const [lon, lat] of ring) {
            expect(
              lon >= west - 1e-9 && lon <= east + 1e-9 && lat >= south - 1e-9 && lat <= north + 1e-9
            ).toBe(true)
          }
        }
      }
    }
  })
})

describe('derbyshireGeography', () => {
  it('finds an area of any kind by code, with its kind, name and parent', () => {
    expect(geography.area(southDerbyshire)).toEqual({
      code: southDerbyshire,
      kind: 'district',
      name: 'South Derbyshire',
      parentCode: 'E10000007',
      districtCode: southDerbyshire,
    })
    expect(geography.area('E06000015')?.kind).toBe('unitary')
    expect(geography.area('E10000007')).toMatchObject({ kind: 'county', districtCode: null })
    expect(geography.area('E05008809')).toEqual({
      code: 'E05008809',
      kind: 'ward',
      name: 'Aston',
      parentCode: southDerbyshire,
      districtCode: southDerbyshire,
    })
    expect(geography.area('E07000039-SNA3')).toEqual({
      code: 'E07000039-SNA3',
      kind: 'neighbourhood-area',
      name: 'North East',
      parentCode: southDerbyshire,
      districtCode: southDerbyshire,
      provisional: true,
    })
    const lsoa = geography.lsoas(southDerbyshire)[0]!
    expect(geography.area(lsoa)).toMatchObject({ kind: 'lsoa', parentCode: southDerbyshire })
    expect(geography.area(lsoa)?.name).toMatch(/^South Derbyshire \d{3}[A-Z]$/)
    expect(geography.area('E99999999')).toBeUndefined()
  })

  it('maps LSOAs and wards to districts, and nothing else', () => {
    const lsoa = geography.lsoas('E06000015')[0]!
    expect(geography.lsoaDistrict(lsoa)).toBe('E06000015')
    expect(geography.lsoaDistrict('E05008809')).toBeUndefined()
    expect(geography.wardDistrict('E05008809')).toBe(southDerbyshire)
    expect(geography.wardDistrict(lsoa)).toBeUndefined()
  })

  it('adds up: a district’s LSOAs are its wards’ best-fit LSOAs and its neighbourhood areas’', () => {
    const byWards = geography.wards(southDerbyshire).flatMap((ward) => geography.lsoas(ward))
    expect(byWards.sort()).toEqual(geography.lsoas(southDerbyshire))
    const byAreas = geography
      .neighbourhoodAreas(southDerbyshire)
      .flatMap((area) => geography.lsoas(area.code))
    expect(byAreas.sort()).toEqual(geography.lsoas(southDerbyshire))
  })

  it('locates points in LSOAs: inside ones found, far ones null', () => {
    expect(geography.locateLsoa(0, 51.5)).toBeNull()
    expect(geography.locateLsoa(-1.5575, 52.7738)).toMatch(/^E01/)
    expect(geography.lsoaDistrict(geography.locateLsoa(-1.5575, 52.7738)!)).toBe(southDerbyshire)
  })

  it('indexes the real LSOAs without changing any answer (property)', () => {
    const lsoas = decodeLayer(derbyshireTopology, 'lsoas')
    const locator = createPointLocator(lsoas)
    const [west, south, east, north] = derbyshireTopology.bbox
    fc.assert(
      fc.property(
        fc.double({ min: west - 0.05, max: east + 0.05, noNaN: true }),
        fc.double({ min: south - 0.05, max: north + 0.05, noNaN: true }),
        (lon, lat) => {
          expect(locator.locate(lon, lat)).toBe(locateByScan(lsoas, lon, lat))
        }
      ),
      { numRuns: 300 }
    )
  })

  it('cuts out one district’s topology, with the same outlines and the attribution', () => {
    const cut = geography.districtTopology(southDerbyshire)!
    expect(cut.objects.lsoas.geometries).toHaveLength(62)
    expect(cut.objects.wards.geometries).toHaveLength(15)
    expect(cut.objects.districts.geometries).toHaveLength(1)
    expect(cut.metadata.attribution).toBe(onsBoundariesAttribution)
    expect(cut.arcs.length).toBeLessThan(derbyshireTopology.arcs.length / 5)
    expect(decodeLayer(cut, 'wards')).toEqual(geography.shapes('wards', southDerbyshire))
    const [west, south, east, north] = cut.bbox
    expect(west).toBeGreaterThan(derbyshireTopology.bbox[0])
    expect(north).toBeLessThan(derbyshireTopology.bbox[3])
    expect(east > west && north > south).toBe(true)
    expect(geography.districtTopology('E99999999')).toBeNull()
  })

  it('refuses a neighbourhood area list that does not fit the wards', () => {
    expect(() =>
      createLocalGeography({
        topology: derbyshireTopology,
        neighbourhoodAreas: [
          {
            district: southDerbyshire,
            kind: 'Safer Neighbourhood Area',
            provisional: true,
            source: 'test',
            areas: [
              {
                code: 'E07000039-SNA1',
                number: 1,
                name: 'All',
                places: [],
                wards: [{ code: 'E05008809', name: 'Aston' }],
              },
            ],
          },
        ],
      })
    ).toThrow(/areas: E05008810 \(Church Gresley\) is in no area/)
  })
})

describe('derbyshirePoliceUkGeography', () => {
  it('holds every bundled LSOA with its district, and places points as the geography does', () => {
    const geography = derbyshireGeography()
    const policeUk = derbyshirePoliceUkGeography()
    expect(policeUk.lsoaCodes.size).toBe(651)
    expect([...policeUk.lsoaCodes.values()].filter((d) => d === 'E07000039')).toHaveLength(62)
    const [west, south, east, north] = policeUk.bounds
    for (const lsoa of geography.shapes('lsoas', 'E07000039').slice(0, 5)) {
      const [lon, lat] = lsoa.polygons[0]![0]![0]!
      expect(lon).toBeGreaterThanOrEqual(west)
      expect(lon).toBeLessThanOrEqual(east)
      expect(lat).toBeGreaterThanOrEqual(south)
      expect(lat).toBeLessThanOrEqual(north)
    }
    expect(policeUk.locate(-1.5575, 52.7738)).toBe(geography.locateLsoa(-1.5575, 52.7738))
    expect(policeUk.locate(0.1, 51.5)).toBeNull()
    expect(policeUk.cellOf?.(-1.5575, 52.7738)).toMatch(/^250m-E\d+N\d+$/)
    expect(derbyshirePoliceUkGeography()).toBe(policeUk)
  })
})
