import { z } from 'zod'
import type { Area } from '../geography/index.ts'
import {
  Claim,
  defaultChangeTolerance,
  type ChangeClaim,
  type ClaimVerification,
  type DirectionClaim,
  type RankClaim,
} from './claim.ts'
import { absoluteDifference, compareDecimals, decimalOf, decimalToNumber } from './decimal.ts'
import { planMeasures, type Measure } from './measures.ts'
import { cardinalWord, rankPhrase } from './ordinal.ts'
import { rankArea } from './rank-area.ts'
import type { CrimeTable, CrimeTableRow } from './table.ts'
import { formatPercent } from '../format/index.ts'
import { areaName, inlineLabel, joinList, rowsFor } from './text.ts'
import { trendDirection } from './trend.ts'

type Figures = ClaimVerification['evidence']['figures']
type Found = { table: CrimeTable; row: CrimeTableRow; area: Area; label: string }

const unverifiable = (text: string, figures: Figures = {}): ClaimVerification => ({
  verdict: 'unverifiable',
  evidence: { text, figures },
})

function find(
  claim: Claim,
  tables: readonly CrimeTable[],
  areas: readonly Area[],
  measures: readonly Measure[]
): Found | ClaimVerification {
  const matching = tables.filter((t) => t.measure === claim.measure && t.period === claim.period)
  const [table] = matching
  if (!table) return unverifiable(`There is no ${claim.measure} table for ${claim.period}.`)
  if (matching.length > 1) {
    return unverifiable(
      `There are ${matching.length} ${claim.measure} tables for ${claim.period}, so it is not clear which one the claim uses.`
    )
  }
  const area = areas.find((a) => a.code === claim.area)
  if (!area) return unverifiable(`Area code ${claim.area} is not one of the known areas.`)
  const rows = rowsFor(table, claim.area)
  const [row] = rows
  if (!row)
    return unverifiable(`${area.name} is not in the ${claim.measure} ${claim.period} table.`)
  if (rows.length > 1)
    return unverifiable(
      `${area.name} appears ${rows.length} times in the ${claim.measure} ${claim.period} table.`
    )
  const label = inlineLabel(measures.find((m) => m.id === claim.measure)?.label ?? claim.measure)
  return { table, row, area, label }
}

function verifyRank(claim: RankClaim, found: Found, areas: readonly Area[]): ClaimVerification {
  const { table, area, label } = found
  if (area.kind !== 'district' && area.kind !== 'unitary') {
    return unverifiable(
      `${area.name} is a ${area.kind.replace('-', ' ')}: only districts and unitaries are ranked.`
    )
  }
  let rank
  try {
    rank = rankArea(table, area.code, { order: claim.order, areas })
  } catch (error) {
    return unverifiable(
      `The ${claim.measure} ${claim.period} table cannot be ranked: ${(error as Error).message}.`
    )
  }
  const supported = rank.position === claim.position
  const figures = `${rank.displayedRate} per 1,000 residents aged 16 and over`
  const of = `of the ${cardinalWord(rank.of)} areas`
  const sentences = supported
    ? [
        `${area.name} had the ${rank.phrase} ${label} rate ${of} in ${claim.period} (${figures}), as claimed.`,
      ]
    : [
        `The claim says ${area.name} had the ${rankPhrase(claim.position, claim.order)} ${label} rate in ${claim.period}; on exact rates it had the ${rank.phrase} ${of} (${figures}).`,
      ]
  const name = (code: string) => areaName(areas, code)
  if (rank.joint)
    sentences.push(`It shares that position with ${joinList(rank.tiedWith.map(name))}.`)
  const roundedOnly = rank.tiedAtDisplayedPrecision.filter((c) => !rank.tiedWith.includes(c))
  if (roundedOnly.length > 0) {
    sentences.push(
      `At one decimal place it shows the same rate as ${joinList(roundedOnly.map(name))} (${rank.displayedRate}), so on the rounded figures it would be ${rankPhrase(rank.displayedPosition, claim.order, true)}.`
    )
    const last = rank.displayedPosition + rank.tiedAtDisplayedPrecision.length
    if (!supported && claim.position >= rank.displayedPosition && claim.position <= last) {
      sentences.push('The claimed position holds only on the rounded figures.')
    }
  }
  return {
    verdict: supported ? 'supported' : 'contradicted',
    evidence: {
      text: sentences.join(' '),
      figures: {
        volume: rank.volume,
        population: rank.population,
        rate: rank.displayedRate,
        position: rank.position,
        of: rank.of,
        claimedPosition: claim.position,
        joint: rank.joint,
        tiedWith: rank.tiedWith,
        tiedAtDisplayedPrecision: rank.tiedAtDisplayedPrecision,
        displayedPosition: rank.displayedPosition,
      },
    },
  }
}

