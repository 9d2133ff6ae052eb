import {
  checkCrimeTable,
  describeArea,
  formatRate,
  rankAreas,
  whyNotRankable,
  type Area,
  type CrimeTable,
  type Measure,
} from '@csp/domain'

const count = (n: number) => n.toLocaleString('en-GB')
const trendText = (t: number | null) => (t === null ? 'n/a' : `${t > 0 ? '+' : ''}${t.toFixed(1)}%`)

/**
 * A crime table for a terminal: title, source, completeness, one line per area with its rank
 * among the comparison areas (lowest rate first), the library's findings, and the plain-English
 * statements for the highlighted area.
 */
export function crimeTableText(
  table: CrimeTable,
  options: { areas: readonly Area[]; measures: readonly Measure[]; highlight?: string }
): string {
  const { areas, measures, highlight } = options
  const label = measures.find((m) => m.id === table.measure)?.label ?? table.measure
  const nameOf = (code: string) => areas.find((a) => a.code === code)?.name ?? code
  const incomplete = table.completeness?.complete === false
  const notRanked = whyNotRankable(table, areas)
  const ranks = new Map(
    notRanked ? [] : rankAreas(table, { order: 'lowest', areas }).map((r) => [r.areaCode, r])
  )
  const lines = [
    `${label}, ${table.period} (${table.from} to ${table.to})`,
    `Source: ${table.source.publisher}, ${table.source.title}`,
  ]
  if (incomplete) {
    lines.push('INCOMPLETE: no change is shown as a rise or fall.')
    for (const note of table.completeness?.notes ?? []) lines.push(`  ${note}`)
  } else {
    for (const note of table.completeness?.notes ?? []) lines.push(`Note: ${note}`)
  }
  lines.push(
    `  ${'Area'.padEnd(30)}${'Volume'.padStart(8)}${'Rate'.padStart(7)}${'Trend'.padStart(8)}  ${notRanked ? `Not ranked: ${notRanked}` : 'Rank (lowest rate first)'}`
  )
  for (const row of table.rows) {
    const rank = ranks.get(row.areaCode)
    const marker = row.areaCode === highlight ? '▶ ' : '  '
    const rate = row.rate === null ? 'n/a' : formatRate(row.rate)
    const rankText = rank ? `${rank.position} of ${rank.of}${rank.joint ? ' (joint)' : ''}` : ''
    lines.push(
      `${marker}${nameOf(row.areaCode).padEnd(30)}${count(row.volume).padStart(8)}` +
        `${rate.padStart(7)}${trendText(row.trend).padStart(8)}  ${rankText}`
    )
  }
  const findings = checkCrimeTable(table, areas)
  if (findings.length === 0) {
    lines.push('Findings: none — totals add up and every rate is volume ÷ population aged 16+.')
  }
  for (const finding of findings) lines.push(`Finding [${finding.code}]: ${finding.message}`)
  if (highlight && ranks.has(highlight)) {
    for (const statement of describeArea(table, highlight, { areas, measures })) {
      lines.push(`  · ${statement}`)
    }
  }
  return lines.join('\n') + '\n'
}
