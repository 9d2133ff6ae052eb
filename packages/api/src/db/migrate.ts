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
 * `drizzle.__drizzle_migrations`, so running it again is a no-op.
 *
 * @example
 * ```ts
 * const handle = await createDb({ dataDir: './.data' })
 * await migrate(handle)
 * ```
 */
export async function migrate(handle: DbHandle): Promise<void> {
  const config = { migrationsFolder: migrationsFolder() }
  if (handle.driver === 'pglite') await migratePglite(handle.native, config)
  else await migrateNodePg(handle.native, config)
}

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
