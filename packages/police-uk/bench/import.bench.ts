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

interface LegOutput extends GroupSummary {
  seconds: number
  maxRssMB: number
}
type Leg = LegOutput & { rowsPerSecond: number; mbPerSecond: number }

function leg(label: string, script: string, args: string[]): Leg {
  const output = execFileSync(process.execPath, [join(here, script), ...args, ...set.files], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  const result = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as LegOutput
  if (result.rows !== set.rows) {
    throw new Error(`${label} counted ${result.rows} rows, expected ${set.rows}`)
  }
  const done = {
    ...result,
    rowsPerSecond: result.rows / result.seconds,
    mbPerSecond: set.bytes / 1e6 / result.seconds,
  }
  console.log(`${label.padEnd(34)} ${format(done)}`)
  return done
}

const format = (leg: Leg) =>
  `${Math.round(leg.rowsPerSecond).toLocaleString('en-GB').padStart(11)} rows/s ${leg.mbPerSecond.toFixed(1).padStart(7)} MB/s  peak RSS ${leg.maxRssMB.toFixed(0).padStart(5)} MB  ${leg.groups.toLocaleString('en-GB')} groups`

const loadBefore = loadavg()
const legs = {
  importer: leg('importer, one thread', 'run-importer.ts', []),
  importerWorkers: leg(`importer, ${workers} worker threads`, 'run-importer.ts', [
    '--workers',
    String(workers),
  ]),
  duckdbOneThread: leg('DuckDB, threads=1', 'run-duckdb.ts', ['1']),
  duckdbDefaultThreads: leg('DuckDB, default threads', 'run-duckdb.ts', ['default']),
  udsv: leg('uDSV (JavaScript CSV), one thread', 'run-udsv.ts', []),
}
const loadAfter = loadavg()

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
