import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/** scrypt's cost parameters: N = 2^logN, block size r, parallelism p. */
export interface ScryptParams {
  logN: number
  r: number
  p: number
}

/**
 * OWASP's recommendation for scrypt (N = 2^17, r = 8, p = 1): 128 MiB and about half a second
 * per hash on a small server, which is the point. Tests pass cheaper parameters.
 */
export const defaultScryptParams: ScryptParams = { logN: 17, r: 8, p: 1 }

const keyLength = 32
const saltLength = 16

function derive(password: string, salt: Buffer, { logN, r, p }: ScryptParams): Promise<Buffer> {
  const N = 2 ** logN
  // Node refuses to use more than 32 MiB unless told; scrypt needs 128 * N * r bytes.
  const options: ScryptOptions = { N, r, p, maxmem: 128 * N * r + 1024 * 1024 }
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key)
    )
  )
}

/**
 * Hashes a password with scrypt and a fresh random salt. The result carries its parameters, so
 * they can be raised later without invalidating stored hashes.
 *
 * @example
 * ```ts
 * const stored = await hashPassword('correct horse battery staple')
 * stored.startsWith('scrypt$17$8$1$') //=> true
 * ```
 */
export async function hashPassword(
  password: string,
  params: ScryptParams = defaultScryptParams
): Promise<string> {
  const salt = randomBytes(saltLength)
  const key = await derive(password, salt, params)
  const { logN, r, p } = params
  return ['scrypt', logN, r, p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/**
 * Checks a password against a stored hash in constant time. A malformed hash never matches.
 *
 * @example
 * ```ts
 * await verifyPassword('correct horse battery staple', stored) //=> true
 * await verifyPassword('wrong', stored) //=> false
 * ```
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return false
  const params = { logN: Number(logN), r: Number(r), p: Number(p) }
  if (!Object.values(params).every((n) => Number.isInteger(n) && n > 0)) return false
  const expected = Buffer.from(key, 'base64url')
  const actual = await derive(password, Buffer.from(salt, 'base64url'), params)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

const dummyHashes = new Map<string, Promise<string>>()

/**
 * A hash of a random password with `params`, made once per parameter set: sign-in checks a
 * password against it when the email is unknown, so an unknown email costs the same time as a
 * wrong password.
 *
 * @example
 * ```ts
 * await verifyPassword(password, user?.passwordHash ?? (await dummyHash(params)))
 * ```
 */
export function dummyHash(params: ScryptParams = defaultScryptParams): Promise<string> {
  const key = `${params.logN}/${params.r}/${params.p}`
  let hash = dummyHashes.get(key)
  if (!hash) {
    hash = hashPassword(randomBytes(18).toString('base64url'), params)
    dummyHashes.set(key, hash)
  }
  return hash
}
