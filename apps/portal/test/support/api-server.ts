// The real CSP Toolkit API on an in-memory PGlite, seeded with the South Derbyshire plan and a
// first admin. @csp/api exports no app, so its source is imported by path. Run by Node itself in
// a process of its own (see api.ts): Vite's module runner, which loads Vitest's global
// setup, has no import.meta.resolve, which the API's widget routes use.
import { defaultThresholdPolicy, defaultTimescales, southDerbyshirePlan } from '@csp/domain'
import { createApp } from '../../../../packages/api/src/app.ts'
import { systemClock } from '../../../../packages/api/src/clock.ts'
import { saveCaseReviewSettings } from '../../../../packages/api/src/casework/settings.ts'
import { createDb } from '../../../../packages/api/src/db/client.ts'
import { migrate } from '../../../../packages/api/src/db/migrate.ts'
import { saveCrimeTable } from '../../../../packages/api/src/db/repositories/crime-tables.ts'
import { listUsers } from '../../../../packages/api/src/db/repositories/people.ts'
import { seed } from '../../../../packages/api/src/db/seed.ts'
import { startServer } from '../../../../packages/api/src/server.ts'
import {
  createNotifier,
  notifierSettingsFromEnv,
} from '../../../../packages/api/src/notifications/notifier.ts'
import { admin } from './accounts.ts'

export interface RunningApi {
  /** Without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string
  close(): Promise<void>
}

/**
 * Starts the API on 127.0.0.1 with a free port. Besides the seed, it stores one more ASB table
 * (2024, marked incomplete), so the figures page has a period to switch to and an
 * incompleteness warning to show, and says case-review records are kept from 1 April 2019, so
 * past years' returns can be counted from records and published.
 */
export async function startApi(
  env: Readonly<Record<string, string | undefined>> = process.env
): Promise<RunningApi> {
  const handle = await createDb()
  await migrate(handle)
  await seed(handle.db, {
    clock: systemClock,
    env: { CSP_ADMIN_EMAIL: admin.email, CSP_ADMIN_PASSWORD: admin.password },
  })
  const asb2023 = southDerbyshirePlan.crimeTables.find(
    (t) => t.measure === 'anti-social-behaviour' && t.period === '2023'
  )!
  await saveCrimeTable(
    handle.db,
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
  const [firstAdmin] = await listUsers(handle.db)
  await saveCaseReviewSettings(
    handle.db,
    {
      thresholdPolicy: defaultThresholdPolicy,
      timescales: defaultTimescales,
      recordsKeptSince: '2019-04-01',
    },
    { actorId: firstAdmin!.id, at: new Date() }
  )
  // Errors only: a failing API shows up in the test output, not just as a 500.
  const app = createApp({
    db: handle.db,
    config: {
      logger: (entry) => entry.level === 'error' && console.error(entry),
      // Every sign-in of the suite comes from 127.0.0.1, many as the one admin: the attempt
      // limits would stop the run, not a person. The lockout after failed attempts stays.
      // CSP_TEST_DEFAULT_LIMITS keeps the limits a deployment has (the lockout tests).
      auth: {
        ...(env['CSP_TEST_DEFAULT_LIMITS']
          ? {}
          : { rateLimit: { perEmail: 10_000, perIp: 10_000 } }),
        portalSecret: env['CSP_PORTAL_SECRET'],
      },
      // Every application of the suite comes from 127.0.0.1 too.
      ...(env['CSP_TEST_DEFAULT_LIMITS']
        ? {}
        : { applications: { perClient: 10_000, perPartnership: 10_000 } }),
      // Emails go to the suite's SMTP server (CSP_SMTP_URL), as a deployment's would.
      notifier: createNotifier(notifierSettingsFromEnv(env)),
    },
  })
  const server = await startServer({
    hostname: '127.0.0.1',
    port: 0,
    fetch: app.fetch,
    onShutdown: () => handle.close(),
    shutdownTimeoutMs: 2_000,
  })
  return { url: server.url, close: () => server.shutdown() }
}

// Started as a script: print the address, stop on SIGTERM.
if (import.meta.main) {
  const api = await startApi()
  process.stdout.write(`${JSON.stringify({ url: api.url })}\n`)
  process.once('SIGTERM', () => void api.close())
}
