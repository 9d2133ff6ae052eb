// `@csp/api/testing`: the real API for other packages' tests (the portal's and the widget's),
// so they use a published entry instead of reaching into this package's source.
import { defaultThresholdPolicy, defaultTimescales, southDerbyshirePlan } from '@csp/domain'
import { createApp, nodeLaneOf, type AppType } from './app.ts'
import { saveCaseReviewSettings } from './casework/settings.ts'
import { systemClock } from './clock.ts'
import type { AppConfigInput } from './config.ts'
import { createDb } from './db/client.ts'
import { migrate } from './db/migrate.ts'
import { saveCrimeTable } from './db/repositories/crime-tables.ts'
import { listUsers } from './db/repositories/people.ts'
import { defaultSeedSteps, seed } from './db/seed.ts'
import type { SeedStep } from './db/seed-step.ts'
import { startServer } from './server.ts'

export { totpCode } from './auth/totp.ts'
export { streetHeader, streetLine, type GeneratedRow } from './test/police-uk-files.ts'
export { createNotifier, notifierSettingsFromEnv } from './notifications/notifier.ts'
export type { CrimeTableView } from './views/crime-table.ts'
export type { SeedStep } from './db/seed-step.ts'
export type { AppConfigInput } from './config.ts'
export type { Clock } from './clock.ts'
export type { Db } from './db/client.ts'

/** What {@link startTestApi} starts. */
export interface TestApiOptions {
  /** The first admin (`CSP_ADMIN_EMAIL`/`CSP_ADMIN_PASSWORD`); none without it. */
  admin?: { email: string; password: string }
  /** Seed steps run after the plan and the admin, e.g. {@link incompleteYearStep}. */
  steps?: readonly SeedStep[]
  /** Overrides of the API's configuration (default: a logger that writes nothing). */
  config?: AppConfigInput
  /** Answers a request before the API does (e.g. a built script); `undefined` passes it on. */
  serve?: (request: Request) => Response | undefined
}

/** A running test API; `url` ends without a slash, e.g. `http://127.0.0.1:41234`. */
export interface TestApi {
  url: string
  app: AppType
  close(): Promise<void>
}

/**
 * Starts the API on 127.0.0.1 with a free port, on an in-memory PGlite migrated and seeded
 * with the South Derbyshire plan (and the first admin, when given).
 *
 * @example
 * ```ts
 * const api = await startTestApi({ admin: { email: 'admin@example.org', password: '…' } })
 * await fetch(`${api.url}/v1/areas`)
 * await api.close()
 * ```
 */
export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const handle = await createDb()
  await migrate(handle)
  const env = options.admin
    ? { CSP_ADMIN_EMAIL: options.admin.email, CSP_ADMIN_PASSWORD: options.admin.password }
    : {}
  await seed(handle.db, {
    clock: systemClock,
    env,
    steps: [...defaultSeedSteps(), ...(options.steps ?? [])],
  })
  const app = createApp({ db: handle.db, config: { logger: () => {}, ...options.config } })
  const serve = options.serve
  const server = await startServer({
    hostname: '127.0.0.1',
    port: 0,
    fetch: serve ? (request, env) => serve(request) ?? app.fetch(request, env) : app.fetch,
    answerFirst: nodeLaneOf(app),
    onShutdown: () => handle.close(),
    shutdownTimeoutMs: 2_000,
  })
  return { url: server.url, app, close: () => server.shutdown() }
}

/**
 * A seed step storing the plan's 2023 anti-social behaviour table again as 2024, marked
 * incomplete and without rates or trends: a second period to switch to, with an
 * incompleteness warning to show.
 *
 * @example
 * ```ts
 * await startTestApi({ steps: [incompleteYearStep()] })
 * ```
 */
export function incompleteYearStep(): SeedStep {
  return {
    name: 'incomplete-2024',
    async run(db) {
      const asb2023 = southDerbyshirePlan.crimeTables.find(
        (t) => t.measure === 'anti-social-behaviour' && t.period === '2023'
      )!
      await saveCrimeTable(
        db,
        {
          ...asb2023,
          period: '2024',
          from: '2024-01-01',
          to: '2024-12-31',
          rows: asb2023.rows.map((row) => ({ ...row, rate: null, trend: null })),
        },
        {
          origin: 'import',
          completeness: { complete: false, notes: ['No records for December 2024.'] },
          updatedAt: new Date(),
        }
      )
      return 'anti-social behaviour 2024 (incomplete)'
    },
  }
}

/**
 * A seed step saving the default case-review settings, with records kept since `since`, so
 * past years' returns can be counted from records. Needs the first admin (the settings'
 * author).
 *
 * @example
 * ```ts
 * await startTestApi({ admin, steps: [caseReviewSettingsStep('2019-04-01')] })
 * ```
 */
export function caseReviewSettingsStep(since: string): SeedStep {
  return {
    name: 'case-review-settings',
    async run(db) {
      const [firstAdmin] = await listUsers(db)
      if (!firstAdmin) throw new Error('caseReviewSettingsStep needs the first admin')
      await saveCaseReviewSettings(
        db,
        {
          thresholdPolicy: defaultThresholdPolicy,
          timescales: defaultTimescales,
          recordsKeptSince: since,
        },
        { actorId: firstAdmin.id, at: new Date() }
      )
      return `case-review records kept since ${since}`
    },
  }
}
