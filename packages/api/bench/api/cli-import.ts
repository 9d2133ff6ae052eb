// Leg: `csp import police-uk` of 24 months of one force's files (about 50 MB), its peak RSS
// measured by GNU time around the whole process.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateNationalSet } from '../../../police-uk/bench/generate.ts'
import { childEnv, cli, csp, type Target } from './server-process.ts'

export async function cliImportLeg(target: Target) {
  const months = 24
  const set = await generateNationalSet({
    dir: join(process.env['BENCH_DIR'] ?? tmpdir(), 'csp-bench-api-two-years'),
    forces: 1,
    months,
    rowsPerForceMonth: 10_500,
    seed: 2023,
    firstMonth: '2023-01',
  })
  try {
    csp(target, ['migrate'])
    if (!existsSync('/usr/bin/time')) throw new Error('the CLI leg needs GNU time (/usr/bin/time)')
    const started = performance.now()
    const run = spawnSync(
      '/usr/bin/time',
      ['-f', 'maxrss=%M', cli, 'import', 'police-uk', ...set.files],
      { env: childEnv(target.env), encoding: 'utf8' }
    )
    const seconds = (performance.now() - started) / 1000
    if (run.status !== 0) throw new Error(`csp import failed:\n${run.stderr}`)
    const kb = Number(/maxrss=(\d+)/.exec(run.stderr)?.[1])
    return {
      months,
      files: set.files.length,
      rows: set.rows,
      megabytes: Math.round(set.bytes / 1e6),
      seconds: Math.round(seconds * 10) / 10,
      peakRssMB: Math.round(kb / 1024),
    }
  } finally {
    await target.drop()
  }
}
