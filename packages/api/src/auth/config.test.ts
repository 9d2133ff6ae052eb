import { describe, expect, it } from 'vitest'
import { authConfigFromEnv, resolveAuthConfig } from './config.ts'

describe('auth config', () => {
  it('defaults to 8-hour tokens and 5 failures locking for 15 minutes', () => {
    expect(resolveAuthConfig()).toEqual({
      tokenTtlSeconds: 28_800,
      lockout: { failures: 5, seconds: 900 },
      rateLimit: { windowSeconds: 900, perEmail: 20, perIp: 100 },
      passwordHashing: { logN: 17, r: 8, p: 1 },
      trustProxy: false,
    })
  })

  it('reads csp serve’s settings from the environment, refusing nonsense', () => {
    const input = authConfigFromEnv({
      CSP_TOKEN_TTL_MINUTES: '60',
      CSP_LOCKOUT_FAILURES: '3',
      CSP_LOCKOUT_MINUTES: '30',
      CSP_TRUST_PROXY: 'true',
    })
    expect(resolveAuthConfig(input)).toMatchObject({
      tokenTtlSeconds: 3600,
      lockout: { failures: 3, seconds: 1800 },
      trustProxy: true,
    })
    expect(resolveAuthConfig(authConfigFromEnv({}))).toEqual(resolveAuthConfig())
    expect(() => authConfigFromEnv({ CSP_LOCKOUT_MINUTES: '-1' })).toThrow(
      'CSP_LOCKOUT_MINUTES must be a whole number above 0'
    )
  })
})
