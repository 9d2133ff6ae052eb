import { EventEmitter } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrationsFolder } from '../db/migrate.ts'
import { createScratchDatabase, testDatabases } from '../test/databases.ts'
import type { CliIo } from './io.ts'
import { runCli } from './run-cli.ts'

// Every helper's migration adds one; count the folder instead of hard-coding a number.
const n = readMigrationFiles({ migrationsFolder: migrationsFolder() }).length

function fakeIo(env: Record<string, string>) {
  const out: string[] = []
  const err: string[] = []
  const signals = new EventEmitter()
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    interactive: false,
    cwd: tmpdir(),
    now: () => 0,
    env,
    signals: signals as unknown as CliIo['signals'],
  }
  return { io, signals, stdout: () => out.join(''), stderr: () => err.join('') }
}

async function waitFor<T>(probe: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = probe()
    if (value !== undefined) return value
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`timed out waiting for ${what}`)
}

describe.each(testDatabases)('csp migrate, seed and serve on $name', (target) => {
  const env: Record<string, string> = {}
  let cleanup = async () => {}
  beforeAll(async () => {
    if (target.name === 'postgres' && target.url) {
      const scratch = await createScratchDatabase(target.url)
      env['DATABASE_URL'] = scratch.url
      cleanup = scratch.drop
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'csp-cli-'))
      env['CSP_DATA_DIR'] = dir
      cleanup = async () => rmSync(dir, { recursive: true, force: true })
    }
  })
  afterAll(() => cleanup())

  it('refuses to seed an unmigrated database', { timeout: 30_000 }, async () => {
    const run = fakeIo(env)
    expect(await runCli(['seed'], run.io)).toBe(1)
    expect(run.stderr()).toBe(
      `csp: the database has 0 of ${n} migrations; run 'csp migrate' first\n`
    )
  })

  it('migrates once, then reports the database up to date', { timeout: 30_000 }, async () => {
    const first = fakeIo(env)
    expect(await runCli(['migrate'], first.io)).toBe(0)
    expect(first.stdout()).toMatch(new RegExp(`^Applied ${n} migrations to `))
    const second = fakeIo(env)
    expect(await runCli(['migrate'], second.io)).toBe(0)
    expect(second.stdout()).toMatch(new RegExp(`is up to date \\(${n} migrations\\)\\.\\n$`))
  })

  it('seeds the plan, as often as asked', { timeout: 30_000 }, async () => {
    for (let i = 0; i < 2; i++) {
      const run = fakeIo(env)
      expect(await runCli(['seed'], run.io)).toBe(0)
      expect(run.stdout()).toMatch(
        /^Seeded plan: South Derbyshire CSP Partnership Plan 2023-26: 6 crime tables/
      )
    }
  })

  it('serves the seeded data until SIGTERM, then stops cleanly', { timeout: 30_000 }, async () => {
    const run = fakeIo(env)
    const exit = runCli(['serve', '--port', '0'], run.io)
    const lines = () =>
      run
        .stdout()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    const listening = await waitFor(() => lines().find((l) => l.msg === 'listening'), 'listening')
    expect(listening.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const res = await fetch(`${listening.url}/v1/crime-tables`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(6)
    run.signals.emit('SIGTERM')
    expect(await exit).toBe(0)
    expect(lines().map((l) => l.msg)).toEqual(['listening', 'request', 'shutting down', 'stopped'])
    expect(lines()[1]).toMatchObject({ method: 'GET', path: '/v1/crime-tables', status: 200 })
  })
})

describe('csp serve, migrate and seed errors', () => {
  it('rejects a bad port as a usage error', async () => {
    const run = fakeIo({})
    expect(await runCli(['serve', '--port', 'eighty'], run.io)).toBe(2)
    expect(run.stderr()).toBe('csp: --port must be a whole number from 0 to 65535, got "eighty"\n')
  })

  it('says which database it could not open', async () => {
    const run = fakeIo({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' })
    expect(await runCli(['migrate'], run.io)).toBe(1)
    expect(run.stderr()).toMatch(/^csp: cannot open the database \(DATABASE_URL\): .*ECONNREFUSED/)
  })

  it('rejects unknown options', async () => {
    const run = fakeIo({})
    expect(await runCli(['migrate', '--force'], run.io)).toBe(2)
    expect(run.stderr()).toMatch(/^csp: Unknown option '--force'/)
  })
})
