import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { drizzle as drizzleNodePg, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite, type PgliteDatabase } from 'drizzle-orm/pglite'
import pg from 'pg'
import { pgliteChangeFeed, postgresChangeFeed, type ChangeFeed } from './change-feed.ts'
import { lockDataDirectory } from './directory-lock.ts'
import * as schema from './schema/index.ts'
import { readModelChannel } from './schema/read-model.ts'

/** The schema as one object, for drizzle's relational queries and the database type. */
export { schema }

/**
 * The database as repository code sees it: drizzle over PostgreSQL, whichever driver is behind
 * it. Typed on the generic `PgDatabase` so one code path serves PGlite and node-postgres (a
 * transaction is a `Db` too).
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>

/** Which engine a {@link DbHandle} talks to. */
export type DbDriver = 'pglite' | 'postgres'

/**
 * An open database: the drizzle instance, which driver it uses, and how to close it. Pass it
 * to {@link migrate} (./migrate.ts) and pass `handle.db` to `createApp`.
 */
export type DbHandle =
  | {
      readonly driver: 'pglite'
      readonly db: Db
      /** Where the data lives: a directory, or `memory`. */
      readonly location: string
      /** The driver-specific instance, for the driver-specific migrator. */
      readonly native: PgliteDatabase<typeof schema>
      /** Notifications of changed public data (see src/read-model/), opened on first use. */
      readonly changes: ChangeFeed
      close(): Promise<void>
    }
  | {
      readonly driver: 'postgres'
      readonly db: Db
      readonly location: string
      readonly native: NodePgDatabase<typeof schema>
      /** The connection pool, for work that needs one session (an advisory lock). */
      readonly pool: pg.Pool
      readonly changes: ChangeFeed
      close(): Promise<void>
    }

/** Options for {@link createDb}. */
export interface CreateDbOptions {
  /** A PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string | undefined
  /** Directory for the embedded database (PGlite keeps its files in `<dataDir>/pglite`). */
  dataDir?: string | undefined
  /** Pool size for PostgreSQL (default 10). */
  maxConnections?: number | undefined
  /**
   * PGlite's buffer pool (PostgreSQL's `shared_buffers`), default 16MB. PostgreSQL's own default
   * of 128MB is touched at start in PGlite's WebAssembly memory and stays resident: the
   * embedded API used 120 MB less with 16MB, which holds a district's working set.
   */
  pgliteSharedBuffers?: string | undefined
}

/**
 * Opens the database: PostgreSQL through a pg Pool when `databaseUrl` is set, otherwise
 * PGlite in `dataDir`, otherwise PGlite in memory (tests). Nothing is migrated here.
 * `dataDir` is created readable by its owner only (0700, and its `pglite` folder is kept so),
 * and is locked for this handle until it is closed: a second process (or handle) is refused
 * with a `DataDirectoryLockedError` naming the holder's pid (./directory-lock.ts).
 *
 * @example
 * ```ts
 * const handle = await createDb({ dataDir: './.data' })
 * await migrate(handle)
 * const app = createApp({ db: handle.db })
 * // … on shutdown
 * await handle.close()
 * ```
 */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.maxConnections ?? 10,
    })
    // An idle client losing its connection must not crash the process; the next query reports it.
    pool.on('error', () => {})
    const native = drizzleNodePg({ client: pool, schema })
    const changes = postgresChangeFeed(options.databaseUrl, readModelChannel)
    let closed: Promise<void> | undefined
    return {
      driver: 'postgres',
      db: native,
      native,
      pool,
      changes,
      location: redactUrl(options.databaseUrl),
      close: () => (closed ??= changes.close().then(() => pool.end())),
    }
  }
  let location = 'memory'
  const startParams = [
    ...PGlite.defaultStartParams,
    '-c',
    `shared_buffers=${options.pgliteSharedBuffers ?? '16MB'}`,
  ]
  let client: PGlite
  let unlock = () => {}
  if (options.dataDir) {
    const directory = resolve(options.dataDir)
    location = join(directory, 'pglite')
    // Case records and password hashes: for the owner only. A directory that exists already
    // keeps its mode (it may be shared on purpose); the database's own folder never does.
    if (!existsSync(directory)) mkdirSync(directory, { recursive: true, mode: 0o700 })
    unlock = lockDataDirectory(join(directory, 'pglite.lock'), directory)
    try {
      mkdirSync(location, { recursive: true, mode: 0o700 })
      chmodSync(location, 0o700)
      client = await PGlite.create(location, { startParams })
    } catch (error) {
      unlock()
      throw error
    }
  } else {
    client = await PGlite.create({ startParams })
  }
  const native = drizzlePglite({ client: takingTurns(client), schema })
  const changes = pgliteChangeFeed(client, readModelChannel)
  let closed: Promise<void> | undefined
  return {
    driver: 'pglite',
    db: native,
    native,
    changes,
    location,
    // PGlite keeps the event loop alive until closed; closing twice would throw.
    close: () =>
      (closed ??= changes
        .close()
        .then(() => client.close())
        .finally(unlock)),
  }
}

/**
 * Resolves the database options from the environment: `DATABASE_URL` for PostgreSQL, else
 * `CSP_DATA_DIR` (default `./.data`, relative to `cwd`) for PGlite.
 *
 * @example
 * ```ts
 * dbOptionsFromEnv({ DATABASE_URL: 'postgres://localhost/csp' }, '/srv')
 * //=> { databaseUrl: 'postgres://localhost/csp' }
 * dbOptionsFromEnv({}, '/srv') //=> { dataDir: '/srv/.data' }
 * ```
 */
export function dbOptionsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string
): CreateDbOptions {
  const databaseUrl = env['DATABASE_URL']?.trim()
  if (databaseUrl) return { databaseUrl }
  return { dataDir: resolve(cwd, env['CSP_DATA_DIR']?.trim() || '.data') }
}

/**
 * Checks that the database answers (`select 1`); rejects otherwise. Used by `/readyz`.
 *
 * @example
 * ```ts
 * await ping(handle.db)
 * ```
 */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`)
}

/**
 * PGlite runs each query synchronously on this thread, and a chain of awaited queries (a
 * transaction, a rebuild of many tables) continues in microtasks: the event loop would answer
 * no request until the whole chain was done (an import stalled /healthz for a second). Each
 * query here first lets the event loop take its turn, so requests that need no database (health,
 * public reads from memory) are answered between any two queries. It costs one setImmediate
 * per query.
 */
function takingTurns(client: PGlite): PGlite {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve))
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver) as unknown
        if (typeof value !== 'function') return value
        if (property === 'query' || property === 'exec') {
          return async (...args: unknown[]) => {
            await turn()
            return (value as (...a: unknown[]) => unknown).apply(object, args)
          }
        }
        if (property === 'transaction') {
          return (work: (tx: object) => Promise<unknown>) =>
            (value as (w: (tx: object) => Promise<unknown>) => unknown).call(object, (tx: object) =>
              work(wrap(tx))
            )
        }
        return (value as (...a: unknown[]) => unknown).bind(object)
      },
    })
  return wrap(client)
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'postgres'
  }
}
