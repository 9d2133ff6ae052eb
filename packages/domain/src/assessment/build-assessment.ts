import type { Area } from '../geography/index.ts'
import type { Measure } from '../crime/measures.ts'
import { rankAreas } from '../crime/rank-area.ts'
import { whyNotRankable } from '../crime/rankable.ts'
import { formatRate, rateOf } from '../crime/rate.ts'
import type { CrimeTable } from '../crime/table.ts'
import { formatCount, formatPercent } from '../crime/text.ts'
import { trendDirection, trendPercent } from '../crime/trend.ts'
import { compareCounts, localChangeDefaults } from '../local-monitoring/compare.ts'
import type { PrioritySet } from '../priorities/priority-set.ts'
import type { AssessmentMeasure, StrategicAssessment } from './schema.ts'

/** What {@link buildAssessment} reads. */
export interface AssessmentInput {
  year: number
  /** The partnership's area (a district's GSS code). */
  areaCode: string
  /** Every stored table; those of `year` and `year − 1` are used. */
  tables: readonly CrimeTable[]
  areas: readonly Area[]
  measures: readonly Measure[]
  priorities: PrioritySet
}

const testName = `exact conditional test of the two years' counts (two-sided, p < ${localChangeDefaults.alpha})`

const isComplete = (t: CrimeTable | undefined) =>
  t !== undefined && t.completeness?.complete !== false

function rankOf(table: CrimeTable | undefined, areas: readonly Area[], code: string) {
  if (!table || whyNotRankable(table, areas) !== null) return undefined
  return rankAreas(table, { order: 'lowest', areas }).find((r) => r.areaCode === code)
}

function assessMeasure(
  measure: Measure,
  table: CrimeTable,
  previous: CrimeTable | undefined,
  input: AssessmentInput,
  areaName: string
): AssessmentMeasure {
  const { areas, areaCode } = input
  const row = table.rows.find((r) => r.areaCode === areaCode)
  const before = previous?.rows.find((r) => r.areaCode === areaCode)
  const area = areas.find((a) => a.code === areaCode)
  const complete = isComplete(table)
  const bothComplete = complete && isComplete(previous) && before !== undefined
  const findings: string[] = []
  const where = `${areaName}, ${measure.label.toLowerCase()}, ${table.period}`
  if (!row) findings.push(`${where}: the table has no row for ${areaName}.`)
  if (!complete) {
    const notes = table.completeness?.notes ?? []
    findings.push(
      `The ${table.period} figures are incomplete${notes.length ? ` (${notes.join(' ')})` : ''}; no trend or rank is drawn from them.`
    )
  }
  const trend =
    !complete || !row ? null : bothComplete ? trendPercent(row.volume, before.volume) : row.trend
  const rank = complete && row ? rankOf(table, areas, areaCode) : undefined
  const previousRank = rankOf(previous, areas, areaCode)
  const comparison =
    bothComplete && row && row.volume + before.volume >= localChangeDefaults.minimumTotalForFlag
      ? compareCounts(row.volume, before.volume)
      : undefined
  const significant = comparison !== undefined && comparison.p < localChangeDefaults.alpha
  const flag =
    !significant || !row || !before ? null : row.volume > before.volume ? 'increase' : 'decrease'
  const rankFell =
    rank !== undefined && previousRank !== undefined && rank.position > previousRank.position
  if (row && area) {
    findings.push(
      `${formatCount(row.volume)} in ${table.period}, ${formatRate(rateOf(row.volume, area.population16Plus))} per 1,000 residents aged 16+.`
    )
  }
  if (trend !== null && before) {
    findings.push(
      trend === 0
        ? `Unchanged on ${previous?.period} (${formatCount(before.volume)}).`
        : `${trend > 0 ? 'Up' : 'Down'} ${formatPercent(trend)} on ${previous?.period} (${formatCount(before.volume)}).`
    )
  }
  if (comparison) {
    findings.push(
      significant
        ? `The ${flag === 'increase' ? 'rise' : 'fall'} is significant by an ${testName} (p = ${comparison.p.toFixed(3)}).`
        : `The change is not significant by an ${testName} (p = ${comparison.p.toFixed(3)}).`
    )
  }
  if (rank) {
    findings.push(
      `${rank.phrase[0]?.toUpperCase()}${rank.phrase.slice(1)} rate of ${rank.of} areas${previousRank ? ` (${previousRank.phrase} in ${previous?.period})` : ''}.`
    )
  }
  const candidatePriority = flag === 'increase' || rankFell
  if (candidatePriority) {
    findings.push(
      `Proposed as a candidate priority: ${[flag === 'increase' ? 'it rose significantly' : '', rankFell ? 'its rank fell' : ''].filter(Boolean).join(' and ')}.`
    )
  }
  return {
    measure: measure.id,
    label: measure.label,
    period: table.period,
    from: table.from,
    to: table.to,
    source: table.source,
    complete,
    completenessNotes: table.completeness?.notes ?? [],
    volume: row?.volume ?? null,
    rate: row && area ? formatRate(rateOf(row.volume, area.population16Plus)) : null,
    previous:
      previous && before
        ? {
            period: previous.period,
            volume: before.volume,
            complete: isComplete(previous),
            source: previous.source,
          }
        : null,
    trend,
    direction: trendDirection(trend),
    rank: rank ? { position: rank.position, of: rank.of, phrase: rank.phrase } : null,
    previousRank: previousRank?.position ?? null,
    change: comparison ? { test: testName, p: comparison.p, significant, flag } : null,
    candidatePriority,
    findings,
  }
}

