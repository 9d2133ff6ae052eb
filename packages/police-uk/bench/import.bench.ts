// `pnpm bench:import`: the police.uk importer against DuckDB and a JavaScript CSV library on a
// seeded national-scale set, all doing the same finer grouping (month × force × LSOA code ×
// crime type). Each leg runs in its own child process (so peak RSS is that leg's own) on the
// same files, in one run; every leg's groups must be identical (count, rows and a checksum over
// the sorted groups), or the benchmark fails. Compare the ratios: timings on a shared machine
// are noisy, ratios taken minutes apart on the same files much less so.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateNationalSet } from './generate.ts'
import type { GroupSummary } from './groups.ts'

const here = dirname(fileURLToPath(import.meta.url))
const rowsPerForceMonth = Number(process.env.BENCH_ROWS_PER_FORCE_MONTH ?? 50_000)
const workers = Number(process.env.BENCH_WORKERS ?? 2)
const set = await generateNationalSet({
  dir: join(process.env.BENCH_DIR ?? tmpdir(), 'csp-bench-police-uk-v2'),
  forces: 10,
  months: 12,
  rowsPerForceMonth,
  seed: 20_231_231,
})
console.log(
  `${set.rows.toLocaleString('en-GB')} rows in ${set.files.length} files, ${(set.bytes / 1e6).toFixed(0)} MB`
)

interface LegOutput extends Partial<GroupSummary> {
  seconds: number
  cpuSeconds: number
  maxRssMB: number
}
type Leg = LegOutput & GroupSummary & { runs: number[]; rowsPerSecond: number; mbPerSecond: number }

function run(script: string, args: string[], timeOnly: boolean): LegOutput {
  const output = execFileSync(process.execPath, [join(here, script), ...args, ...set.files], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    env: { ...process.env, BENCH_TIME_ONLY: timeOnly ? '1' : '0' },
  })
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as LegOutput
}

const repeats = Number(process.env.BENCH_REPEATS ?? 3)
const plan = {
  importer: ['importer, one thread', 'run-importer.ts', []],
  importerWorkers: [
    `importer, ${workers} worker threads`,
    'run-importer.ts',
    ['--workers', String(workers)],
  ],
  duckdbOneThread: ['DuckDB, threads=1', 'run-duckdb.ts', ['1']],
  duckdbDefaultThreads: ['DuckDB, default threads', 'run-duckdb.ts', ['default']],
  udsv: ['uDSV (JavaScript CSV), one thread', 'run-udsv.ts', []],
} as const satisfies Record<string, readonly [string, string, readonly string[]]>
type LegName = keyof typeof plan

// The legs take turns, `repeats` times over, so a spell of load on a shared machine falls on
// all of them; each leg's best run is reported. Groups are summarised on the first run only.
const loadBefore = loadavg()
const outputs = new Map<LegName, LegOutput[]>()
for (let round = 0; round < repeats; round++) {
  for (const [name, [label, script, args]] of Object.entries(plan) as [
    LegName,
    (typeof plan)[LegName],
  ][]) {
    const output = run(script, [...args], round > 0)
    outputs.set(name, [...(outputs.get(name) ?? []), output])
    console.log(
      `${label.padEnd(34)} run ${round + 1}: ${output.seconds.toFixed(2)} s (CPU ${output.cpuSeconds.toFixed(2)} s)`
    )
  }
}
const loadAfter = loadavg()

const legs = Object.fromEntries(
  [...outputs].map(([name, runs]) => {
    const [first] = runs as [LegOutput]
    if (first.rows !== set.rows) {
      throw new Error(`${plan[name][0]} counted ${first.rows} rows, expected ${set.rows}`)
    }
    const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a))
    const leg: Leg = {
      ...(first as LegOutput & GroupSummary),
      seconds: best.seconds,
      cpuSeconds: best.cpuSeconds,
      maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)),
      runs: runs.map((r) => Number(r.seconds.toFixed(3))),
      rowsPerSecond: set.rows / best.seconds,
      mbPerSecond: set.bytes / 1e6 / best.seconds,
    }
    return [name, leg]
  })
) as Record<LegName, Leg>

const format = (leg: Leg) =>
  `${Math.round(leg.rowsPerSecond).toLocaleString('en-GB').padStart(11)} rows/s ${leg.mbPerSecond.toFixed(1).padStart(7)} MB/s  peak RSS ${leg.maxRssMB.toFixed(0).padStart(5)} MB`
for (const [name, leg] of Object.entries(legs) as [LegName, Leg][]) {
  console.log(`${plan[name][0].padEnd(34)} ${format(leg)}`)
}

const reference = legs.duckdbOneThread
const differing = Object.entries(legs).filter(
  ([, leg]) => leg.groups !== reference.groups || leg.checksum !== reference.checksum
)
if (differing.length > 0) {
  const names = differing.map(
    ([name, leg]) => `${name} (${leg.groups} groups, ${leg.checksum.slice(0, 12)})`
  )
  throw new Error(
    `the legs' groups differ from DuckDB's (${reference.groups} groups, ${reference.checksum.slice(0, 12)}): ${names.join(', ')}`
  )
}

const ratio = (a: Leg, b: Leg) => a.rowsPerSecond / b.rowsPerSecond
const report = {
  measuredAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    node: process.version,
    loadAverageBefore: loadBefore.map((n) => Number(n.toFixed(2))),
    loadAverageAfter: loadAfter.map((n) => Number(n.toFixed(2))),
  },
  input: { rows: set.rows, files: set.files.length, megabytes: Math.round(set.bytes / 1e6) },
  grouping: 'month × force × LSOA code × crime type',
  groups: { count: reference.groups, checksum: reference.checksum, identicalInEveryLeg: true },
  legs,
  ratios: {
    importerVsDuckdbOneThread: ratio(legs.importer, legs.duckdbOneThread),
    importerWorkersVsDuckdbDefaultThreads: ratio(legs.importerWorkers, legs.duckdbDefaultThreads),
    importerVsUdsv: ratio(legs.importer, legs.udsv),
    importerWorkersVsImporter: ratio(legs.importerWorkers, legs.importer),
  },
}
console.log(
  `every leg: ${reference.groups.toLocaleString('en-GB')} groups, sha256 ${reference.checksum.slice(0, 16)}…`
)
console.log(
  `importer ÷ DuckDB threads=1:                 ${report.ratios.importerVsDuckdbOneThread.toFixed(2)}×`
)
console.log(
  `importer (${workers} workers) ÷ DuckDB default threads: ${report.ratios.importerWorkersVsDuckdbDefaultThreads.toFixed(2)}×`
)
console.log(
  `importer ÷ uDSV:                             ${report.ratios.importerVsUdsv.toFixed(2)}×`
)

const out = join(here, '..', 'bench-results', 'import.json')
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify(report, null, 2) + '\n')
console.log(`written ${out}`)
