import { trustedProxies } from './client-address.ts'
import { defaultPasswordHashing, type PasswordHashing } from './passwords.ts'

/** Sign-in, token and lockout settings (see {@link resolveAuthConfig} for the defaults). */
export interface AuthConfig {
  /** How long a token lives. */
  tokenTtlSeconds: number
  /**
   * Consecutive failed sign-ins of one email from one source (an IPv4 address or an IPv6 /64)
   * that lock that email for that source, and for how long. Other sources are not affected, so
   * a stranger's guesses never lock the owner out.
   */
  lockout: { failures: number; seconds: number }
  /**
   * Sign-in attempts allowed in each fixed window: per email from all sources together (a bound
   * on guessing spread over many addresses), and per source.
   */
  rateLimit: { windowSeconds: number; perEmail: number; perIp: number }
  /** Argon2id's cost for new password hashes. */
  passwordHashing: PasswordHashing
  /**
   * Proxies (addresses or CIDR ranges) whose right-most `X-Forwarded-For` entry is taken as the
   * client's address; empty for none. Only connections from these proxies are believed.
   */
  trustProxy: readonly string[]
  /**
   * The secret shared with the portal (CSP_PORTAL_SECRET): the portal signs each sign-in's
   * client address with it, and only a signed address is believed.
   */
  portalSecret?: string | undefined
  /** How long the second step of a two-factor sign-in may take. */
  signInChallengeSeconds: number
  /**
   * The file `npm start` keeps the generated first admin's password in; it is deleted once
   * that password is no longer in use (see src/auth/first-admin-file.ts).
   */
  firstAdminPasswordFile?: string | undefined
}

/** A partial auth config; missing fields take the defaults. */
export type AuthConfigInput = Partial<
  Omit<AuthConfig, 'lockout' | 'rateLimit' | 'passwordHashing' | 'trustProxy'>
> & {
  lockout?: Partial<AuthConfig['lockout']>
  rateLimit?: Partial<AuthConfig['rateLimit']>
  passwordHashing?: Partial<PasswordHashing>
  /** `true` trusts a proxy on the same host (loopback); or the proxies' addresses and ranges. */
  trustProxy?: boolean | readonly string[]
}

/** What `trustProxy: true` stands for: a proxy on the same machine. */
export const loopbackProxies = ['127.0.0.0/8', '::1/128'] as const

/** The shortest portal secret accepted: 32 characters (e.g. `openssl rand -base64 32`). */
export const minPortalSecretLength = 32

/**
 * Fills in the defaults: 8-hour tokens; 5 consecutive failures lock an email for 15 minutes for
 * the source they came from; 100 attempts per email and 100 per source in 15 minutes (an office
 * shares one address; 100 is the most NIST SP 800-63B §5.2.2 allows an account); OWASP's Argon2id;
 * 5 minutes for a two-factor code. Throws a RangeError for a bad proxy entry or a short secret.
 *
 * @example
 * ```ts
 * resolveAuthConfig({ lockout: { failures: 3 } }).lockout //=> { failures: 3, seconds: 900 }
 * ```
 */
export function resolveAuthConfig(input: AuthConfigInput = {}): AuthConfig {
  const proxies =
    input.trustProxy === true ? [...loopbackProxies] : input.trustProxy ? [...input.trustProxy] : []
  trustedProxies(proxies)
  if (input.portalSecret !== undefined && input.portalSecret.length < minPortalSecretLength) {
    throw new RangeError(
      `CSP_PORTAL_SECRET must be at least ${minPortalSecretLength} characters long`
    )
  }
  return {
    tokenTtlSeconds: input.tokenTtlSeconds ?? 8 * 60 * 60,
    lockout: { failures: 5, seconds: 15 * 60, ...input.lockout },
    rateLimit: { windowSeconds: 15 * 60, perEmail: 100, perIp: 100, ...input.rateLimit },
    passwordHashing: { ...defaultPasswordHashing, ...input.passwordHashing },
    trustProxy: proxies,
    portalSecret: input.portalSecret,
    signInChallengeSeconds: input.signInChallengeSeconds ?? 5 * 60,
    firstAdminPasswordFile: input.firstAdminPasswordFile,
  }
}

const positive = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined || value.trim() === '') return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`${name} must be a whole number above 0`)
  return n
}

const proxyList = (value: string | undefined): boolean | string[] | undefined => {
  const text = value?.trim()
  if (text === undefined || text === '') return undefined
  if (['true', '1'].includes(text.toLowerCase())) return true
  if (['false', '0'].includes(text.toLowerCase())) return false
  const entries = text.split(',').map((s) => s.trim())
  try {
    trustedProxies(entries)
  } catch (error) {
    throw new RangeError(`CSP_TRUST_PROXY: ${(error as Error).message}`, { cause: error })
  }
  return entries
}

/**
 * Reads the settings `csp serve` takes from the environment: CSP_TOKEN_TTL_MINUTES,
 * CSP_LOCKOUT_FAILURES, CSP_LOCKOUT_MINUTES, CSP_TRUST_PROXY (`true` for a proxy on this host,
 * or a comma-separated list of the proxies' addresses or CIDR ranges), CSP_PORTAL_SECRET and
 * CSP_FIRST_ADMIN_PASSWORD_FILE.
 *
 * @example
 * ```ts
 * authConfigFromEnv({ CSP_TOKEN_TTL_MINUTES: '60', CSP_TRUST_PROXY: '10.0.0.5' })
 * //=> { tokenTtlSeconds: 3600, lockout: {}, trustProxy: ['10.0.0.5'] }
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
  const proxies = proxyList(env['CSP_TRUST_PROXY'])
  if (proxies !== undefined) input.trustProxy = proxies
  const secret = env['CSP_PORTAL_SECRET']?.trim()
  if (secret) {
    if (secret.length < minPortalSecretLength) {
      throw new RangeError(
        `CSP_PORTAL_SECRET must be at least ${minPortalSecretLength} characters long`
      )
    }
    input.portalSecret = secret
  }
  const file = env['CSP_FIRST_ADMIN_PASSWORD_FILE']?.trim()
  if (file) input.firstAdminPasswordFile = file
  return input
}
