import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import type { DbHandle } from './client.ts'

/**
 * The folder of SQL migrations drizzle-kit generates (`packages/api/drizzle`). Found by walking
 * up from this module, because it runs both from `src/db/` (tests, `node src/…`) and bundled
 * into `dist/cli.js`.
 *
 * @example
 * ```ts
 * migrationsFolder() //=> '/…/packages/api/drizzle'
 * ```
 */
export function migrationsFolder(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'drizzle')
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate
    if (dirname(dir) === dir) throw new Error(`no drizzle migrations folder above ${from}`)
  }
}

/**
 * Applies every pending migration, on PGlite or PostgreSQL alike (the same SQL files, through
 * each driver's drizzle migrator). Applied migrations are recorded in
 * `drizzle.__drizzle_migrations`, so running it again is a no-op. On PostgreSQL it holds an
 * advisory lock meanwhile, so concurrent runs take turns.
 *
 * @example
 * ```ts
 * const handle = await createDb({ dataDir: './.data' })
 * await migrate(handle)
 * ```
 */
export async function migrate(handle: DbHandle): Promise<void> {
  const config = { migrationsFolder: migrationsFolder() }
  if (handle.driver === 'pglite') {
    // One process per data directory (the directory lock): nothing else can be migrating.
    await migratePglite(handle.native, config)
    return
  }
  // Two `csp migrate` (or `csp serve --migrate`) at once on one PostgreSQL database would both
  // create drizzle's table and apply the same files: one waits for the other's lock, then
  // finds everything applied.
  const lock = await handle.pool.connect()
  try {
    await lock.query('select pg_advisory_lock($1)', [migrationLockKey])
    try {
      await migrateNodePg(handle.native, config)
    } finally {
      await lock.query('select pg_advisory_unlock($1)', [migrationLockKey])
    }
  } finally {
    lock.release()
  }
}

/** The advisory lock key migrations hold on PostgreSQL (any fixed 64-bit number: "csp-migr"). */
export const migrationLockKey = '7166194772488054642'

/** How far a database is migrated. */
export interface MigrationStatus {
  /** Migrations recorded as applied in the database. */
  applied: number
  /** Migrations in the folder. */
  available: number
}

/**
 * Counts applied and available migrations, so `csp serve` and `csp seed` can refuse to run on
 * a database that `csp migrate` has not brought up to date.
 *
 * @example
 * ```ts
 * await migrationStatus(handle) //=> { applied: 1, available: 1 }
 * ```
 */
export async function migrationStatus(handle: DbHandle): Promise<MigrationStatus> {
  const available = readMigrationFiles({ migrationsFolder: migrationsFolder() }).length
  const { rows } = (await handle.db.execute(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`
  )) as unknown as { rows: { present: boolean }[] }
  if (!rows[0]?.present) return { applied: 0, available }
  const counted = (await handle.db.execute(
    sql`select count(*)::int as applied from drizzle.__drizzle_migrations`
  )) as unknown as { rows: { applied: number }[] }
  return { applied: counted.rows[0]?.applied ?? 0, available }
}
