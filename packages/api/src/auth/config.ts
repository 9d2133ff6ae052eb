import { defaultScryptParams, type ScryptParams } from './passwords.ts'

/** Sign-in, token and lockout settings (see {@link resolveAuthConfig} for the defaults). */
export interface AuthConfig {
  /** How long a token lives. */
  tokenTtlSeconds: number
  /** Consecutive failed sign-ins of one email that lock it, and for how long. */
  lockout: { failures: number; seconds: number }
  /** Sign-in attempts allowed per email and per client IP in each fixed window. */
  rateLimit: { windowSeconds: number; perEmail: number; perIp: number }
  /** scrypt cost for new password hashes. */
  passwordHashing: ScryptParams
  /**
   * Take the client IP from the last `X-Forwarded-For` entry (the one the proxy in front of
   * the API added). Only behind a proxy: otherwise a client could claim any address.
   */
  trustProxy: boolean
}

/** A partial auth config; missing fields take the defaults. */
export type AuthConfigInput = Partial<
  Omit<AuthConfig, 'lockout' | 'rateLimit' | 'passwordHashing'>
> & {
  lockout?: Partial<AuthConfig['lockout']>
  rateLimit?: Partial<AuthConfig['rateLimit']>
  passwordHashing?: Partial<ScryptParams>
}

/**
 * Fills in the defaults: 8-hour tokens; 5 consecutive failures lock an email for 15 minutes;
 * 20 attempts per email and 100 per IP in 15 minutes (an office shares one IP); OWASP scrypt.
 *
 * @example
 * ```ts
 * resolveAuthConfig({ lockout: { failures: 3 } }).lockout //=> { failures: 3, seconds: 900 }
 * ```
 */
export function resolveAuthConfig(input: AuthConfigInput = {}): AuthConfig {
  return {
    tokenTtlSeconds: input.tokenTtlSeconds ?? 8 * 60 * 60,
    lockout: { failures: 5, seconds: 15 * 60, ...input.lockout },
    rateLimit: { windowSeconds: 15 * 60, perEmail: 20, perIp: 100, ...input.rateLimit },
    passwordHashing: { ...defaultScryptParams, ...input.passwordHashing },
    trustProxy: input.trustProxy ?? false,
  }
}

const positive = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined || value.trim() === '') return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`${name} must be a whole number above 0`)
  return n
}

/**
 * Reads the settings `csp serve` takes from the environment: CSP_TOKEN_TTL_MINUTES,
 * CSP_LOCKOUT_FAILURES, CSP_LOCKOUT_MINUTES and CSP_TRUST_PROXY (`true` behind a proxy).
 *
 * @example
 * ```ts
 * authConfigFromEnv({ CSP_TOKEN_TTL_MINUTES: '60', CSP_TRUST_PROXY: 'true' })
 * //=> { tokenTtlSeconds: 3600, lockout: {}, trustProxy: true }
 * ```
 */
export function authConfigFromEnv(env: Readonly<Record<string, string | undefined>>) {
  const ttl = positive('CSP_TOKEN_TTL_MINUTES', env['CSP_TOKEN_TTL_MINUTES'])
  const failures = positive('CSP_LOCKOUT_FAILURES', env['CSP_LOCKOUT_FAILURES'])
  const minutes = positive('CSP_LOCKOUT_MINUTES', env['CSP_LOCKOUT_MINUTES'])
  const input: AuthConfigInput = { lockout: {} }
  if (ttl !== undefined) input.tokenTtlSeconds = ttl * 60
  if (failures !== undefined) input.lockout = { ...input.lockout, failures }
  if (minutes !== undefined) input.lockout = { ...input.lockout, seconds: minutes * 60 }
  const proxy = env['CSP_TRUST_PROXY']?.trim().toLowerCase()
  if (proxy !== undefined && proxy !== '') input.trustProxy = proxy === 'true' || proxy === '1'
  return input
}
