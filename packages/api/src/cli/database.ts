import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'
import { createDb, dbOptionsFromEnv, type DbHandle } from '../db/client.ts'
import { migrationStatus } from '../db/migrate.ts'
import { CliError, type CliIo } from './io.ts'

/**
 * Parses a command's options strictly; a bad option is a usage error (exit 2).
 *
 * @example
 * ```ts
 * const { values } = parse(argv, { port: { type: 'string', default: '8787' } })
 * ```
 */
export function parse(argv: readonly string[], options: ParseArgsOptionsConfig) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: false, strict: true })
  } catch (error) {
    throw new CliError((error as Error).message.split('\n')[0] ?? 'bad arguments', 2)
  }
}

/**
 * Opens the database named by DATABASE_URL or CSP_DATA_DIR and checks that it answers; a
 * failure is a one-line error naming which database.
 *
 * @example
 * ```ts
 * const handle = await openDb(io)
 * try { … } finally { await handle.close() }
 * ```
 */
export async function openDb(io: CliIo): Promise<DbHandle> {
  const options = dbOptionsFromEnv(io.env ?? process.env, io.cwd)
  let handle: DbHandle | undefined
  try {
    handle = await createDb(options)
    await migrationStatus(handle) // the first query: fails here when the server is unreachable
    return handle
  } catch (error) {
    await handle?.close().catch(() => {})
    const where = options.databaseUrl ? 'DATABASE_URL' : `the data directory ${options.dataDir}`
    throw new CliError(`cannot open the database (${where}): ${rootMessage(error)}`)
  }
}

// drizzle wraps driver errors ("Failed query: …"); the driver's own message says what happened.
function rootMessage(error: unknown): string {
  let current = error
  while (current instanceof Error && current.cause instanceof Error) current = current.cause
  const message = current instanceof Error ? current.message : String(current)
  return message.split('\n')[0] || 'unknown error'
}

/**
 * Refuses to go on when `csp migrate` has not brought the database up to date.
 *
 * @example
 * ```ts
 * await requireMigrated(handle)
 * ```
 */
export async function requireMigrated(handle: DbHandle): Promise<void> {
  const { applied, available } = await migrationStatus(handle)
  if (applied < available) {
    throw new CliError(
      `the database has ${applied} of ${available} migrations; run 'csp migrate' first`
    )
  }
}
