import { typeCount } from './keyed-counts.ts'
import { byPoint, placedLsoa, type PoliceUkTally } from './tally.ts'
import type { PoliceUkImportError } from './types.ts'

/**
 * Everything an aggregator has read, as plain data that survives `structuredClone` and
 * `postMessage` (its typed arrays can be transferred): what a worker thread hands back so that
 * another aggregator can `merge` it. Numbers in `places` and `cells` index the string lists:
 * `places` holds a triple per row of 14 counts (district of the LSOA name; LSOA, as `-2 - id`
 * when placed by point in polygon and -1 for none; district placed in), `cells` a pair (LSOA,
 * cell).
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
  forceMonths: {
    month: number
    force: number
    noLocation: Float64Array
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
  return snapshot.forceMonths.flatMap((f) =>
    [f.noLocation, f.places, f.placeCounts, f.cells, f.cellCounts].map(
      (array) => array.buffer as ArrayBuffer
    )
  )
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
    forceMonths: [...tally.forceMonths.values()].map(
      ({ month, force, noLocation, places, cells }) => {
        const placeTriples = new Int32Array(places.size * 3)
        for (let row = 0; row < places.size; row++) {
          const id = places.keys[row] as number
          placeTriples[row * 3] = tally.places.first(id)
          placeTriples[row * 3 + 1] = tally.places.second(id)
          placeTriples[row * 3 + 2] = tally.places.payload(id)
        }
        const cellPairs = new Int32Array(cells.size * 2)
        for (let row = 0; row < cells.size; row++) {
          const id = cells.keys[row] as number
          cellPairs[row * 2] = tally.cellPlaces.first(id)
          cellPairs[row * 2 + 1] = tally.cellPlaces.second(id)
        }
        return {
          month,
          force,
          noLocation: noLocation.slice(),
          places: placeTriples,
          placeCounts: places.counts.slice(0, places.size * typeCount),
          cells: cellPairs,
          cellCounts: cells.counts.slice(0, cells.size * typeCount),
        }
      }
    ),
  }
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
  const lsoa = (encoded: number) =>
    encoded === -1
      ? -1
      : encoded >= 0
        ? (lsoas[encoded] as number)
        : byPoint(lsoas[placedLsoa(encoded)] as number)
  tally.rows += snapshot.rows
  for (const part of snapshot.forceMonths) {
    const into = tally.forceMonth(part.month, forces[part.force] as number)
    for (let type = 0; type < typeCount; type++) {
      into.noLocation[type] = (into.noLocation[type] as number) + (part.noLocation[type] as number)
    }
    for (let row = 0; row < part.places.length / 3; row++) {
      const key = tally.places.id(
        districts[part.places[row * 3] as number] as number,
        lsoa(part.places[row * 3 + 1] as number),
        districts[part.places[row * 3 + 2] as number] as number
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
