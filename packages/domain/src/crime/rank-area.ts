import { z } from 'zod'
import { comparisonAreas, type Area } from '../geography/index.ts'
import { rankPhrase } from './ordinal.ts'
import { compareRates, formatRate, rateOf, type ExactRate } from './rate.ts'
import type { CrimeTable } from './table.ts'
import { rowsFor } from './text.ts'

/**
 * Which end a rank counts from.
 *
 * @example
 * ```ts
 * RankOrder.parse('lowest') //=> 'lowest'
 * ```
 */
export const RankOrder = z.enum(['lowest', 'highest'])
export type RankOrder = z.infer<typeof RankOrder>

/**
 * An area's rank among the comparison areas of a table.
 *
 * `position` uses standard competition ranking (1, 2, 2, 4) on exact rates; `tiedWith` lists
 * areas with exactly the same rate; `tiedAtDisplayedPrecision` lists the other areas whose rate
 * shows as the same 1 d.p. figure, and `displayedPosition` is the rank those rounded figures
 * alone would give.
 *
 * @example
 * ```ts
 * AreaRank.shape.phrase.parse('second lowest') //=> 'second lowest'
 * ```
 */
export const AreaRank = z
  .object({
    areaCode: z.string(),
    order: RankOrder,
    position: z.number().int().positive(),
    of: z.number().int().positive(),
    joint: z.boolean(),
    tiedWith: z.array(z.string()),
    tiedAtDisplayedPrecision: z.array(z.string()),
    displayedPosition: z.number().int().positive(),
    displayedRate: z.string(),
    volume: z.number().int().nonnegative(),
    population: z.number().int().positive(),
    phrase: z.string(),
  })
  .meta({ id: 'AreaRank' })
export type AreaRank = z.infer<typeof AreaRank>

/**
 * Options for {@link rankArea} and {@link rankAreas}.
 *
 * @example
 * ```ts
 * const options: RankOptions = { order: 'lowest', areas: derbyshireAreas }
 * ```
 */
export interface RankOptions {
  order: RankOrder
  /** Areas with populations; the comparison areas are its districts and unitaries. */
  areas: readonly Area[]
}

interface Ranked {
  code: string
  rate: ExactRate
  displayed: string
}

function rankedAreas(table: CrimeTable, areas: readonly Area[]): Ranked[] {
  return comparisonAreas(areas).flatMap((area) => {
    const rows = rowsFor(table, area.code)
    const [row] = rows
    if (!row) return []
    if (rows.length > 1) {
      throw new RangeError(
        `${area.name} (${area.code}) appears ${rows.length} times in the ${table.measure} ${table.period} table; run checkCrimeTable first`
      )
    }
    let rate: ExactRate
    try {
      rate = rateOf(row.volume, area.population16Plus)
    } catch (error) {
      throw new RangeError(`${area.name} (${area.code}): ${(error as Error).message}`, {
        cause: error,
      })
    }
    return [{ code: area.code, rate, displayed: formatRate(rate) }]
  })
}

function positionOf(target: Ranked, all: readonly Ranked[], order: RankOrder): number {
  const ahead = order === 'lowest' ? -1 : 1
  return 1 + all.filter((other) => compareRates(other.rate, target.rate) === ahead).length
}

function displayedPositionOf(target: Ranked, all: readonly Ranked[], order: RankOrder): number {
  // Rounded figures compare exactly as decimals: same scale, so compare as numbers of tenths.
  const tenths = (r: Ranked) => Number(r.displayed.replace('.', ''))
  const ahead = (other: Ranked) =>
    order === 'lowest' ? tenths(other) < tenths(target) : tenths(other) > tenths(target)
  return 1 + all.filter(ahead).length
}

function toRank(target: Ranked, all: readonly Ranked[], order: RankOrder): AreaRank {
  const position = positionOf(target, all, order)
  const others = all.filter((other) => other.code !== target.code)
  const tiedWith = others
    .filter((other) => compareRates(other.rate, target.rate) === 0)
    .map((o) => o.code)
  const joint = tiedWith.length > 0
  return {
    areaCode: target.code,
    order,
    position,
    of: all.length,
    joint,
    tiedWith,
    tiedAtDisplayedPrecision: others
      .filter((o) => o.displayed === target.displayed)
      .map((o) => o.code),
    displayedPosition: displayedPositionOf(target, all, order),
    displayedRate: target.displayed,
    volume: target.rate.volume,
    population: target.rate.population,
    phrase: rankPhrase(position, order, joint),
  }
}

/**
 * Ranks every comparison area (district or unitary) present in the table, in ranked order
 * (ties in `areas` order).
 *
 * @example
 * ```ts
 * rankAreas(crimeTables2023[0], { order: 'lowest', areas: derbyshireAreas }).map((r) => r.phrase).slice(0, 2)
 * //=> ['lowest', 'second lowest']
 * ```
 */
export function rankAreas(table: CrimeTable, options: RankOptions): AreaRank[] {
  const order = RankOrder.parse(options.order)
  const all = rankedAreas(table, options.areas)
  return all.map((target) => toRank(target, all, order)).sort((a, b) => a.position - b.position)
}

/**
 * An area's rank among the comparison areas (districts and unitaries) in the table, on exact
 * rates: volume ÷ residents aged 16+, compared by integer cross-multiplication, never on the
 * printed 1 d.p. rate. Throws a RangeError when the area is not in the table or is not a
 * comparison area (a county or force area is a sum, not a peer).
 *
 * @example
 * ```ts
 * const da = crimeTables2023.find((t) => t.measure === 'domestic-abuse')!
 * const rank = rankArea(da, 'E07000039', { order: 'lowest', areas: derbyshireAreas })
 * rank.phrase //=> 'fourth lowest'
 * rank.tiedAtDisplayedPrecision //=> ['E07000038'] (both show 16.5)
 * ```
 */
export function rankArea(table: CrimeTable, areaCode: string, options: RankOptions): AreaRank {
  const order = RankOrder.parse(options.order)
  const { areas } = options
  const where = `the ${table.measure} ${table.period} table`
  if (rowsFor(table, areaCode).length === 0) {
    throw new RangeError(`area ${areaCode} is not in ${where}`)
  }
  const area = areas.find((a) => a.code === areaCode)
  if (!area) throw new RangeError(`area ${areaCode} is not one of the given areas`)
  if (area.kind !== 'district' && area.kind !== 'unitary') {
    throw new RangeError(
      `${area.name} (${areaCode}) is a ${area.kind.replace('-', ' ')}, not a comparison area: only districts and unitaries are ranked`
    )
  }
  const all = rankedAreas(table, areas)
  const target = all.find((r) => r.code === areaCode)
  if (!target) throw new RangeError(`area ${areaCode} is not in ${where}`)
  return toRank(target, all, order)
}
