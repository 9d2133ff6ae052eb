import { Secret, TOTP } from 'otpauth'

/** The name authenticator apps show beside the account. */
export const totpIssuer = 'CSP Toolkit'

// RFC 6238's defaults, which every authenticator app supports: SHA-1, 6 digits, 30 seconds.
const period = 30
const digits = 6

const totpFor = (secret: string, label = '') =>
  new TOTP({
    issuer: totpIssuer,
    label,
    algorithm: 'SHA1',
    digits,
    period,
    secret: Secret.fromBase32(secret),
  })

/**
 * A new TOTP secret: 160 random bits (RFC 4226's recommended length), as base32.
 *
 * @example
 * ```ts
 * newTotpSecret() //=> 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
 * ```
 */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

/**
 * The `otpauth://` address an authenticator app reads (as a QR code, or typed in).
 *
 * @example
 * ```ts
 * totpUri(secret, 'jo@example.org')
 * //=> 'otpauth://totp/CSP%20Toolkit:jo%40example.org?issuer=CSP%20Toolkit&secret=…&algorithm=SHA1&digits=6&period=30'
 * ```
 */
export function totpUri(secret: string, email: string): string {
  return totpFor(secret, email).toString()
}

/**
 * The code for `secret` at `at`: for tests and examples.
 *
 * @example
 * ```ts
 * totpCode(secret, new Date()) //=> '492039'
 * ```
 */
export function totpCode(secret: string, at: Date): string {
  return totpFor(secret).generate({ timestamp: at.getTime() })
}

/**
 * Checks a 6-digit code against `secret` at `now`, allowing one 30-second step either side for
 * clock drift, and refusing any step at or before `lastStep` (RFC 6238 §5.2: a code is used
 * once). Returns the step the code belongs to (store it as the new `lastStep`), or undefined.
 *
 * @example
 * ```ts
 * const step = checkTotp(user.totpSecret, '492039', clock.now(), user.totpLastStep)
 * if (step === undefined) // wrong, stale or used
 * ```
 */
export function checkTotp(
  secret: string,
  code: string,
  now: Date,
  lastStep: number | null
): number | undefined {
  const given = code.replace(/\s/g, '')
  if (!/^\d{6}$/.test(given)) return undefined
  const delta = totpFor(secret).validate({ token: given, timestamp: now.getTime(), window: 1 })
  if (delta === null) return undefined
  const step = Math.floor(now.getTime() / 1000 / period) + delta
  return lastStep !== null && step <= lastStep ? undefined : step
}
