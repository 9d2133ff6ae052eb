import { createNotifier, notifierSettingsFromEnv } from '../notifications/notifier.ts'
import { createApp, nodeLaneOf } from '../app.ts'
import { authConfigFromEnv } from '../auth/config.ts'
import { systemClock } from '../clock.ts'
import { publicationConfigFromEnv } from '../config.ts'
import { migrate, migrationStatus } from '../db/migrate.ts'
import { defaultSeedSteps, planSeedStep, seed, SeedError, type SeedStep } from '../db/seed.ts'
import { adminSeedStep } from '../db/seed-admin.ts'
import { planFileArgument } from './plan.ts'
import { jsonLogger } from '../http/logger.ts'
import { startServer } from '../server.ts'
import { openDb, parse, requireMigrated } from './database.ts'
import { CliError, type CliIo } from './io.ts'

/**
 * `csp migrate`: applies pending migrations to the database named by DATABASE_URL, or to the
 * embedded one in CSP_DATA_DIR (default ./.data). Running it again changes nothing.
 *
 * @example
 * ```sh
 * DATABASE_URL=postgres://csp@db/csp csp migrate
 * # Applied 1 migration to postgres://csp@db/csp.
 * ```
 */
export async function migrateCommand(argv: readonly string[], io: CliIo): Promise<void> {
  parse(argv, {})
  const handle = await openDb(io)
  try {
    const before = await migrationStatus(handle)
    await migrate(handle)
    const after = await migrationStatus(handle)
    const applied = after.applied - before.applied
    io.stdout(
      applied === 0
        ? `Database ${handle.location} is up to date (${after.applied} migration${after.applied === 1 ? '' : 's'}).\n`
        : `Applied ${applied} migration${applied === 1 ? '' : 's'} to ${handle.location}.\n`
    )
  } finally {
    await handle.close()
  }
}

/**
 * `csp seed [--plan FILE.json]`: loads the plan (default the South Derbyshire 2023-26 plan file) and creates the first admin from
 * CSP_ADMIN_EMAIL / CSP_ADMIN_PASSWORD (when set). Idempotent. `steps` is the seam for more.
 *
 * @example
 * ```sh
 * csp seed
 * # Seeded plan: South Derbyshire CSP Partnership Plan 2023-26: 6 crime tables, …
 * ```
 */
export async function seedCommand(
  argv: readonly string[],
  io: CliIo,
  defaultSteps: readonly SeedStep[] = defaultSeedSteps()
): Promise<void> {
  const { values } = parse(argv, { plan: { type: 'string' } })
  const steps =
    values.plan === undefined
      ? defaultSteps
      : [planSeedStep(await planFileArgument(String(values.plan), io)), adminSeedStep()]
  const handle = await openDb(io)
  try {
    await requireMigrated(handle)
    const env = io.env ?? process.env
    const results = await seed(handle.db, { steps, clock: systemClock, env }).catch((error) => {
      throw error instanceof SeedError ? new CliError(error.message) : error
    })
    for (const { step, summary } of results) io.stdout(`Seeded ${step}: ${summary}\n`)
  } finally {
    await handle.close()
  }
}

/**
 * `csp serve [--port 8787] [--host 127.0.0.1] [--migrate]`: runs the API until SIGINT or
 * SIGTERM (auth settings from CSP_TOKEN_TTL_MINUTES, CSP_LOCKOUT_FAILURES, CSP_LOCKOUT_MINUTES
 * and CSP_TRUST_PROXY; the public suppression threshold from CSP_SUPPRESSION_THRESHOLD), then stops accepting connections, lets in-flight requests finish and closes the
 * database. Logs are JSON lines on stdout. A second signal during shutdown kills the process
 * (the handlers are one-shot, so Node's default applies).
 *
 * @example
 * ```sh
 * csp serve --port 8787 --host 0.0.0.0
 * # {"time":"…","level":"info","msg":"listening","url":"http://0.0.0.0:8787","database":"pglite"}
 * ```
 */
export async function serveCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const { values } = parse(argv, {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    migrate: { type: 'boolean', default: false },
  })
  const port = Number(values['port'])
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new CliError(`--port must be a whole number from 0 to 65535, got "${values['port']}"`, 2)
  }
  let auth
  let publication
  let notifier
  try {
    auth = authConfigFromEnv(io.env ?? process.env)
    publication = publicationConfigFromEnv(io.env ?? process.env)
    notifier = createNotifier(notifierSettingsFromEnv(io.env ?? process.env))
  } catch (error) {
    throw new CliError((error as Error).message, 2)
  }
  const handle = await openDb(io)
  const logger = jsonLogger(io.stdout)
  try {
    if (values['migrate'] === true) await migrate(handle)
    await requireMigrated(handle)
  } catch (error) {
    await handle.close()
    throw error
  }
  const app = createApp({
    db: handle.db,
    clock: systemClock,
    config: { logger, auth, ...publication, notifier },
    changes: handle.changes,
  })
  const hostname = String(values['host'])
  const server = await startServer({
    fetch: app.fetch,
    answerFirst: nodeLaneOf(app),
    port,
    hostname,
    onShutdown: handle.close,
  }).catch(async (error: Error) => {
    await handle.close()
    throw new CliError(`cannot listen on ${hostname}:${port}: ${error.message}`)
  })
  const time = () => systemClock.now().toISOString()
  logger({
    time: time(),
    level: 'info',
    msg: 'listening',
    url: server.url,
    database: handle.driver,
  })
  const signals = io.signals ?? process
  const signal = await new Promise<string>((resolve) => {
    const onInt = () => done('SIGINT')
    const onTerm = () => done('SIGTERM')
    const done = (name: string) => {
      signals.off('SIGINT', onInt)
      signals.off('SIGTERM', onTerm)
      resolve(name)
    }
    signals.once('SIGINT', onInt)
    signals.once('SIGTERM', onTerm)
  })
  logger({ time: time(), level: 'info', msg: 'shutting down', signal })
  await server.shutdown()
  logger({ time: time(), level: 'info', msg: 'stopped' })
}
