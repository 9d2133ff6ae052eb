// The LSOA and grid-cell lists of an aggregate, read out of a tally in sorted order.
import { policeUkCrimeTypeNames } from './crime-type-table.ts'
import { typeCount, type KeyedCounts } from './keyed-counts.ts'
import { monthFromKey } from './month-key.ts'
import { placedLsoa, ranks, type PoliceUkTally } from './tally.ts'
import type { PoliceUkGridCount, PoliceUkLsoaCount } from './types.ts'

const types = policeUkCrimeTypeNames

/**
 * A tally's LSOA counts one at a time, sorted by month, force, district, LSOA (no area first)
 * and crime type, without building the list: a national year has millions of them.
 *
 * @example
 * ```ts
 * const rows = [...lsoaCountsOf(tally, (district) => codes.get(district) ?? null)]
 * ```
 */
export function* lsoaCountsOf(
  tally: PoliceUkTally,
  areaCodeOf: (district: string) => string | null
): Generator<PoliceUkLsoaCount> {
  const districts = tally.districts.values
  const codes = districts.map(areaCodeOf)
  const lsoas = tally.lsoas.values
  const districtRank = ranks(districts)
  const lsoaRank = ranks(lsoas)
  const { places } = tally
  const district = (place: number) => places.payload(place)
  const lsoa = (place: number) => placedLsoa(places.second(place))
  const byKey = (a: number, b: number) =>
    (districtRank[district(a)] ?? 0) - (districtRank[district(b)] ?? 0) ||
    (lsoaRank[lsoa(a)] ?? -1) - (lsoaRank[lsoa(b)] ?? -1)
  const sums = new Float64Array(typeCount)
  for (const { month, force, places: counts } of tally.sortedForceMonths()) {
    const common = { month: monthFromKey(month), force: tally.forces.values[force] as string }
    const order = rowOrder(counts, byKey)
    // Places that differ only in the district of their LSOA name are one LSOA count.
    for (let i = 0; i < order.length;) {
      const first = counts.keys[order[i] as number] as number
      sums.fill(0)
      for (
        ;
        i < order.length && byKey(first, counts.keys[order[i] as number] as number) === 0;
        i++
      ) {
        const at = (order[i] as number) * typeCount
        for (let type = 0; type < typeCount; type++)
          sums[type] = (sums[type] as number) + (counts.counts[at + type] as number)
      }
      const id = district(first)
      const lsoaId = lsoa(first)
      for (let type = 0; type < typeCount; type++) {
        const count = sums[type] as number
        if (count === 0) continue
        yield {
          ...common,
          district: districts[id] as string,
          areaCode: codes[id] ?? null,
          lsoa: lsoaId < 0 ? null : (lsoas[lsoaId] as string),
          crimeType: types[type] as (typeof types)[number],
          count,
        }
      }
    }
  }
}

/**
 * A tally's grid-cell counts, sorted by month, force, LSOA, cell and crime type.
 *
 * @example
 * ```ts
 * gridCountsOf(tally)[0] //=> { month: '2024-12', force: '…', lsoa: 'E01019837', cell: '…', crimeType: 'Burglary', count: 1 }
 * ```
 */
export function gridCountsOf(tally: PoliceUkTally): PoliceUkGridCount[] {
  const lsoas = tally.lsoas.values
  const cells = tally.cells.values
  const lsoaRank = ranks(lsoas)
  const cellRank = ranks(cells)
  const pairs = tally.cellPlaces
  const rows: PoliceUkGridCount[] = []
  for (const { month, force, cells: counts } of tally.sortedForceMonths()) {
    if (counts.size === 0) continue
    const common = { month: monthFromKey(month), force: tally.forces.values[force] as string }
    const order = rowOrder(counts, (a, b) => {
      const l = (lsoaRank[pairs.first(a)] ?? 0) - (lsoaRank[pairs.first(b)] ?? 0)
      return l !== 0 ? l : (cellRank[pairs.second(a)] ?? 0) - (cellRank[pairs.second(b)] ?? 0)
    })
    for (const row of order) {
      const pair = counts.keys[row] as number
      for (let type = 0; type < typeCount; type++) {
        const count = counts.counts[row * typeCount + type] as number
        if (count === 0) continue
        const lsoa = lsoas[pairs.first(pair)] as string
        const cell = cells[pairs.second(pair)] as string
        rows.push({
          ...common,
          lsoa,
          cell,
          crimeType: types[type] as (typeof types)[number],
          count,
        })
      }
    }
  }
  return rows
}

/** The rows of `counts` sorted by their keys. */
function rowOrder(counts: KeyedCounts, byKey: (a: number, b: number) => number): Int32Array {
  const order = new Int32Array(counts.size)
  for (let row = 0; row < counts.size; row++) order[row] = row
  return order.sort((a, b) => byKey(counts.keys[a] as number, counts.keys[b] as number))
}
