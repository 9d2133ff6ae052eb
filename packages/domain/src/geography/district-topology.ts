import type { BoundingBox } from './shapes.ts'
import type { GeographyTopology, TopoAreaGeometry } from './topology.ts'

type ArcIndexes = number[][] | number[][][]

function mapArcs(arcs: ArcIndexes, map: (index: number) => number): ArcIndexes {
  return (arcs as unknown[]).map((item) =>
    Array.isArray(item) ? mapArcs(item as ArcIndexes, map) : map(item as number)
  ) as ArcIndexes
}

/**
 * The part of a geography topology for one district: its LSOAs, wards and outline, only the arcs
 * they use (renumbered), the bounding box of those arcs and the same metadata (attribution
 * included). What `GET /v1/geography/{district}.topojson` serves. `null` for a district the
 * topology does not hold.
 *
 * @example
 * ```ts
 * const southDerbyshire = districtTopology(derbyshireTopology, 'E07000039')
 * southDerbyshire?.objects.lsoas.geometries.length //=> 62
 * southDerbyshire?.metadata.attribution //=> 'Source: Office for National Statistics …'
 * ```
 */
export function districtTopology(
  topology: GeographyTopology,
  districtCode: string
): GeographyTopology | null {
  const { lsoas, wards, districts } = topology.objects
  const pick = <P>(geometries: TopoAreaGeometry<P>[], keep: (g: TopoAreaGeometry<P>) => boolean) =>
    geometries.filter(keep)
  const picked = {
    lsoas: pick(lsoas.geometries, (g) => g.properties.district === districtCode),
    wards: pick(wards.geometries, (g) => g.properties.district === districtCode),
    districts: pick(districts.geometries, (g) => g.id === districtCode),
  }
  if (picked.districts.length === 0) return null

  // Old arc index → new, in order of first use, so the result is deterministic.
  const renumber = new Map<number, number>()
  const kept: number[][][] = []
  const use = (index: number) => {
    const arc = index < 0 ? ~index : index
    let next = renumber.get(arc)
    if (next === undefined) {
      next = kept.length
      renumber.set(arc, next)
      kept.push(topology.arcs[arc] as number[][])
    }
    return index < 0 ? ~next : next
  }
  const remap = <P>(geometries: TopoAreaGeometry<P>[]) =>
    geometries.map((g) => ({ ...g, arcs: mapArcs(g.arcs, use) }))
  const objects = {
    lsoas: { type: 'GeometryCollection' as const, geometries: remap(picked.lsoas) },
    wards: { type: 'GeometryCollection' as const, geometries: remap(picked.wards) },
    districts: { type: 'GeometryCollection' as const, geometries: remap(picked.districts) },
  }
  return {
    type: 'Topology',
    metadata: topology.metadata,
    bbox: arcsBoundingBox(kept, topology.transform),
    transform: topology.transform,
    objects,
    arcs: kept,
  }
}

function arcsBoundingBox(
  arcs: readonly number[][][],
  { scale, translate }: GeographyTopology['transform']
): BoundingBox {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const arc of arcs) {
    let x = 0
    let y = 0
    for (const [dx, dy] of arc as [number, number][]) {
      x += dx
      y += dy
      if (x < minX) minX = x
      if (x > maxX) maxX = x
      if (y < minY) minY = y
      if (y > maxY) maxY = y
    }
  }
  return [
    minX * scale[0] + translate[0],
    minY * scale[1] + translate[1],
    maxX * scale[0] + translate[0],
    maxY * scale[1] + translate[1],
  ]
}
