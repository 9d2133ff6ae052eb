import { createHash, randomBytes } from 'node:crypto'
import { defaultSuppressionThreshold } from '@csp/domain'
import { readFileSync } from 'node:fs'
import { resolveAuthConfig, type AuthConfig, type AuthConfigInput } from './auth/config.ts'
import type { BodyLimits } from './http/body-limits.ts'
import { jsonLogger, type Logger } from './http/logger.ts'
import { notificationsOff, type Notifier } from './notifications/notifier.ts'

/** How the app behaves; everything has a default (see {@link resolveConfig}). */
export interface AppConfig {
  /** Where request and error logs go (JSON lines on stdout by default). */
  logger: Logger
  /** Request body limits, default and per route prefix. */
  bodyLimits: BodyLimits
  /** `max-age` of public GETs, in seconds. */
  publicMaxAgeSeconds: number
  /**
   * Public figures counted from case records hide counts from 1 to this − 1 (default 5, the
   * crime tables' rule: a LOCAL setting, from the partnership's data-sharing agreement).
   */
  suppressionThreshold: number
  /** Tokens, sign-in limits, lockout and password hashing. */
  auth: AuthConfig
  /** Import jobs: how often progress is written, and when a silent job is given up. */
  imports: ImportsConfig
  /** Limits of the public's online case-review applications (see {@link ApplicationsConfig}). */
  applications: ApplicationsConfig
  /** Sends applicants and the partnership their emails (default: off, nothing is sent). */
  notifier: Notifier
  /**
   * Names this build of the API in public ETags, so that a new release never answers 304 for
   * the bytes an older one sent (default: a hash of the running program's main file).
   */
  buildId: string
}

/** Settings of import jobs (see src/imports/). */
export interface ImportsConfig {
  /** Write rows/bytes to the job (and look for a cancellation) at most this often. */
  progressIntervalMs: number
  /** A job with no progress for this long is failed: its reader has gone. */
  staleAfterMs: number
}

/**
 * Online applications for an ASB Case Review: at most `perClient` from one source (an IPv4
 * address or IPv6 /64) and `perPartnership` from everyone together in each window, counted in
 * the database like sign-ins so every API instance shares the counts.
 */
export interface ApplicationsConfig {
  windowSeconds: number
  perClient: number
  perPartnership: number
}

/** The largest police.uk upload by default: 512 MiB, far above a force's yearly file. */
export const policeUkUploadLimit = 512 * 1024 * 1024

/** A partial config; missing fields take the defaults. */
export type AppConfigInput = Partial<
  Omit<AppConfig, 'bodyLimits' | 'auth' | 'imports' | 'applications'>
> & {
  bodyLimits?: Partial<BodyLimits>
  applications?: Partial<ApplicationsConfig>
  auth?: AuthConfigInput
  imports?: Partial<ImportsConfig>
}

/**
 * Fills in defaults: JSON logs on stdout, 1 MiB bodies (512 MiB police.uk uploads), 5-minute
 * public caching, the auth defaults of `resolveAuthConfig`, progress written every second.
 *
 * @example
 * ```ts
 * resolveConfig({ publicMaxAgeSeconds: 60 }).bodyLimits.default //=> 1048576
 * ```
 */
export function resolveConfig(input: AppConfigInput = {}): AppConfig {
  return {
    logger: input.logger ?? jsonLogger(),
    bodyLimits: {
      default: input.bodyLimits?.default ?? 1024 * 1024,
      routes: {
        '/v1/imports/police-uk': policeUkUploadLimit,
        // The public's applications: a few pages of text at most.
        '/v1/case-review-applications': 64 * 1024,
        ...input.bodyLimits?.routes,
      },
    },
    publicMaxAgeSeconds: input.publicMaxAgeSeconds ?? 300,
    suppressionThreshold: input.suppressionThreshold ?? defaultSuppressionThreshold,
    auth: resolveAuthConfig(input.auth),
    imports: { progressIntervalMs: 1000, staleAfterMs: 10 * 60_000, ...input.imports },
    applications: {
      windowSeconds: 60 * 60,
      perClient: 5,
      perPartnership: 200,
      ...input.applications,
    },
    buildId: input.buildId ?? defaultBuildId(),
    notifier: input.notifier ?? notificationsOff,
  }
}

/**
 * The publication settings `csp serve` reads from the environment: CSP_SUPPRESSION_THRESHOLD
 * (public counted figures hide counts from 1 to this − 1; default 5). Throws naming a bad value.
 *
 * @example
 * ```ts
 * publicationConfigFromEnv({ CSP_SUPPRESSION_THRESHOLD: '10' }) //=> { suppressionThreshold: 10 }
 * publicationConfigFromEnv({}) //=> {}
 * ```
 */
export function publicationConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>
): Pick<AppConfigInput, 'suppressionThreshold'> {
  const raw = env['CSP_SUPPRESSION_THRESHOLD']?.trim()
  if (!raw) return {}
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || value < 1 || value > 100) {
    throw new RangeError(
      `CSP_SUPPRESSION_THRESHOLD must be a whole number from 1 to 100, got "${raw}"`
    )
  }
  return { suppressionThreshold: value }
}

let programBuildId: string | undefined

// One hash per process: `dist/cli.js` holds the whole API, so any change to it changes this.
function defaultBuildId(): string {
  if (programBuildId !== undefined) return programBuildId
  let bytes: Buffer
  try {
    bytes = readFileSync(process.argv[1] ?? '')
  } catch {
    bytes = randomBytes(16)
  }
  return (programBuildId = createHash('sha256').update(bytes).digest('hex').slice(0, 8))
}
