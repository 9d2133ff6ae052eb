// The test harness: one database per test FILE (PGlite takes 3–4 s to start on two cores),
// migrated once; the same suites run against PostgreSQL too when DATABASE_URL is set.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'
import { createApp } from '../app.ts'
import { fixedClock } from '../clock.ts'
import type { AuthConfigInput } from '../auth/config.ts'
import type { Clock } from '../clock.ts'
import type { AppConfigInput } from '../config.ts'
import { createDb, type Db, type DbHandle } from '../db/client.ts'
import { migrate } from '../db/migrate.ts'
import type { ReadModel } from '../read-model/read-model.ts'
import { seed } from '../db/seed.ts'
import { silentLogger } from '../http/logger.ts'

/** A database engine the suites run on. */
export interface TestDatabase {
  name: 'pglite' | 'postgres'
  /** For PostgreSQL: the server to create scratch databases on. */
  url?: string
}

/**
 * PGlite always; PostgreSQL as well when DATABASE_URL is set. Use with `describe.each`:
 *
 * @example
 * ```ts
 * describe.each(testDatabases)('crime tables on $name', (target) => {
 *   const t = useTestDb(target)
 *   it('lists tables', async () => expect((await t.app().request('/v1/crime-tables')).status).toBe(200))
 * })
 * ```
 */
export const testDatabases: readonly TestDatabase[] = [
  { name: 'pglite' },
  ...(process.env['DATABASE_URL']
    ? [{ name: 'postgres' as const, url: process.env['DATABASE_URL'] }]
    : []),
]

/** The clock every test app uses. */
export const testClock = fixedClock('2025-06-01T09:00:00Z')

/** Cheap Argon2id (well under 1 ms instead of 65), so suites can sign in often. */
export const testAuthConfig = {
  passwordHashing: { memoryKiB: 64, passes: 1, parallelism: 1 },
} as const satisfies AuthConfigInput

const testConfig = (config: AppConfigInput): AppConfigInput => ({
  logger: silentLogger,
  ...config,
  auth: { ...testAuthConfig, ...config.auth },
})

/**
 * Creates an empty PostgreSQL database on the server at `url` and returns its URL and a drop
 * function. Isolation is by database, not by schema: drizzle-kit writes foreign keys as
 * `REFERENCES "public".…`, so the migrations cannot run in another schema.
 */
export async function createScratchDatabase(url: string) {
  const name = `csp_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    await admin.query(`create database "${name}"`)
  } finally {
    await admin.end()
  }
  const scratch = new URL(url)
  scratch.pathname = `/${name}`
  return {
    url: scratch.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        await client.query(`drop database if exists "${name}" with (force)`)
      } finally {
        await client.end()
      }
    },
  }
}

/** Options for {@link useTestDb}. */
export interface UseTestDbOptions {
  /** Apply the migrations (default true). */
  migrate?: boolean
  /** Load the South Derbyshire plan (default true; implies migrate). */
  seed?: boolean
}

/** The database of one test file, available inside tests (after `beforeAll`). */
export interface TestDb {
  readonly handle: DbHandle
  readonly db: Db
  /**
   * Another connection pool on the same database, as a second API instance would have (closed
   * after the file). PGlite serves one connection, so there it is the same handle.
   */
  openAnother(): Promise<DbHandle>
  /**
   * A fresh app on this database: silent logger, cheap hashing, the fixed test clock, and the
   * database's change feed (or the read model given).
   */
  app(config?: AppConfigInput, clock?: Clock, readModel?: ReadModel): ReturnType<typeof createApp>
}

/**
 * Opens a database for the current `describe` block in `beforeAll` (in-memory PGlite, or a
 * scratch database on the PostgreSQL server), migrates and seeds it, and closes (and drops) it
 * in `afterAll`; an unclosed PGlite keeps the test process alive.
 */
export function useTestDb(target: TestDatabase, options: UseTestDbOptions = {}): TestDb {
  const { seed: seeded = true } = options
  const migrated = seeded || options.migrate !== false
  let handle: DbHandle | undefined
  let drop: (() => Promise<void>) | undefined
  let scratchUrl: string | undefined
  const others: DbHandle[] = []
  beforeAll(async () => {
    if (target.name === 'postgres') {
      if (!target.url) throw new Error('the postgres target needs a url')
      const scratch = await createScratchDatabase(target.url)
      drop = scratch.drop
      scratchUrl = scratch.url
      handle = await createDb({ databaseUrl: scratch.url, maxConnections: 4 })
    } else {
      handle = await createDb()
    }
    if (migrated) await migrate(handle)
    if (seeded) await seed(handle.db, { clock: testClock, env: {} })
  }, 60_000)
  afterAll(async () => {
    for (const other of others) await other.close()
    await handle?.close()
    await drop?.()
  })
  const open = () => {
    if (!handle) throw new Error('the test database is opened in beforeAll; use it inside tests')
    return handle
  }
  return {
    get handle() {
      return open()
    },
    get db() {
      return open().db
    },
    async openAnother() {
      if (!scratchUrl) return open()
      const other = await createDb({ databaseUrl: scratchUrl, maxConnections: 4 })
      others.push(other)
      return other
    },
    app: (config = {}, clock = testClock, readModel) =>
      createApp({
        db: open().db,
        clock,
        config: testConfig(config),
        changes: open().changes,
        readModel,
      }),
  }
}

/**
 * A stand-in database for routes that never touch it (areas, measures, duties, middleware):
 * any use throws, so a test fails loudly if a route starts to query.
 */
export const noDb = new Proxy({} as Db, {
  get(_target, property) {
    throw new Error(`this test has no database (used db.${String(property)})`)
  },
})

/**
 * An app over {@link noDb}, for tests that need no database.
 *
 * @example
 * ```ts
 * const res = await appWithoutDb().request('/v1/areas')
 * ```
 */
export function appWithoutDb(config: AppConfigInput = {}) {
  return createApp({ db: noDb, clock: testClock, config: testConfig(config) })
}
