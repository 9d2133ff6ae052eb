import { resolveAuthConfig, type AuthConfig, type AuthConfigInput } from './auth/config.ts'
import type { BodyLimits } from './http/body-limits.ts'
import { jsonLogger, type Logger } from './http/logger.ts'

/** How the app behaves; everything has a default (see {@link resolveConfig}). */
export interface AppConfig {
  /** Where request and error logs go (JSON lines on stdout by default). */
  logger: Logger
  /** Request body limits, default and per route prefix. */
  bodyLimits: BodyLimits
  /** `max-age` of public GETs, in seconds. */
  publicMaxAgeSeconds: number
  /** Tokens, sign-in limits, lockout and password hashing. */
  auth: AuthConfig
}

/** A partial config; missing fields take the defaults. */
export type AppConfigInput = Partial<Omit<AppConfig, 'bodyLimits' | 'auth'>> & {
  bodyLimits?: Partial<BodyLimits>
  auth?: AuthConfigInput
}

/**
 * Fills in defaults: JSON logs on stdout, 1 MiB bodies, 5-minute public caching, and the
 * auth defaults of `resolveAuthConfig`.
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
      routes: { ...input.bodyLimits?.routes },
    },
    publicMaxAgeSeconds: input.publicMaxAgeSeconds ?? 300,
    auth: resolveAuthConfig(input.auth),
  }
}
