import { merge } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import type { Area, AreaKind } from './areas.ts'
import { districtTopology } from './district-topology.ts'
import { checkNeighbourhoodAreas, type NeighbourhoodAreaList } from './neighbourhood-areas.ts'
import { createPointLocator, type PointLocator } from './point-in-polygon.ts'
import type { AreaShape, PolygonRings } from './shapes.ts'
import {
  decodeLayer,
  type DecodedArea,
  type GeographyLayer,
  type GeographyTopology,
} from './topology.ts'

/**
 * Every kind of area the toolkit counts for: today's districts, unitaries, county and force
 * area, plus wards, neighbourhood areas and LSOAs 2021.
 *
 * @example
 * ```ts
 * LocalAreaKind // 'district' | 'unitary' | 'county' | 'force-area' | 'ward' | 'neighbourhood-area' | 'lsoa'
 * ```
 */
export type LocalAreaKind = AreaKind | 'ward' | 'neighbourhood-area' | 'lsoa'

/**
 * An area of any kind, found by code. `parentCode` is what it nests in (an LSOA, ward or
 * neighbourhood area → its district; a district → its county), `districtCode` the district or
 * unitary it lies in (itself for one; `null` above).
 *
 * @example
 * ```ts
 * derbyshireGeography().area('E05008809')
 * //=> { code: 'E05008809', kind: 'ward', name: 'Aston', parentCode: 'E07000039', districtCode: 'E07000039' }
 * ```
 */
export interface LocalArea {
  code: string
  kind: LocalAreaKind
  name: string
  parentCode: string | null
  districtCode: string | null
  /** Set on neighbourhood areas from a provisional list. */
  provisional?: true
}

/**
 * An LSOA's best-fit ward: the ward holding the largest `share` (0–1) of the LSOA's area.
 * Wards are not built from LSOAs, so this is always an approximation and says so.
 *
 * @example
 * ```ts
 * derbyshireGeography().lsoaWard('E01019409')
 * //=> { wardCode: 'E05…', share: 0.98, approximation: 'best fit by area' }
 * ```
 */
export interface BestFitWard {
  wardCode: string
  share: number
  approximation: 'best fit by area'
}

/**
 * Lookups and geometry over one geography topology (see {@link createLocalGeography}).
 *
 * @example
 * ```ts
 * const geography = derbyshireGeography()
 * geography.locateLsoa(-1.5575, 52.7738) //=> an LSOA 2021 code, or null ("no area")
 * ```
 */
export interface LocalGeography {
  readonly topology: GeographyTopology
  /** The attribution to show wherever these boundaries (or figures by them) are shown. */
  readonly attribution: string
  /** The LSOA 2021 containing a WGS84 point, or `null` (no area): never a nearest guess. */
  locateLsoa(lon: number, lat: number): string | null
  /** An area of any kind by code. */
  area(code: string): LocalArea | undefined
  lsoaDistrict(lsoaCode: string): string | undefined
  lsoaWard(lsoaCode: string): BestFitWard | undefined
  wardDistrict(wardCode: string): string | undefined
  neighbourhoodAreaWards(code: string): readonly string[] | undefined
  /** LSOA codes making up an area (sorted); for a ward or neighbourhood area, by best fit. */
  lsoas(areaCode: string): string[]
  /** Ward codes of a district, county or neighbourhood area (sorted). */
  wards(areaCode: string): string[]
  /** A district's neighbourhood areas, in their list's order. */
  neighbourhoodAreas(districtCode: string): LocalArea[]
  /** Decoded outlines of one layer, optionally one district's, in code order. */
  shapes(layer: GeographyLayer, districtCode?: string): DecodedArea<{ name: string }>[]
  /** A district's neighbourhood areas as outlines (their wards merged), in list order. */
  neighbourhoodAreaShapes(districtCode: string): AreaShape[]
  /** The topology cut down to one district (see `districtTopology`). */
  districtTopology(districtCode: string): GeographyTopology | null
}

/**
 * Input for {@link createLocalGeography}.
 *
 * @example
 * ```ts
 * createLocalGeography({ topology: derbyshireTopology, areas: derbyshireAreas,
 *   neighbourhoodAreas: [southDerbyshireNeighbourhoodAreas] })
 * ```
 */
