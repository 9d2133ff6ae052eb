// One data directory, one process: while `csp serve` holds a PGlite directory, other commands
// are refused with one line naming it, instead of writing under it (the user was lost, and
// the server's inserts hung). Two `csp migrate` on an empty PostgreSQL database take turns.
import { describe, expect, it } from 'vitest'
import { createDb } from '../db/client.ts'
import { migrate, migrationStatus } from '../db/migrate.ts'
import { fakeIo, useCliDatabase } from '../test/cli.ts'
import { createScratchDatabase, testDatabases } from '../test/databases.ts'
import { runCli } from './run-cli.ts'

async function waitFor<T>(probe: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = probe()
    if (value !== undefined) return value
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`timed out waiting for ${what}`)
}

describe('commands beside csp serve on PGlite', () => {
  const cli = useCliDatabase({ name: 'pglite' })
  const add = [
    'users',
    'add',
    '--email',
    'pat@example.org',
    '--name',
    'Pat',
    '--role',
    'viewer',
    '--organisation',
    'south derbyshire district council',
    '--password-stdin',
  ]

  it(
    'are refused while the server runs, then work once it has stopped',
    { timeout: 120_000 },
    async () => {
      expect((await cli.run(['migrate'])).code).toBe(0)
      const admin = {
        CSP_ADMIN_EMAIL: 'admin@example.org',
        CSP_ADMIN_PASSWORD: 'the first admin password',
      }
      expect((await cli.run(['seed'], { env: admin })).code).toBe(0)
      const serve = fakeIo(cli.env)
      const exit = runCli(['serve', '--port', '0'], serve.io)
      await waitFor(() => (serve.stdout().includes('"listening"') ? true : undefined), 'listening')
      try {
        for (const argv of [add, ['audit', 'verify'], ['migrate'], ['seed']]) {
          const refused = await cli.run(argv, { stdin: 'a long enough password\n' })
          expect(refused.code, argv.join(' ')).toBe(1)
          expect(refused.stdout).toBe('')
          const lines = refused.stderr.trimEnd().split('\n')
          expect(lines).toHaveLength(1)
          expect(lines[0]).toMatch(
            new RegExp(
              `^csp: cannot open the database \\(the data directory .+\\): .+ is in use by process ${process.pid} \\(`
            )
          )
        }
      } finally {
        serve.signals.emit('SIGTERM')
        expect(await exit).toBe(0)
      }
      const added = await cli.run(add, { stdin: 'a long enough password\n' })
      expect(added.code, added.stderr).toBe(0)
      expect((await cli.run(['audit', 'verify'])).code).toBe(0)
    }
  )
})

describe.each(testDatabases.filter((d) => d.name === 'postgres'))(
  'two migrations at once on $name',
  (target) => {
    it('take turns on an empty database, three times over', { timeout: 120_000 }, async () => {
      for (let trial = 0; trial < 3; trial += 1) {
        const scratch = await createScratchDatabase(target.url!)
        const a = await createDb({ databaseUrl: scratch.url, maxConnections: 2 })
        const b = await createDb({ databaseUrl: scratch.url, maxConnections: 2 })
        try {
          await Promise.all([migrate(a), migrate(b)])
          const status = await migrationStatus(a)
          expect(status.applied).toBe(status.available)
        } finally {
          await a.close()
          await b.close()
          await scratch.drop()
        }
      }
    })
  }
)
