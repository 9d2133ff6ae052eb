import type { Area } from '../geography/index.ts'
import { planMeasures, type Measure } from './measures.ts'
import { cardinalWord } from './ordinal.ts'
import { rankArea, type AreaRank, type RankOrder } from './rank-area.ts'
import { compareRates, formatRate, rateOf, type ExactRate } from './rate.ts'
import type { CrimeTable } from './table.ts'
import { formatPercent } from '../format/index.ts'
import { areaName, countOf, joinList, measureFor, rowsFor } from './text.ts'

/**
 * Options for {@link describeArea}.
 *
 * @example
 * ```ts
 * const options: DescribeAreaOptions = { order: 'highest', previousPeriod: 'the previous financial year' }
 * ```
 */
export interface DescribeAreaOptions {
  /** Areas with populations: the partnership's geography. */
  areas: readonly Area[]
  /** Measure definitions for the label (default `planMeasures`). */
  measures?: readonly Measure[]
  /** Rank from the lowest rate (default) or the highest. */
  order?: RankOrder
  /** How to name the period the trend compares with (default "the previous year"). */
  previousPeriod?: string
}

function rankStatements(rank: AreaRank, table: CrimeTable, areas: readonly Area[]): string[] {
  const name = (code: string) => areaName(areas, code)
  const shared = rank.joint ? `, shared with ${joinList(rank.tiedWith.map(name))}` : ''
  const statements = [
    `That is the ${rank.phrase} rate of the ${cardinalWord(rank.of)} areas${shared}.`,
  ]
  const roundedOnly = rank.tiedAtDisplayedPrecision.filter((c) => !rank.tiedWith.includes(c))
  if (roundedOnly.length === 0) return statements
  const own = rateOf(rank.volume, rank.population)
  const sideOf = (code: string) => {
    const row = rowsFor(table, code)[0]
    const area = areas.find((a) => a.code === code)
    return row && area ? compareRates(rateOf(row.volume, area.population16Plus), own) : 0
  }
  const clause = (codes: string[], word: string) =>
    codes.length === 0
      ? []
      : [`${joinList(codes.map(name))} ${codes.length === 1 ? 'is' : 'are'} ${word}`]
  const sides = [
    ...clause(
      roundedOnly.filter((c) => sideOf(c) < 0),
      'lower'
    ),
    ...clause(
      roundedOnly.filter((c) => sideOf(c) > 0),
      'higher'
    ),
  ]
  const verb = roundedOnly.length === 1 ? 'shows' : 'show'
  statements.push(
    `${joinList(roundedOnly.map(name))} also ${verb} ${rank.displayedRate} at one decimal place; on exact rates ${sides.join(' and ')}.`
  )
  return statements
}

function trendStatement(trend: number | null, previousPeriod: string): string {
  if (trend === null) return `No comparison with ${previousPeriod} is available.`
  if (trend === 0) return `It was unchanged on ${previousPeriod}.`
  return `It ${trend < 0 ? 'fell' : 'rose'} by ${formatPercent(trend)} on ${previousPeriod}.`
}

function rootAncestor(areas: readonly Area[], area: Area, table: CrimeTable): Area | undefined {
  let found: Area | undefined
  let current = area
  for (let depth = 0; depth < areas.length && current.parentCode !== null; depth++) {
    const parent = areas.find((a) => a.code === current.parentCode)
    if (!parent) break
    if (rowsFor(table, parent.code).length === 1) found = parent
    current = parent
  }
  return found
}

function ancestorStatement(own: ExactRate, ancestor: Area, table: CrimeTable): string | undefined {
  const row = rowsFor(table, ancestor.code)[0]
  if (!row || !Number.isSafeInteger(row.volume) || row.volume < 0) return undefined
  const theirs = rateOf(row.volume, ancestor.population16Plus)
  const comparison = ['lower than', 'the same as', 'higher than'][compareRates(own, theirs) + 1]
  return `That is ${comparison} the ${ancestor.name} rate of ${formatRate(theirs)}.`
}

/**
 * Plain-English statements about one area in a crime table: volume and rate, rank among the
 * comparison areas (districts and unitaries only), trend, and how the rate compares with the
 * widest area above it in the table. Numbers use en-GB formatting; the rate is computed exactly
 * from volume and population; a missing trend is never described as a fall.
 *
 * @example
 * ```ts
 * describeArea(crimeTables2023[0], 'E07000039', { areas: derbyshireAreas })
 * //=> ['South Derbyshire recorded 1,695 anti-social behaviour incidents in 2023, a rate of 19.5 per 1,000 residents aged 16 and over.',
 * //    'That is the second lowest rate of the nine areas.',
 * //    'It fell by 6.9% on the previous year.',
 * //    'That is lower than the Derbyshire Police Force Area rate of 28.0.']
 * ```
 */
export function describeArea(
  table: CrimeTable,
  areaCode: string,
  options: DescribeAreaOptions
): string[] {
  const { areas } = options
  const measure = measureFor(options.measures ?? planMeasures, table.measure)
  const previousPeriod = options.previousPeriod ?? 'the previous year'
  const rows = rowsFor(table, areaCode)
  const [row] = rows
  if (!row)
    throw new RangeError(`area ${areaCode} is not in the ${table.measure} ${table.period} table`)
  if (rows.length > 1)
    throw new RangeError(`area ${areaCode} appears ${rows.length} times in the table`)
  const area = areas.find((a) => a.code === areaCode)
  if (!area) throw new RangeError(`area ${areaCode} is not one of the given areas`)
  const rate = rateOf(row.volume, area.population16Plus)

  const statements = [
    `${area.name} recorded ${countOf(measure, row.volume)} in ${table.period}, a rate of ${formatRate(rate)} per 1,000 residents aged 16 and over.`,
  ]
  if (area.kind === 'district' || area.kind === 'unitary') {
    const rank = rankArea(table, areaCode, { order: options.order ?? 'lowest', areas })
    statements.push(...rankStatements(rank, table, areas))
  }
  statements.push(trendStatement(row.trend, previousPeriod))
  const ancestor = rootAncestor(areas, area, table)
  const comparison = ancestor && ancestorStatement(rate, ancestor, table)
  if (comparison) statements.push(comparison)
  return statements
}