function movement(trend: number): string {
  return trend === 0 ? 'was unchanged' : `${trend < 0 ? 'fell' : 'rose'} by ${formatPercent(trend)}`
}

function verifyDirection(claim: DirectionClaim, found: Found): ClaimVerification {
  const { row, area, label } = found
  const direction = trendDirection(row.trend)
  if (row.trend === null || direction === 'unknown') {
    return unverifiable(
      `The table has no trend for ${area.name}, so the direction of change is unknown.`,
      { trend: null }
    )
  }
  const supported = direction === claim.direction
  const said = supported
    ? ', as claimed'
    : `; the claim says it was ${claim.direction === 'increase' ? 'an increase' : 'a decrease'}`
  const neither = direction === 'unchanged' ? ', neither an increase nor a decrease' : ''
  return {
    verdict: supported ? 'supported' : 'contradicted',
    evidence: {
      text: `${area.name}'s ${label} ${movement(row.trend)} in ${claim.period} compared with the previous period${neither}${said}.`,
      figures: { trend: row.trend, direction, claimedDirection: claim.direction },
    },
  }
}

function verifyChange(claim: ChangeClaim, found: Found): ClaimVerification {
  const { row, area, label } = found
  const tolerance = claim.tolerance ?? defaultChangeTolerance
  if (row.trend === null) {
    return unverifiable(
      `The table has no trend for ${area.name}, so the size of the change is unknown.`,
      { trend: null, claimedPercent: claim.percent, tolerance }
    )
  }
  // Exact decimals: as doubles, |4.4 - 3.9| is 0.5000000000000004 and would fail a 0.5 tolerance.
  const difference = absoluteDifference(row.trend, claim.percent)
  const supported = compareDecimals(difference, decimalOf(tolerance)) <= 0
  const claimed =
    claim.percent === 0
      ? 'no change'
      : `a ${claim.percent < 0 ? 'fall' : 'rise'} of ${formatPercent(claim.percent)}`
  const verdictText = `the claim of ${claimed} is ${supported ? 'within' : 'not within'} the tolerance of ${tolerance} percentage points`
  return {
    verdict: supported ? 'supported' : 'contradicted',
    evidence: {
      text: `${area.name}'s ${label} ${movement(row.trend)} in ${claim.period} compared with the previous period; ${verdictText}.`,
      figures: {
        trend: row.trend,
        claimedPercent: claim.percent,
        tolerance,
        difference: decimalToNumber(difference),
      },
    },
  }
}

/**
 * Checks a claim against the crime tables: `supported`, `contradicted`, or `unverifiable` when
 * the table, the area or the trend is missing. Rank claims use {@link rankArea} (exact rates;
 * ties at the displayed 1 d.p. are mentioned). Direction claims read the table's trend (0 is
 * neither a rise nor a fall). Change claims hold when |trend − percent| ≤ tolerance (0.5
 * percentage points by default), compared exactly. Throws a TypeError for a malformed claim.
 *
 * @example
 * ```ts
 * verifyClaim({ kind: 'rank', area: 'E07000039', measure: 'domestic-abuse', period: '2023',
 *   order: 'lowest', position: 3 }, crimeTables2023).verdict
 * //=> 'contradicted' (fourth lowest on exact rates; third only on the rounded 16.5)
 * ```
 */
export function verifyClaim(
  claim: Claim,
  tables: readonly CrimeTable[],
  areas: readonly Area[],
  options: { measures?: readonly Measure[] } = {}
): ClaimVerification {
  const parsed = Claim.safeParse(claim)
  if (!parsed.success) throw new TypeError(`invalid claim: ${z.prettifyError(parsed.error)}`)
  const found = find(parsed.data, tables, areas, options.measures ?? planMeasures)
  if ('verdict' in found) return found
  switch (parsed.data.kind) {
    case 'rank':
      return verifyRank(parsed.data, found, areas)
    case 'direction':
      return verifyDirection(parsed.data, found)
    case 'change':
      return verifyChange(parsed.data, found)
  }
}
