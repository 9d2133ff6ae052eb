import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createDb } from '../db/client.ts'
import { useCliDatabase } from '../test/cli.ts'
import { testDatabases } from '../test/databases.ts'

const password = 'a long enough password'
const add = (email: string, ...extra: string[]) => [
  'users',
  'add',
  '--email',
  email,
  '--name',
  'Pat Analyst',
  '--role',
  'analyst',
  '--organisation',
  'south derbyshire district council',
  ...extra,
]

describe.each(testDatabases)('csp users add and csp audit verify on $name', (target) => {
  const cli = useCliDatabase(target)
  const admin = {
    CSP_ADMIN_EMAIL: 'admin@example.org',
    CSP_ADMIN_PASSWORD: 'the first admin password',
  }

  it(
    'seeds the first admin once, and says when there is none to seed',
    { timeout: 60_000 },
    async () => {
      expect((await cli.run(['migrate'])).code).toBe(0)
      const none = await cli.run(['seed'])
      expect(none.stdout).toContain(
        'Seeded admin: no admin created (set CSP_ADMIN_EMAIL and CSP_ADMIN_PASSWORD to create the first admin)\n'
      )
      const first = await cli.run(['seed'], { env: admin })
      expect(first.stdout).toContain(
        'Seeded admin: created the first admin admin@example.org (South Derbyshire District Council)\n'
      )
      const again = await cli.run(['seed'], {
        env: { ...admin, CSP_ADMIN_PASSWORD: 'a different password' },
      })
      expect(again.stdout).toContain(
        'Seeded admin: admin@example.org already exists (role admin); unchanged\n'
      )
      const short = await cli.run(['seed'], {
        env: { CSP_ADMIN_EMAIL: 'x@example.org', CSP_ADMIN_PASSWORD: 'short' },
      })
      expect(short).toMatchObject({
        code: 1,
        stderr: 'csp: CSP_ADMIN_PASSWORD: must be at least 12 characters\n',
      })
    }
  )

  it(
    'adds a user with the password from standard input or the environment',
    { timeout: 60_000 },
    async () => {
      const fromStdin = await cli.run(add('pat@example.org', '--password-stdin'), {
        stdin: `${password}\n`,
      })
      expect(fromStdin).toMatchObject({
        code: 0,
        stdout:
          'Added pat@example.org (analyst) to South Derbyshire District Council; they choose their own password when they first sign in.\n',
      })
      const fromEnv = await cli.run(add('Sam@Example.org'), {
        env: { CSP_NEW_USER_PASSWORD: password },
      })
      expect(fromEnv).toMatchObject({
        code: 0,
        stdout:
          'Added sam@example.org (analyst) to South Derbyshire District Council; they choose their own password when they first sign in.\n',
      })
    }
  )

  it('refuses what it cannot do, in one line', { timeout: 60_000 }, async () => {
    const cases: [string[], Record<string, string>, number, string][] = [
      [add('x@example.org', '--password', password), {}, 2, "csp: Unknown option '--password'"],
      [
        add('x@example.org'),
        {},
        2,
        'csp: give the password on standard input with --password-stdin, or in CSP_NEW_USER_PASSWORD',
      ],
      [
        add('x@example.org'),
        { CSP_NEW_USER_PASSWORD: 'short' },
        1,
        'csp: the password must be at least 12 characters',
      ],
      [
        add('pat@example.org'),
        { CSP_NEW_USER_PASSWORD: password },
        1,
        'csp: a user with the email pat@example.org already exists',
      ],
      [
        add('x@example.org').with(9, 'Nowhere'),
        { CSP_NEW_USER_PASSWORD: password },
        1,
        'csp: there is no organisation "Nowhere"; known: "South Derbyshire District Council"',
      ],
      [['users', 'add', '--email', 'x@example.org'], {}, 2, 'csp: --name is required'],
    ]
    for (const [argv, env, code, message] of cases) {
      const run = await cli.run(argv, { env })
      expect({ code: run.code, stderr: run.stderr }, argv.join(' ')).toEqual({
        code,
        stderr: `${message}\n`,
      })
    }
  })

  it(
    'verifies the audit chain, and names the first broken entry',
    { timeout: 60_000 },
    async () => {
      const ok = await cli.run(['audit', 'verify'])
      // Seeding: the plan's first revision (once, however often seed runs), the organisation and
      // the admin; then the two users added above.
      expect(ok).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/^Audit chain intact: 5 entries; head [0-9a-f]{64}\n$/),
      })
      const handle = await createDb(
        cli.env['DATABASE_URL']
          ? { databaseUrl: cli.env['DATABASE_URL'] }
          : { dataDir: cli.env['CSP_DATA_DIR'] }
      )
      try {
        await handle.db.execute(
          sql`alter table audit_log disable trigger audit_log_no_update_or_delete`
        )
        await handle.db.execute(
          sql`update audit_log set details = '{"role": "admin"}' where id = 3`
        )
      } finally {
        await handle.close()
      }
      const broken = await cli.run(['audit', 'verify'])
      expect(broken).toMatchObject({
        code: 1,
        stdout: '',
        stderr:
          'csp: audit chain broken at entry 3: entry 3 does not match its hash: it was edited\n',
      })
    }
  )
})
