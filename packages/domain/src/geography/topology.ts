import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { AreaShape, BoundingBox, PolygonRings } from './shapes.ts'

/**
 * One polygon or multi-polygon geometry of a TopoJSON object, with its code as `id`.
 *
 * @example
 * ```ts
 * const g: TopoAreaGeometry<{ name: string }> =
 *   { type: 'Polygon', arcs: [[0]], id: 'E05008809', properties: { name: 'Aston' } }
 * ```
 */
export interface TopoAreaGeometry<P> {
  type: 'Polygon' | 'MultiPolygon'
  arcs: number[][] | number[][][]
  id: string
  properties: P
}

/**
 * LSOA 2021 properties in the geography file. `ward` is a best fit (the ward holding the largest
 * share, `wardShare`, of the LSOA's area), an approximation: wards are not built from LSOAs.
 *
 * @example
 * ```ts
 * const p: LsoaProperties = { name: 'South Derbyshire 001A', district: 'E07000039',
 *   ward: 'E05008820', wardShare: 1 }
 * ```
 */
export interface LsoaProperties {
  name: string
  district: string
  ward: string
  wardShare: number
}

/**
 * Ward properties in the geography file.
 *
 * @example
 * ```ts
 * const p: WardProperties = { name: 'Aston', district: 'E07000039' }
 * ```
 */
export interface WardProperties {
  name: string
  district: string
}

/**
 * District properties in the geography file (districts are merged from their LSOAs).
 *
 * @example
 * ```ts
 * const p: DistrictProperties = { name: 'South Derbyshire' }
 * ```
 */
export interface DistrictProperties {
  name: string
}

/**
 * Provenance carried inside the geography file, attribution first.
 *
 * @example
 * ```ts
 * derbyshireTopology.metadata.attribution
 * //=> 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. …'
 * ```
 */
export interface GeographyMetadata {
  title: string
  attribution: string
  licence: string
  licenceUrl: string
  source: string
  files: { file: string; sha256: string; features: number }[]
  build: { script: string; quantization: number; simplification: string }
  wardAssignment: string
}

/**
 * The geography file's shape: a quantised TopoJSON topology with `lsoas`, `wards` and
 * `districts` objects (see `scripts/build-geography.ts`).
 *
 * @example
 * ```ts
 * const topology: GeographyTopology = derbyshireTopology
 * topology.objects.lsoas.geometries.length //=> 651
 * ```
 */
export interface GeographyTopology {
  type: 'Topology'
  metadata: GeographyMetadata
  bbox: BoundingBox
  transform: { scale: [number, number]; translate: [number, number] }
  objects: {
    lsoas: { type: 'GeometryCollection'; geometries: TopoAreaGeometry<LsoaProperties>[] }
    wards: { type: 'GeometryCollection'; geometries: TopoAreaGeometry<WardProperties>[] }
    districts: { type: 'GeometryCollection'; geometries: TopoAreaGeometry<DistrictProperties>[] }
  }
  arcs: number[][][]
}

/**
 * The name of an area object in a {@link GeographyTopology}.
 *
 * @example
 * ```ts
 * const layer: GeographyLayer = 'wards'
 * ```
 */
export type GeographyLayer = keyof GeographyTopology['objects']

/**
 * An area decoded from the topology: its outline in longitude/latitude and its properties.
 *
 * @example
 * ```ts
 * decodeLayer(derbyshireTopology, 'wards')[0]
 * //=> { code: 'E05008809', properties: { name: 'Aston', district: 'E07000039' }, polygons: [...] }
 * ```
 */
export interface DecodedArea<P> extends AreaShape {
  readonly properties: P
}

type Properties<L extends GeographyLayer> =
  GeographyTopology['objects'][L]['geometries'][number]['properties']

/**
 * Decodes one object of the topology into longitude/latitude polygons (with `topojson-client`).
 * Neighbours share their border positions exactly, as the topology stores them once.
 *
 * @example
 * ```ts
 * decodeLayer(derbyshireTopology, 'lsoas').length //=> 651
 * ```
 */
export function decodeLayer<L extends GeographyLayer>(
  topology: GeographyTopology,
  layer: L
): DecodedArea<Properties<L>>[] {
  const collection = feature(
    topology as unknown as Topology,
    topology.objects[layer] as unknown as GeometryCollection
  ) as unknown as FeatureCollection<Polygon | MultiPolygon, Properties<L>>
  return collection.features.map((area: Feature<Polygon | MultiPolygon, Properties<L>>) => ({
    code: String(area.id),
    properties: area.properties,
    polygons: (area.geometry.type === 'Polygon'
      ? [area.geometry.coordinates]
      : area.geometry.coordinates) as unknown as PolygonRings[],
  }))
}

/**
 * The attribution the ONS boundaries (and anything drawn or derived from them) must carry.
 *
 * @example
 * ```ts
 * onsBoundariesAttribution
 * //=> 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2025.'
 * ```
 */
export const onsBoundariesAttribution =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. ' +
  'Contains OS data © Crown copyright and database right 2025.'
