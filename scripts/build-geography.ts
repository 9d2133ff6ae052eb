#!/usr/bin/env node
/**
 * The geography build: turns the ONS boundary files (GeoJSON, WGS84) for Derbyshire county and
 * Derby into one quantised, simplified TopoJSON in the domain package, with LSOAs 2021 (code,
 * name, district, best-fit ward), wards (code, name, district) and districts (merged from their
 * LSOAs), and the OGL attribution inside the file.
 *
 *   pnpm geography:build [GEO_DIR]     (or CSP_GEO_DIR=…; default fixtures/geo)
 *
 * Run it with the pinned Node 24, which strips the types. The output depends only on the input
 * files: running it twice gives the same bytes, and a test checks the committed file against it
 * where the source folder exists.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'
import { intersection } from 'polyclip-ts'
import { mergeArcs, quantize } from 'topojson-client'
import { topology } from 'topojson-server'
import { presimplify, simplify } from 'topojson-simplify'
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification'

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Where the build writes, relative to the repository root. */
export const outputPath = 'packages/domain/data/geography/derbyshire.topo.json'

/** The four ONS files the build reads (see the geo folder's README). */
export const sourceFiles = {
  countyLsoas: 'lsoa-E10000007.geojson',
  derbyLsoas: 'lsoa-E06000015.geojson',
  countyWards: 'ward-E10000007.geojson',
  derbyWards: 'ward-E06000015.geojson',
} as const

/**
 * Grid steps across the bounding box. Derbyshire and Derby span about 58 km × 94 km, so 100,000
 * steps is a grid of about 1 m: finer than the generalised boundaries' own error.
 */
export const quantization = 100_000

/**
 * Visvalingam threshold: a vertex goes when the triangle it makes with its neighbours is smaller
 * than this many square metres. Shared borders stay shared (the simplification runs on the
 * topology's arcs). Gentle on purpose: the source is already generalised, so stronger settings
 * save little (1,500 m² saves 11%) but move borders that streets run along (at 1,500 m², one
 * point in ten 5 m from a border changes LSOA); see the data README for the measurements.
 */
export const minTriangleAreaM2 = 200

/** The attribution that must travel with anything derived from the ONS files. */
export const attribution =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. ' +
  'Contains OS data © Crown copyright and database right 2025.'

/** The source folder: the first argument, else `CSP_GEO_DIR`, else `fixtures/geo`. */
export function geoDirFrom(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const given = argv[0] ?? env.CSP_GEO_DIR
  return given ? path.resolve(given) : path.resolve(repositoryRoot, 'fixtures/geo')
}

/** True when every source file is in `geoDir`. */
export function hasSourceFiles(geoDir: string): boolean {
  return Object.values(sourceFiles).every((file) => existsSync(path.join(geoDir, file)))
}

type Ring = Position[]
type Shape = Polygon | MultiPolygon
type SourceFeature = Feature<Shape, Record<string, unknown>>

interface Source {
  file: string
  sha256: string
  features: SourceFeature[]
}

function readSource(geoDir: string, file: string): Source {
  const full = path.join(geoDir, file)
  if (!existsSync(full)) throw new Error(`${full}: not found (pass the folder or set CSP_GEO_DIR)`)
  const bytes = readFileSync(full)
  let json: FeatureCollection
  try {
    json = JSON.parse(bytes.toString('utf8')) as FeatureCollection
  } catch (error) {
    throw new Error(`${full}: not JSON (${(error as Error).message})`, { cause: error })
  }
  if (json.type !== 'FeatureCollection') throw new Error(`${full}: not a FeatureCollection`)
  json.features.forEach((feature, index) => {
    const type = feature.geometry?.type
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new Error(`${full}: features[${index}].geometry is ${type}, not a polygon`)
    }
  })
  return {
    file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    features: json.features as SourceFeature[],
  }
}

