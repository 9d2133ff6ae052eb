// The real CSP Toolkit API (`@csp/api/testing`) on an in-memory PGlite, seeded with the South
// Derbyshire plan and a first admin. Run by Node itself in a process of its own (see api.ts):
// Vite's module runner, which loads Vitest's global setup, has no import.meta.resolve, which
// the API's widget routes use.
import {
  caseReviewSettingsStep,
  createNotifier,
  incompleteYearStep,
  notifierSettingsFromEnv,
  startTestApi,
} from '@csp/api/testing'
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
  const api = await startTestApi({
    admin,
    steps: [incompleteYearStep(), caseReviewSettingsStep('2019-04-01')],
    config: {
      // Errors only: a failing API shows up in the test output, not just as a 500.
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
  return { url: api.url, close: api.close }
}

// Started as a script: print the address, stop on SIGTERM.
if (import.meta.main) {
  const api = await startApi()
  process.stdout.write(`${JSON.stringify({ url: api.url })}\n`)
  process.once('SIGTERM', () => void api.close())
}