/**
 * The strategic assessment of a year for one area, from the stored tables: for each measure
 * with a table for the year, volume, rate, trend, rank among the comparison areas, the change
 * test on the year before, completeness and findings. Measures that rose significantly or whose
 * rank fell are candidate priorities; the plan's priorities linked to measures that fell (on
 * complete data) are marked improved. An incomplete year draws no trend, rank or test.
 *
 * @example
 * ```ts
 * buildAssessment({ year: 2023, areaCode: 'E07000039', tables: crimeTables2023, areas: derbyshireAreas,
 *   measures: planMeasures, priorities: southDerbyshirePriorities }).measures.length //=> 6
 * ```
 */
export function buildAssessment(input: AssessmentInput): StrategicAssessment {
  const { year, areaCode, tables, areas, measures, priorities } = input
  const areaName = areas.find((a) => a.code === areaCode)?.name ?? areaCode
  const find = (measure: string, period: string) =>
    tables.find((t) => t.measure === measure && t.period === period)
  const assessed = measures.flatMap((m) => {
    const table = find(m.id, String(year))
    return table ? [assessMeasure(m, table, find(m.id, String(year - 1)), input, areaName)] : []
  })
  const byMeasure = new Map(assessed.map((m) => [m.measure, m]))
  const titles = new Map<string, string>()
  for (const theme of priorities.themes) {
    titles.set(theme.id, theme.title)
    for (const sub of theme.subPriorities) titles.set(sub.id, sub.title)
  }
  const linked = new Map<string, string[]>()
  for (const link of priorities.links) {
    if (link.target.kind !== 'measure' || !byMeasure.has(link.target.id)) continue
    linked.set(link.priorityId, [...(linked.get(link.priorityId) ?? []), link.target.id])
  }
  return {
    year,
    area: { code: areaCode, name: areaName },
    measures: assessed,
    candidatePriorities: assessed
      .filter((m) => m.candidatePriority)
      .map((m) => ({ measure: m.measure, reason: m.findings.at(-1) ?? '' })),
    priorities: [...linked].map(([id, ids]) => {
      const fell = ids.filter((m) => {
        const a = byMeasure.get(m)
        return a?.complete === true && a.direction === 'decrease'
      })
      return {
        id,
        title: titles.get(id) ?? id,
        measures: ids,
        improved: fell.length > 0 && fell.length === ids.length,
        note:
          fell.length === 0
            ? 'None of its measures fell.'
            : `${fell.join(', ')} fell on the year before.`,
      }
    }),
    gaps: assessed
      .filter((m) => !m.complete)
      .map(
        (m) =>
          `${m.label} ${m.period} is incomplete: ${m.completenessNotes.join(' ') || 'no detail'}`
      ),
  }
}