export interface LocalGeographyInput {
  topology: GeographyTopology
  /** District-level areas (names, kinds, parents); default: the districts in the topology. */
  areas?: readonly Area[]
  neighbourhoodAreas?: readonly NeighbourhoodAreaList[]
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Builds the lookups over a geography topology. Cheap to create: outlines are decoded and the
 * point-in-polygon index built on first use. Throws when a neighbourhood area list does not fit
 * the topology's wards (unknown ward, wrong name or district, a ward in two areas or in none).
 *
 * @example
 * ```ts
 * const geography = createLocalGeography({ topology: derbyshireTopology })
 * geography.lsoas('E07000039').length //=> 62
 * ```
 */
export function createLocalGeography(input: LocalGeographyInput): LocalGeography {
  const { topology } = input
  const { lsoas, wards, districts } = topology.objects
  const found = new Map<string, LocalArea>()
  const lsoaCodesBy = new Map<string, string[]>() // district or best-fit ward → LSOAs
  const wardCodesBy = new Map<string, string[]>() // district → wards
  const childAreasOf = new Map<string, string[]>() // county, force area → areas in it
  const add = (map: Map<string, string[]>, key: string, code: string) => {
    const list = map.get(key)
    if (list) list.push(code)
    else map.set(key, [code])
  }

  for (const area of input.areas ?? []) {
    const district = area.kind === 'district' || area.kind === 'unitary'
    found.set(area.code, {
      code: area.code,
      kind: area.kind,
      name: area.name,
      parentCode: area.parentCode,
      districtCode: district ? area.code : null,
    })
    if (area.parentCode) add(childAreasOf, area.parentCode, area.code)
  }
  for (const g of districts.geometries) {
    if (!found.has(g.id)) {
      const name = g.properties.name
      found.set(g.id, { code: g.id, kind: 'district', name, parentCode: null, districtCode: g.id })
    }
  }
  const bestFit = new Map<string, BestFitWard>()
  for (const g of lsoas.geometries) {
    const { name, district, ward, wardShare } = g.properties
    found.set(g.id, {
      code: g.id,
      kind: 'lsoa',
      name,
      parentCode: district,
      districtCode: district,
    })
    bestFit.set(g.id, { wardCode: ward, share: wardShare, approximation: 'best fit by area' })
    add(lsoaCodesBy, district, g.id)
    add(lsoaCodesBy, ward, g.id)
  }
  for (const g of wards.geometries) {
    const { name, district } = g.properties
    found.set(g.id, {
      code: g.id,
      kind: 'ward',
      name,
      parentCode: district,
      districtCode: district,
    })
    add(wardCodesBy, district, g.id)
  }

  const areaWards = new Map<string, readonly string[]>()
  const areasOfDistrict = new Map<string, LocalArea[]>()
  const wardList = wards.geometries.map((g) => ({ code: g.id, ...g.properties }))
  for (const list of input.neighbourhoodAreas ?? []) {
    const findings = checkNeighbourhoodAreas(list, wardList)
    if (findings.length > 0) {
      const detail = findings.map((f) => `${f.path}: ${f.message}`).join('; ')
      throw new Error(`neighbourhood areas of ${list.district} do not fit the wards: ${detail}`)
    }
    for (const area of list.areas) {
      const local: LocalArea = {
        code: area.code,
        kind: 'neighbourhood-area',
        name: area.name,
        parentCode: list.district,
        districtCode: list.district,
        ...(list.provisional ? { provisional: true as const } : {}),
      }
      found.set(area.code, local)
      areaWards.set(area.code, Object.freeze(area.wards.map((w) => w.code).sort(byCode)))
      areasOfDistrict.set(list.district, [...(areasOfDistrict.get(list.district) ?? []), local])
    }
  }

  const districtsUnder = (code: string): string[] => {
    const area = found.get(code)
    if (!area) return []
    if (area.districtCode === code) return [code]
    return (childAreasOf.get(code) ?? []).flatMap(districtsUnder)
  }
  const lsoasOf = (code: string): string[] => {
    const area = found.get(code)
    if (!area) return []
    switch (area.kind) {
      case 'lsoa':
        return [code]
      case 'ward':
        return lsoaCodesBy.get(code) ?? []
      case 'neighbourhood-area':
        return (areaWards.get(code) ?? []).flatMap((ward) => lsoaCodesBy.get(ward) ?? [])
      default:
        return districtsUnder(code).flatMap((district) => lsoaCodesBy.get(district) ?? [])
    }
  }

  const decoded = new Map<GeographyLayer, DecodedArea<{ name: string; district?: string }>[]>()
  const layer = (name: GeographyLayer) => {
    let list = decoded.get(name)
    if (!list) {
      list = decodeLayer(topology, name)
      decoded.set(name, list)
    }
    return list
  }
  let locator: PointLocator | undefined
  const parentOf = (code: string, kind: LocalAreaKind) => {
    const area = found.get(code)
    return area?.kind === kind ? (area.parentCode ?? undefined) : undefined
  }

  return {
    topology,
    attribution: topology.metadata.attribution,
    locateLsoa(lon, lat) {
      locator ??= createPointLocator(layer('lsoas'))
      return locator.locate(lon, lat)
    },
    area: (code) => found.get(code),
    lsoaDistrict: (code) => parentOf(code, 'lsoa'),
    lsoaWard: (code) => bestFit.get(code),
    wardDistrict: (code) => parentOf(code, 'ward'),
    neighbourhoodAreaWards: (code) => areaWards.get(code),
    lsoas: (code) => [...lsoasOf(code)].sort(byCode),
    wards(code) {
      const area = found.get(code)
      if (area?.kind === 'neighbourhood-area') return [...(areaWards.get(code) ?? [])]
      if (area?.kind === 'ward') return [code]
      return districtsUnder(code)
        .flatMap((district) => wardCodesBy.get(district) ?? [])
        .sort(byCode)
    },
    neighbourhoodAreas: (districtCode) => [...(areasOfDistrict.get(districtCode) ?? [])],
    shapes(name, districtCode) {
      const all = layer(name)
      if (districtCode === undefined) return all
      return all.filter((area) =>
        name === 'districts'
          ? area.code === districtCode
          : area.properties.district === districtCode
      )
    },
    neighbourhoodAreaShapes(districtCode) {
      return (areasOfDistrict.get(districtCode) ?? []).map((area) => {
        const codes = new Set(areaWards.get(area.code))
        const merged = merge(
          topology as unknown as Topology,
          wards.geometries.filter((g) => codes.has(g.id)) as never
        )
        return { code: area.code, polygons: merged.coordinates as unknown as PolygonRings[] }
      })
    },
    districtTopology: (districtCode) => districtTopology(topology, districtCode),
  }
}