function property(feature: SourceFeature, name: string, file: string): string {
  const value = feature.properties[name]
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${file}: a feature has no ${name}`)
  }
  return value.trim()
}

function polygonsOf(shape: Shape): Ring[][] {
  return shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates
}

// Areas for the best-fit shares: lon/lat scaled to metres at Derbyshire's latitude. The share is a
// ratio of areas within a few kilometres, so a local plane is exact enough.
const metresPerDegreeLat = 111_200
const metresPerDegreeLon = metresPerDegreeLat * Math.cos((53 * Math.PI) / 180)

function ringArea(ring: Ring): number {
  let twice = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number]
    const [xj, yj] = ring[j] as [number, number]
    twice += (xj - xi) * (yj + yi)
  }
  return (Math.abs(twice) / 2) * metresPerDegreeLat * metresPerDegreeLon
}

function polygonsArea(polygons: Ring[][]): number {
  return polygons.reduce(
    (sum, [outer, ...holes]) =>
      sum + ringArea(outer ?? []) - holes.reduce((h, hole) => h + ringArea(hole), 0),
    0
  )
}

type Box = [number, number, number, number]

function boxOf(polygons: Ring[][]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity]
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      box[0] = Math.min(box[0], x as number)
      box[1] = Math.min(box[1], y as number)
      box[2] = Math.max(box[2], x as number)
      box[3] = Math.max(box[3], y as number)
    }
  }
  return box
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]

interface Lsoa {
  code: string
  name: string
  district: string
  polygons: Ring[][]
}

interface Ward {
  code: string
  name: string
  district: string
  districtName: string
  polygons: Ring[][]
}

interface BestFit {
  ward: string
  share: number
}

/**
 * The ward holding the largest share of the LSOA's area (ties to the lower code). Wards are not
 * built from LSOAs, so this is an approximation and is labelled as one in the data.
 */
function bestFitWard(lsoa: Lsoa, wards: readonly Ward[]): BestFit {
  const area = polygonsArea(lsoa.polygons)
  const box = boxOf(lsoa.polygons)
  let best: BestFit | undefined
  for (const ward of wards) {
    if (ward.district !== lsoa.district || !overlaps(box, boxOf(ward.polygons))) continue
    const shared = polygonsArea(
      intersection(lsoa.polygons as [number, number][][][], ward.polygons as [number, number][][][])
    )
    const share = shared / area
    if (!best || share > best.share + 1e-12) best = { ward: ward.code, share }
  }
  if (!best) throw new Error(`LSOA ${lsoa.code} overlaps no ward of district ${lsoa.district}`)
  return { ward: best.ward, share: Math.round(best.share * 1000) / 1000 }
}

// Visvalingam weight in square metres rather than square degrees.
function triangleAreaM2(triangle: [number, number][]): number {
  const [a, b, c] = triangle as [[number, number], [number, number], [number, number]]
  const twice = Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1]))
  return (twice / 2) * metresPerDegreeLat * metresPerDegreeLon
}

const byCode = <T extends { code: string }>(a: T, b: T) =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0

/** Builds the TopoJSON text (with a final newline) from the four files in `geoDir`. */
export function buildGeography(geoDir: string): string {
  const sources = Object.values(sourceFiles).map((file) => readSource(geoDir, file))
  const [countyLsoas, derbyLsoas, countyWards, derbyWards] = sources as [
    Source,
    Source,
    Source,
    Source,
  ]

  const lsoas: Lsoa[] = [countyLsoas, derbyLsoas]
    .flatMap(({ file, features }) =>
      features.map((feature) => ({
        code: property(feature, 'LSOA21CD', file),
        name: property(feature, 'LSOA21NM', file),
        district: property(feature, 'LADCD_ACTIVE', file),
        polygons: polygonsOf(feature.geometry),
      }))
    )
    .sort(byCode)
  const wards: Ward[] = [countyWards, derbyWards]
    .flatMap(({ file, features }) =>
      features.map((feature) => ({
        code: property(feature, 'WD25CD', file),
        name: property(feature, 'WD25NM', file),
        district: property(feature, 'LAD25CD', file),
        districtName: property(feature, 'LAD25NM', file),
        polygons: polygonsOf(feature.geometry),
      }))
    )
    .sort(byCode)
  for (const list of [lsoas, wards]) {
    list.forEach((item, i) => {
      if (i > 0 && list[i - 1]?.code === item.code) throw new Error(`${item.code} appears twice`)
    })
  }

  const toFeature = (
    code: string,
    polygons: Ring[][],
    properties: Record<string, string | number>
  ): Feature<Shape, Record<string, string | number>> => ({
    type: 'Feature',
    id: code,
    properties,
    geometry:
      polygons.length === 1
        ? { type: 'Polygon', coordinates: polygons[0] as Ring[] }
        : { type: 'MultiPolygon', coordinates: polygons },
  })
  const lsoaFeatures = lsoas.map((lsoa) => {
    const fit = bestFitWard(lsoa, wards)
    return toFeature(lsoa.code, lsoa.polygons, {
      name: lsoa.name,
      district: lsoa.district,
      ward: fit.ward,
      wardShare: fit.share,
    })
  })
  const wardFeatures = wards.map((ward) =>
    toFeature(ward.code, ward.polygons, { name: ward.name, district: ward.district })
  )

  const collection = (features: Feature[]): FeatureCollection => ({
    type: 'FeatureCollection',
    features,
  })
  const built = topology({
    lsoas: collection(lsoaFeatures),
    wards: collection(wardFeatures),
  }) as unknown as Topology
  // (casts: @types/topojson-simplify and @types/topojson-client type Topology's properties apart)
  const thinned = simplify(presimplify(built as never, triangleAreaM2), minTriangleAreaM2)
  const simplified: Topology = quantize(thinned as never, quantization)

  // Districts are the union of their LSOAs, merged on the arcs (no new coordinates).
  const lsoaObject = simplified.objects.lsoas as GeometryCollection<Record<string, unknown>>
  const districtNames = new Map(wards.map((ward) => [ward.district, ward.districtName]))
  const districts = [...districtNames.keys()].sort().map((code) => ({
    ...mergeArcs(
      simplified,
      lsoaObject.geometries.filter(
        (g) => (g.properties as { district?: string } | undefined)?.district === code
      ) as never
    ),
    id: code,
    properties: { name: districtNames.get(code) as string },
  }))
  for (const lsoa of lsoas) {
    if (!districtNames.has(lsoa.district)) {
      throw new Error(`LSOA ${lsoa.code}: district ${lsoa.district} has no wards`)
    }
  }

  const output = {
    type: 'Topology',
    metadata: {
      title: 'Derbyshire and Derby: LSOAs 2021, wards (May 2025) and districts',
      attribution,
      licence: 'Open Government Licence v3.0',
      licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      source:
        'ONS Open Geography Portal generalised clipped (BGC) boundaries, via drkane/geo-lookups ' +
        'commit e20a072d5fc0918437abaa3622be63f40b71d9dd',
      files: sources.map(({ file, sha256, features }) => ({
        file,
        sha256,
        features: features.length,
      })),
      build: {
        script: 'scripts/build-geography.ts',
        quantization,
        simplification: `Visvalingam, vertices dropped below ${minTriangleAreaM2} m² (topojson-simplify)`,
      },
      wardAssignment:
        'LSOA "ward" is a best fit, not an ONS lookup: the ward holding the largest share of the ' +
        'LSOA\'s area ("wardShare", 0-1) in the source boundaries. Wards are not built from LSOAs, ' +
        'so counts summed to wards this way are an approximation.',
    },
    bbox: simplified.bbox,
    transform: simplified.transform,
    objects: {
      lsoas: simplified.objects.lsoas as GeometryObject,
      wards: simplified.objects.wards as GeometryObject,
      districts: { type: 'GeometryCollection', geometries: districts },
    },
    arcs: simplified.arcs,
  } satisfies Omit<Topology, 'objects'> & { objects: Record<string, GeometryObject> } & {
    metadata: unknown
  }
  return `${JSON.stringify(output)}\n`
}

if (import.meta.main) {
  const geoDir = geoDirFrom(process.argv.slice(2), process.env)
  try {
    const text = buildGeography(geoDir)
    const target = path.join(repositoryRoot, outputPath)
    writeFileSync(target, text)
    const { size } = statSync(target)
    console.log(`geography: wrote ${outputPath} (${size.toLocaleString('en-GB')} bytes)`)
  } catch (error) {
    console.error(`geography: ${(error as Error).message}`)
    process.exit(1)
  }
}
