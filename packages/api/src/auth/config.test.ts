import { describe, expect, it } from 'vitest'
import { authConfigFromEnv, resolveAuthConfig } from './config.ts'

describe('auth config', () => {
  it('defaults to 8-hour tokens and 5 failures locking an email for one source for 15 minutes', () => {
    expect(resolveAuthConfig()).toEqual({
      tokenTtlSeconds: 28_800,
      lockout: { failures: 5, seconds: 900 },
      rateLimit: { windowSeconds: 900, perEmail: 100, perIp: 100 },
      passwordHashing: { memoryKiB: 19456, passes: 2, parallelism: 1 },
      trustProxy: [],
      portalSecret: undefined,
      signInChallengeSeconds: 300,
      firstAdminPasswordFile: undefined,
    })
  })

  it('reads csp serve’s settings from the environment, refusing nonsense', () => {
    const input = authConfigFromEnv({
      CSP_TOKEN_TTL_MINUTES: '60',
      CSP_LOCKOUT_FAILURES: '3',
      CSP_LOCKOUT_MINUTES: '30',
      CSP_TRUST_PROXY: 'true',
      CSP_PORTAL_SECRET: 'a secret of thirty-two characters',
      CSP_FIRST_ADMIN_PASSWORD_FILE: '/srv/csp/.data/first-admin-password',
    })
    expect(resolveAuthConfig(input)).toMatchObject({
      tokenTtlSeconds: 3600,
      lockout: { failures: 3, seconds: 1800 },
      // `true` is a proxy on this machine, never any client that sends the header.
      trustProxy: ['127.0.0.0/8', '::1/128'],
      portalSecret: 'a secret of thirty-two characters',
      firstAdminPasswordFile: '/srv/csp/.data/first-admin-password',
    })
    expect(
      resolveAuthConfig(authConfigFromEnv({ CSP_TRUST_PROXY: '10.0.0.5, 2001:db8::/32' }))
        .trustProxy
    ).toEqual(['10.0.0.5', '2001:db8::/32'])
    expect(() => authConfigFromEnv({ CSP_TRUST_PROXY: 'proxy.example' })).toThrow(
      'CSP_TRUST_PROXY: "proxy.example" is not an IP address or CIDR range'
    )
    expect(() => authConfigFromEnv({ CSP_PORTAL_SECRET: 'short' })).toThrow(
      'CSP_PORTAL_SECRET must be at least 32 characters long'
    )
    expect(resolveAuthConfig(authConfigFromEnv({}))).toEqual(resolveAuthConfig())
    expect(() => authConfigFromEnv({ CSP_LOCKOUT_MINUTES: '-1' })).toThrow(
      'CSP_LOCKOUT_MINUTES must be a whole number above 0'
    )
  })
})
