import { argon2, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/** Argon2id's cost parameters: memory in KiB, passes over it, and lanes. */
export interface PasswordHashing {
  memoryKiB: number
  passes: number
  parallelism: number
}

/**
 * OWASP's first recommendation (Password Storage Cheat Sheet: "Argon2id with a minimum
 * configuration of 19 MiB of memory, an iteration count of 2, and 1 degree of parallelism").
 * It costs about 65 ms of one core here, where scrypt at OWASP's N = 2^17 (the fallback for when
 * Argon2id is unavailable) costs 550–600 ms and 128 MiB, so sign-ins queue far less. Tests pass
 * cheaper parameters.
 */
export const defaultPasswordHashing: PasswordHashing = {
  memoryKiB: 19456,
  passes: 2,
  parallelism: 1,
}

const keyLength = 32
const saltLength = 16

/** PHC strings use standard base64 without padding, so other Argon2 libraries read ours. */
const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '')

function deriveArgon2(password: string, salt: Buffer, params: PasswordHashing): Promise<Buffer> {
  const { memoryKiB: memory, passes, parallelism } = params
  const parameters = {
    message: password.normalize('NFKC'),
    nonce: salt,
    memory,
    passes,
    parallelism,
    tagLength: keyLength,
  }
  return new Promise((resolve, reject) =>
    argon2('argon2id', parameters, (error, key) => (error ? reject(error) : resolve(key)))
  )
}

/**
 * Hashes a password with Argon2id and a fresh random salt, as a PHC string that carries its
 * parameters, so they can be raised later without invalidating stored hashes.
 *
 * @example
 * ```ts
 * const stored = await hashPassword('correct horse battery staple')
 * stored.startsWith('$argon2id$v=19$m=19456,t=2,p=1$') //=> true
 * ```
 */
export async function hashPassword(
  password: string,
  params: PasswordHashing = defaultPasswordHashing
): Promise<string> {
  const salt = randomBytes(saltLength)
  const key = await deriveArgon2(password, salt, params)
  const { memoryKiB, passes, parallelism } = params
  return `$argon2id$v=19$m=${memoryKiB},t=${passes},p=${parallelism}$${b64(salt)}$${b64(key)}`
}

const argon2Hash =
  /^\$argon2id\$v=19\$m=(\d{1,9}),t=(\d{1,4}),p=(\d{1,3})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/

/** The parameters, salt and key of an Argon2id PHC string; undefined for anything else. */
function parseArgon2(stored: string) {
  const match = argon2Hash.exec(stored)
  if (!match) return undefined
  const [, m, t, p, salt, key] = match
  const params = { memoryKiB: Number(m), passes: Number(t), parallelism: Number(p) }
  return { params, salt: Buffer.from(salt!, 'base64'), key: Buffer.from(key!, 'base64') }
}

/** A hash from before Argon2id: `scrypt$<logN>$<r>$<p>$<salt>$<key>`, base64url. */
function deriveScrypt(password: string, stored: string): Promise<[Buffer, Buffer]> | undefined {
  const [scheme, logN, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return undefined
  const cost = [logN, r, p].map(Number) as [number, number, number]
  if (!cost.every((n) => Number.isInteger(n) && n > 0)) return undefined
  const N = 2 ** cost[0]
  // Node refuses to use more than 32 MiB unless told; scrypt needs 128 * N * r bytes.
  const options: ScryptOptions = { N, r: cost[1], p: cost[2], maxmem: 128 * N * cost[1] + 2 ** 20 }
  const expected = Buffer.from(key, 'base64url')
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      Buffer.from(salt, 'base64url'),
      keyLength,
      options,
      (error, actual) => (error ? reject(error) : resolve([actual, expected]))
    )
  )
}

/**
 * Checks a password against a stored hash in constant time: Argon2id, or scrypt for hashes
 * made before the toolkit moved to Argon2id (sign-in then rehashes, see {@link needsRehash}).
 * A malformed hash never matches.
 *
 * @example
 * ```ts
 * await verifyPassword('correct horse battery staple', stored) //=> true
 * await verifyPassword('wrong', stored) //=> false
 * ```
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  try {
    const argon = parseArgon2(stored)
    const pair: [Buffer, Buffer] | undefined = argon
      ? [await deriveArgon2(password, argon.salt, argon.params), argon.key]
      : await deriveScrypt(password, stored)
    if (!pair) return false
    const [actual, expected] = pair
    return actual.length === expected.length && timingSafeEqual(actual, expected)
  } catch {
    // Parameters no implementation accepts (a damaged row): no password matches it.
    return false
  }
}

/**
 * Whether a stored hash should be replaced, once the password is known to match: it is scrypt,
 * or Argon2id with other parameters than `params`.
 *
 * @example
 * ```ts
 * needsRehash('scrypt$17$8$1$…') //=> true
 * needsRehash(await hashPassword(password)) //=> false
 * ```
 */
export function needsRehash(
  stored: string,
  params: PasswordHashing = defaultPasswordHashing
): boolean {
  const argon = parseArgon2(stored)
  return (
    !argon ||
    argon.params.memoryKiB !== params.memoryKiB ||
    argon.params.passes !== params.passes ||
    argon.params.parallelism !== params.parallelism
  )
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
export function dummyHash(params: PasswordHashing = defaultPasswordHashing): Promise<string> {
  const key = `${params.memoryKiB}/${params.passes}/${params.parallelism}`
  let hash = dummyHashes.get(key)
  if (!hash) {
    hash = hashPassword(randomBytes(18).toString('base64url'), params)
    dummyHashes.set(key, hash)
  }
  return hash
}
