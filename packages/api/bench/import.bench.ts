// `pnpm bench:import`: the police.uk importer against DuckDB on a seeded national-scale set.
// Each leg runs in its own child process (so peak RSS is that leg's own) on the same files, in
// one run, and the figures are compared as ratios: timings on this machine are noisy, ratios
// taken minutes apart on the same files are much less so.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateNationalSet } from './generate.ts'

const here = dirname(fileURLToPath(import.meta.url))
const rowsPerForceMonth = Number(process.env.BENCH_ROWS_PER_FORCE_MONTH ?? 50_000)
const forces = 10
const months = 12
const set = await generateNationalSet({
  dir: join(process.env.BENCH_DIR ?? tmpdir(), 'csp-bench-police-uk'),
  forces,
  months,
  rowsPerForceMonth,
  seed: 20_231_231,
})
console.log(
  `${set.rows.toLocaleString('en-GB')} rows in ${set.files.length} files, ${(set.bytes / 1e6).toFixed(0)} MB`
)

interface Leg {
  rows: number
  seconds: number
  maxRssMB: number
}

function leg(script: string, args: string[]): Leg & { rowsPerSecond: number; mbPerSecond: number } {
  const output = execFileSync(process.execPath, [join(here, script), ...args, ...set.files], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  const result = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Leg
  if (result.rows !== set.rows)
    throw new Error(`${script} counted ${result.rows} rows, expected ${set.rows}`)
  return {
    ...result,
    rowsPerSecond: result.rows / result.seconds,
    mbPerSecond: set.bytes / 1e6 / result.seconds,
  }
}

const importer = leg('run-importer.ts', [])
const duckdbOneThread = leg('run-duckdb.ts', ['1'])
const duckdbDefault = leg('run-duckdb.ts', ['default'])

const report = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  input: { rows: set.rows, files: set.files.length, megabytes: Math.round(set.bytes / 1e6) },
  importer,
  duckdbOneThread,
  duckdbDefaultThreads: duckdbDefault,
  ratios: {
    importerVsDuckdbOneThread: importer.rowsPerSecond / duckdbOneThread.rowsPerSecond,
    importerVsDuckdbDefaultThreads: importer.rowsPerSecond / duckdbDefault.rowsPerSecond,
  },
}

const format = (leg: Leg & { rowsPerSecond: number; mbPerSecond: number }) =>
  `${Math.round(leg.rowsPerSecond).toLocaleString('en-GB').padStart(11)} rows/s ${leg.mbPerSecond.toFixed(1).padStart(7)} MB/s  peak RSS ${leg.maxRssMB.toFixed(0).padStart(5)} MB`
console.log(`importer (1 thread)      ${format(importer)}`)
console.log(`DuckDB threads=1         ${format(duckdbOneThread)}`)
console.log(`DuckDB default threads   ${format(duckdbDefault)}`)
console.log(
  `importer ÷ DuckDB threads=1:       ${report.ratios.importerVsDuckdbOneThread.toFixed(2)}×`
)
console.log(
  `importer ÷ DuckDB default threads: ${report.ratios.importerVsDuckdbDefaultThreads.toFixed(2)}×`
)

const out = join(here, '..', 'bench-results', 'import.json')
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify(report, null, 2) + '\n')
console.log(`written ${out}`)
