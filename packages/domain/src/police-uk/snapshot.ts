import { typeCount } from './keyed-counts.ts'
import type { ForceMonth, PoliceUkTally } from './tally.ts'
import type { PoliceUkImportError, PoliceUkPlacement } from './types.ts'

/**
 * Everything an aggregator has read, as plain data that survives `structuredClone` and
 * `postMessage` (its typed arrays can be transferred): what a worker thread hands back so that
 * another aggregator can `merge` it. Ids index the string lists; `places` holds (district,
 * LSOA or -1) pairs and `cells` (LSOA, cell) pairs, one pair per row of 14 counts.
 *
 * @example
 * ```ts
 * const snapshot: PoliceUkSnapshot = aggregator.snapshot()
 * port.postMessage(snapshot, policeUkSnapshotBuffers(snapshot))
 * ```
 */
export interface PoliceUkSnapshot {
  rows: number
  bytes: number
  errors: PoliceUkImportError[]
  districts: string[]
  forces: string[]
  lsoas: string[]
  cells: string[]
  placement: PoliceUkPlacement
  months: { month: number; districts: Float64Array; noLocation: Float64Array }[]
  forceMonths: {
    month: number
    force: number
    totals: Float64Array
    places: Int32Array
    placeCounts: Float64Array
    cells: Int32Array
    cellCounts: Float64Array
  }[]
}

/**
 * The buffers of a snapshot's typed arrays, to transfer rather than copy it to another thread.
 *
 * @example
 * ```ts
 * parentPort.postMessage(snapshot, policeUkSnapshotBuffers(snapshot))
 * ```
 */
export function policeUkSnapshotBuffers(snapshot: PoliceUkSnapshot): ArrayBuffer[] {
  const arrays = [
    ...snapshot.months.flatMap((m) => [m.districts, m.noLocation]),
    ...snapshot.forceMonths.flatMap((f) => [
      f.totals,
      f.places,
      f.placeCounts,
      f.cells,
      f.cellCounts,
    ]),
  ]
  return arrays.map((array) => array.buffer as ArrayBuffer)
}

/**
 * A snapshot of a tally, every array a copy of just the part in use.
 *
 * @example
 * ```ts
 * snapshotOf(tally, { errors: [], bytes: 0 }).rows //=> tally.rows
 * ```
 */
export function snapshotOf(
  tally: PoliceUkTally,
  read: { errors: PoliceUkImportError[]; bytes: number }
): PoliceUkSnapshot {
  return {
    rows: tally.rows,
    bytes: read.bytes,
    errors: read.errors.map((error) => ({ ...error })),
    districts: [...tally.districts.values],
    forces: [...tally.forces.values],
    lsoas: [...tally.lsoas.values],
    cells: [...tally.cells.values],
    placement: { ...tally.placement },
    months: [...tally.months].map(([month, { districts, noLocation }]) => ({
      month,
      districts: districts.slice(0, tally.districts.values.length * typeCount),
      noLocation: noLocation.slice(),
    })),
    forceMonths: [...tally.forceMonths.values()].map((forceMonth) => {
      const places = pairsOf(forceMonth, 'places', (id) => [
        tally.places.first(id),
        tally.places.second(id),
      ])
      const cells = pairsOf(forceMonth, 'cells', (id) => [
        tally.cellPlaces.first(id),
        tally.cellPlaces.second(id),
      ])
      return {
        month: forceMonth.month,
        force: forceMonth.force,
        totals: forceMonth.totals.slice(),
        places,
        placeCounts: forceMonth.places.counts.slice(0, forceMonth.places.size * typeCount),
        cells,
        cellCounts: forceMonth.cells.counts.slice(0, forceMonth.cells.size * typeCount),
      }
    }),
  }
}

function pairsOf(
  forceMonth: ForceMonth,
  which: 'places' | 'cells',
  pair: (id: number) => [number, number]
): Int32Array {
  const counts = forceMonth[which]
  const pairs = new Int32Array(counts.size * 2)
  for (let row = 0; row < counts.size; row++) {
    const [first, second] = pair(counts.keys[row] as number)
    pairs[row * 2] = first
    pairs[row * 2 + 1] = second
  }
  return pairs
}

/**
 * Adds a snapshot's counts to a tally, as if its rows had been read into it: names are matched
 * by text, so the two need not have met the same names in the same order.
 *
 * @example
 * ```ts
 * mergeSnapshot(tally, worker.snapshot()) // tally now also holds the worker's rows
 * ```
 */
export function mergeSnapshot(tally: PoliceUkTally, snapshot: PoliceUkSnapshot): void {
  const ids = (values: readonly string[], interner: PoliceUkTally['districts']) =>
    Int32Array.from(values, (value) => interner.id(value, 0, value.length))
  const districts = ids(snapshot.districts, tally.districts)
  const forces = ids(snapshot.forces, tally.forces)
  const lsoas = ids(snapshot.lsoas, tally.lsoas)
  const cells = ids(snapshot.cells, tally.cells)
  tally.rows += snapshot.rows
  tally.placement.ownCode += snapshot.placement.ownCode
  tally.placement.pointInPolygon += snapshot.placement.pointInPolygon
  tally.placement.noArea += snapshot.placement.noArea
  for (const { month, districts: counts, noLocation } of snapshot.months) {
    const into = tally.monthTally(month)
    for (let type = 0; type < typeCount; type++) {
      into.noLocation[type] = (into.noLocation[type] as number) + (noLocation[type] as number)
    }
    for (let at = 0; at < counts.length; at++) {
      const count = counts[at] as number
      if (count === 0) continue
      const index = (districts[Math.floor(at / typeCount)] as number) * typeCount + (at % typeCount)
      if (index >= into.districts.length) {
        const grown = new Float64Array(Math.max(index + 1, into.districts.length * 2))
        grown.set(into.districts)
        into.districts = grown
      }
      into.districts[index] = (into.districts[index] as number) + count
    }
  }
  for (const part of snapshot.forceMonths) {
    const into = tally.forceMonth(part.month, forces[part.force] as number)
    for (let type = 0; type < typeCount; type++) {
      into.totals[type] = (into.totals[type] as number) + (part.totals[type] as number)
    }
    for (let row = 0; row < part.places.length / 2; row++) {
      const lsoa = part.places[row * 2 + 1] as number
      const key = tally.places.id(
        districts[part.places[row * 2] as number] as number,
        lsoa < 0 ? -1 : (lsoas[lsoa] as number)
      )
      into.places.addRow(key, part.placeCounts, row * typeCount)
    }
    for (let row = 0; row < part.cells.length / 2; row++) {
      const key = tally.cellPlaces.id(
        lsoas[part.cells[row * 2] as number] as number,
        cells[part.cells[row * 2 + 1] as number] as number
      )
      into.cells.addRow(key, part.cellCounts, row * typeCount)
    }
  }
}
