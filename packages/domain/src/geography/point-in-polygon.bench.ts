// Placing rate of the LSOA locator on the bundled boundaries (not a test: no timing assertions).
//   node packages/domain/src/geography/point-in-polygon.bench.ts
import { derbyshireTopology } from '../boundaries.ts'
import { createPointLocator } from './point-in-polygon.ts'
import { decodeLayer } from './topology.ts'

const lsoas = decodeLayer(derbyshireTopology, 'lsoas')
let started = performance.now()
const locator = createPointLocator(lsoas)
console.log(`index: ${(performance.now() - started).toFixed(0)} ms for ${lsoas.length} LSOAs`)

/** Deterministic pseudo-random numbers (a linear congruential generator). */
function random(seed: number) {
  let state = seed
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648
}

function rate(name: string, xs: Float64Array, ys: Float64Array) {
  for (let round = 0; round < 3; round++) {
    started = performance.now()
    let placed = 0
    for (let i = 0; i < xs.length; i++) if (locator.locate(xs[i]!, ys[i]!) !== null) placed++
    const seconds = (performance.now() - started) / 1000
    console.log(
      `${name}: ${Math.round(xs.length / seconds).toLocaleString('en-GB')} points/s (${placed.toLocaleString('en-GB')} of ${xs.length.toLocaleString('en-GB')} placed)`
    )
  }
}

const count = 1_000_000
const next = random(1)
const [west, south, east, north] = derbyshireTopology.bbox
const xs = new Float64Array(count)
const ys = new Float64Array(count)
for (let i = 0; i < count; i++) {
  xs[i] = west + next() * (east - west)
  ys[i] = south + next() * (north - south)
}
rate('uniform over the bounding box', xs, ys)

// The hard case: every point within ~20 m of an LSOA border (a border crosses its index cell).
const borderXs = new Float64Array(count)
const borderYs = new Float64Array(count)
const rings = lsoas.flatMap((lsoa) => lsoa.polygons.flat())
for (let i = 0; i < count; i++) {
  const ring = rings[Math.floor(next() * rings.length)]!
  const [lon, lat] = ring[Math.floor(next() * (ring.length - 1))]!
  borderXs[i] = lon + (next() - 0.5) * 0.0006
  borderYs[i] = lat + (next() - 0.5) * 0.0004
}
rate('near LSOA borders', borderXs, borderYs)
