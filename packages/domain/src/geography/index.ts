/**
 * @module
 * Areas (districts and their populations), local geography (LSOAs 2021, wards, neighbourhood
 * areas) over a boundary topology, point in polygon, British National Grid cells and SVG map
 * geometry. The Derbyshire boundaries themselves are in the `@csp/domain/boundaries` entry, so
 * code that does not draw or place points does not load them.
 */
export * from './areas.ts'
export {
  boundingBoxOf,
  type AreaShape,
  type BoundingBox,
  type LonLat,
  type PolygonRings,
  type Ring,
} from './shapes.ts'
export {
  createPointLocator,
  locateByScan,
  type PointLocator,
  type PointLocatorOptions,
} from './point-in-polygon.ts'
export {
  decodeLayer,
  onsBoundariesAttribution,
  type DecodedArea,
  type DistrictProperties,
  type GeographyLayer,
  type GeographyMetadata,
  type GeographyTopology,
  type LsoaProperties,
  type TopoAreaGeometry,
  type WardProperties,
} from './topology.ts'
export { districtTopology } from './district-topology.ts'
export {
  createLocalGeography,
  type BestFitWard,
  type LocalArea,
  type LocalAreaKind,
  type LocalGeography,
  type LocalGeographyInput,
} from './local-geography.ts'
export {
  checkNeighbourhoodAreas,
  NeighbourhoodArea,
  NeighbourhoodAreaList,
  southDerbyshireNeighbourhoodAreas,
  type NeighbourhoodAreaFinding,
} from './neighbourhood-areas.ts'
export {
  britishNationalGridToOsgb36,
  britishNationalGridToWgs84,
  osgb36ToBritishNationalGrid,
  osgb36ToWgs84,
  wgs84ToBritishNationalGrid,
  wgs84ToOsgb36,
  type GridPosition,
} from './british-national-grid.ts'
export {
  gridCellAt,
  gridCellRing,
  gridCellShape,
  minimumGridCellSize,
  parseGridCellId,
  type GridCell,
} from './grid-cells.ts'
export {
  fitProjection,
  svgMap,
  type MapBox,
  type MapProjection,
  type SvgArea,
  type SvgMap,
  type SvgMapOptions,
} from './svg-map.ts'
