// `npm start` until the API and portal exist: the South Derbyshire plan's crime tables, each
// with its rank column, the library's findings, and what the data says of the plan's own claims.
import {
  checkCrimeTable,
  derbyshireAreas,
  describeArea,
  formatRate,
  planMeasures,
  rankAreas,
  southDerbyshirePlan,
  verifyClaim,
} from '../dist/index.js'

const southDerbyshire = 'E07000039'
const nameOf = (code: string) => derbyshireAreas.find((area) => area.code === code)?.name ?? code
const pad = (text: string, width: number) => text.padEnd(width)
const padLeft = (text: string, width: number) => text.padStart(width)
const count = (n: number) => n.toLocaleString('en-GB')
const trend = (t: number | null) => (t === null ? 'n/a' : `${t > 0 ? '+' : ''}${t.toFixed(1)}%`)

for (const table of southDerbyshirePlan.crimeTables) {
  const measure = planMeasures.find((m) => m.id === table.measure)
  const ranks = new Map(
    rankAreas(table, { order: 'lowest', areas: derbyshireAreas }).map((r) => [r.areaCode, r])
  )
  console.log(`\n${measure?.label ?? table.measure}, ${table.period} (${table.from} to ${table.to})`)
  console.log(`Source: ${table.source.title}`)
  console.log(
    `  ${pad('Area', 30)}${padLeft('Volume', 8)}${padLeft('Rate', 7)}${padLeft('Trend', 8)}  Rank (lowest first)`
  )
  for (const row of table.rows) {
    const rank = ranks.get(row.areaCode)
    const marker = row.areaCode === southDerbyshire ? '▶ ' : '  '
    console.log(
      `${marker}${pad(nameOf(row.areaCode), 30)}${padLeft(count(row.volume), 8)}` +
        `${padLeft(row.rate === null ? 'n/a' : formatRate(row.rate), 7)}${padLeft(trend(row.trend), 8)}` +
        `  ${rank ? `${rank.position} of ${rank.of}${rank.joint ? ' (joint)' : ''}` : ''}`
    )
  }
  const findings = checkCrimeTable(table, derbyshireAreas)
  console.log(
    findings.length === 0
      ? '  Findings: none — totals add up and every rate is volume ÷ population aged 16+.'
      : findings.map((f) => `  Finding [${f.code}]: ${f.message}`).join('\n')
  )
  for (const statement of describeArea(table, southDerbyshire)) console.log(`  · ${statement}`)
}

console.log("\nThe plan's own claims, checked against its tables")
for (const { quote, claim } of southDerbyshirePlan.narrativeClaims) {
  const result = verifyClaim(claim, southDerbyshirePlan.crimeTables, derbyshireAreas)
  console.log(`  ${result.verdict.toUpperCase().padEnd(13)} “${quote}”`)
  console.log(`  ${''.padEnd(13)} ${result.evidence.text}`)
}
