/**
 * @module
 * The Derbyshire and Derby boundaries (ONS LSOAs 2021, May 2025 wards, districts) as a quantised
 * TopoJSON, and the local geography over them. A separate entry (`@csp/domain/boundaries`, about
 * 0.5 MB) so that importing `@csp/domain` does not load them.
 *
 * Source: Office for National Statistics licensed under the Open Government Licence v.3.0.
 * Contains OS data © Crown copyright and database right 2025.
 */
import topology from '../data/geography/derbyshire.topo.json' with { type: 'json' }
import { derbyshireAreas } from './geography/areas.ts'
import { gridCellAt } from './geography/grid-cells.ts'
import { createLocalGeography, type LocalGeography } from './geography/local-geography.ts'
import { southDerbyshireNeighbourhoodAreas } from './geography/neighbourhood-areas.ts'
import { boundingBoxOf } from './geography/shapes.ts'
import type { GeographyTopology } from './geography/topology.ts'
import type { PoliceUkGeography } from './police-uk/geography-option.ts'

/**
 * LSOAs 2021 (651: the county's 499 and Derby's 152), wards (176) and districts (9) of
 * Derbyshire and Derby, built by `scripts/build-geography.ts`; `metadata.attribution` must be
 * shown with anything drawn or counted from it.
 *
 * @example
 * ```ts
 * derbyshireTopology.objects.wards.geometries.length //=> 176
 * ```
 */
export const derbyshireTopology: GeographyTopology = topology as unknown as GeographyTopology

let geography: LocalGeography | undefined

/**
 * The local geography of Derbyshire and Derby: the bundled boundaries, the 11 areas of
 * `derbyshireAreas` and South Derbyshire's provisional neighbourhood areas. Built once, on first
 * call.
 *
 * @example
 * ```ts
 * const geography = derbyshireGeography()
 * geography.area('E07000039-SNA3')?.name //=> 'North East'
 * geography.lsoas('E07000039').length //=> 62
 * geography.locateLsoa(-1.5575, 52.7738) //=> 'E01019…' (or null outside every LSOA)
 * ```
 */
export function derbyshireGeography(): LocalGeography {
  geography ??= createLocalGeography({
    topology: derbyshireTopology,
    areas: derbyshireAreas,
    neighbourhoodAreas: [southDerbyshireNeighbourhoodAreas],
  })
  return geography
}

let policeUk: PoliceUkGeography | undefined

/**
 * The bundled boundaries as the police.uk aggregator's `geography`: every Derbyshire and Derby
 * LSOA 2021 with its district, their bounding box, point in polygon for rows whose own code is
 * not one of them, and 250 m British National Grid cells. Built once; a worker thread imports it
 * by name (`{ module: '@csp/domain/boundaries', exportName: 'derbyshirePoliceUkGeography' }`).
 *
 * @example
 * ```ts
 * const aggregator = createPoliceUkAggregator({ geography: derbyshirePoliceUkGeography() })
 * ```
 */
export function derbyshirePoliceUkGeography(): PoliceUkGeography {
  if (policeUk) return policeUk
  const geography = derbyshireGeography()
  const lsoas = geography.shapes('lsoas')
  const lsoaCodes = new Map<string, string>()
  for (const lsoa of lsoas) {
    const district = geography.lsoaDistrict(lsoa.code)
    if (district) lsoaCodes.set(lsoa.code, district)
  }
  const box = boundingBoxOf(lsoas)
  if (!box) throw new Error('the bundled boundaries hold no LSOA')
  policeUk = {
    lsoaCodes,
    bounds: box,
    locate: (lon, lat) => geography.locateLsoa(lon, lat),
    cellOf: (lon, lat) => gridCellAt(lon, lat)?.id ?? 'outside-grid',
  }
  return policeUk
}
