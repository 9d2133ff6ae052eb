// Starts the BUILT `csp` command (dist/cli.js) as a production would: migrate, seed, serve, in
// processes of their own, on PGlite in a scratch directory or on a scratch PostgreSQL database.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import pg from 'pg'

/** The built `csp` program, run as users run it (its first line sets its V8 options). */
export const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js')
/** The environment of every child: this Node (24) first on the PATH, for the program's first line. */
export const childEnv = (extra: Record<string, string>) => ({
  ...process.env,
  PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
  ...extra,
  DATABASE_URL: extra['DATABASE_URL'] ?? '',
})
export const admin = { email: 'bench-admin@example.org', password: 'bench admin passphrase 42' }

/** Where a benchmarked API keeps its data: PGlite in a directory, or a PostgreSQL database. */
export interface Target {
  name: 'pglite' | 'postgres'
  env: Record<string, string>
  drop(): Promise<void>
}

export async function pgliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'csp-bench-api-'))
  return {
    name: 'pglite',
    env: { CSP_DATA_DIR: dir },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  }
}

export async function postgresTarget(url: string): Promise<Target> {
  const name = `csp_bench_${randomBytes(5).toString('hex')}`
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  await run(`create database "${name}"`)
  const scratch = new URL(url)
  scratch.pathname = `/${name}`
  return {
    name: 'postgres',
    env: { DATABASE_URL: scratch.toString() },
    drop: () => run(`drop database if exists "${name}" with (force)`),
  }
}

/** Runs one `csp` command to the end; throws with its stderr when it fails. */
export function csp(target: Target, args: string[], extraEnv: Record<string, string> = {}) {
  const result = spawnSync(cli, args, {
    env: childEnv({ ...target.env, ...extraEnv }),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  })
  if (result.status !== 0) throw new Error(`csp ${args.join(' ')} failed:\n${result.stderr}`)
  return result.stdout
}

export interface RunningApi {
  url: string
  pid: number
  /** Resident set size now, from /proc. */
  rssMB(): number
  stop(): Promise<void>
}

/** Migrates, seeds (with the bench admin) and serves; resolves once it listens. */
export async function startApi(target: Target): Promise<RunningApi> {
  csp(target, ['migrate'])
  csp(target, ['seed'], { CSP_ADMIN_EMAIL: admin.email, CSP_ADMIN_PASSWORD: admin.password })
  // Logs go to a file, as they would to a collector: a pipe to this process would put the
  // cost of reading them on the load generator's core.
  const logDir = mkdtempSync(join(tmpdir(), 'csp-bench-log-'))
  const logFile = join(logDir, 'api.log')
  const out = openSync(logFile, 'w')
  // Behind a proxy on this host, as a council would run it: sign-ins then come from the
  // addresses the proxy names, so the bench's analysts are not one office's address (100
  // attempts in 15 minutes would throttle the sign-in sampler, not measure it).
  const child: ChildProcess = spawn(cli, ['serve', '--port', '0'], {
    env: childEnv({ ...target.env, CSP_TRUST_PROXY: 'true' }),
    stdio: ['ignore', out, 'inherit'],
  })
  closeSync(out)
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const line = readFileSync(logFile, 'utf8')
        .split('\n')
        .find((l) => l.includes('"listening"'))
      if (line) {
        clearInterval(timer)
        resolve((JSON.parse(line) as { url: string }).url)
      }
    }, 50)
    child.once('exit', (code) => {
      clearInterval(timer)
      reject(new Error(`csp serve exited with ${code}`))
    })
  })
  return running(child, url, () => rmSync(logDir, { recursive: true, force: true }))
}

/** A started child serving at `url`: its memory, and a stop that waits for it to exit. */
function running(child: ChildProcess, url: string, cleanUp = () => {}): RunningApi {
  return {
    url,
    pid: child.pid as number,
    rssMB: () => rssOf(child.pid as number),
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      cleanUp()
    },
  }
}

/** A process's resident set size in MB, from /proc/PID/status (Linux). */
export function rssOf(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const line = status.split('\n').find((l) => l.startsWith(`${field}:`)) ?? ''
  const kb = Number.parseInt(line.slice(field.length + 1), 10)
  return kb / 1024
}

/**
 * Starts a yardstick serving `bodyFile`: the bare Hono app (with the headers in `headersFile`,
 * or as plain JSON without), or node:http alone with those headers.
 */
export async function startReference(
  kind: 'bare-hono' | 'node-http',
  bodyFile: string,
  headersFile?: string
): Promise<RunningApi> {
  const script = join(import.meta.dirname, `${kind}.ts`)
  const args = [script, bodyFile, ...(headersFile ? [headersFile] : [])]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) =>
      resolve((JSON.parse(chunk.toString()) as { url: string }).url)
    )
    child.once('exit', (code) => reject(new Error(`${kind} exited with ${code}`)))
  })
  return running(child, url)
}
