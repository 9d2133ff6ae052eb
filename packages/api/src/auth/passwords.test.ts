import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  defaultPasswordHashing,
  dummyHash,
  hashPassword,
  needsRehash,
  verifyPassword,
} from './passwords.ts'
import { legacyScryptHash } from '../test/auth.ts'

const cheap = { memoryKiB: 64, passes: 1, parallelism: 1 }

describe('password hashing', () => {
  it('uses Argon2id at OWASP’s first recommendation by default, as a PHC string', async () => {
    expect(defaultPasswordHashing).toEqual({ memoryKiB: 19456, passes: 2, parallelism: 1 })
    const stored = await hashPassword('correct horse battery staple')
    expect(stored).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/
    )
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true)
    expect(needsRehash(stored)).toBe(false)
  })

  it('salts every hash, and rejects wrong passwords and damaged hashes', async () => {
    const [a, b] = [
      await hashPassword('same password!!', cheap),
      await hashPassword('same password!!', cheap),
    ]
    expect(a).not.toBe(b)
    expect(await verifyPassword('same password!!', a)).toBe(true)
    expect(await verifyPassword('same password!?', a)).toBe(false)
    expect(await verifyPassword('same password!!', a.slice(0, -2))).toBe(false)
    expect(await verifyPassword('same password!!', 'bcrypt$whatever')).toBe(false)
    expect(await verifyPassword('same password!!', a.replace('m=64', 'm=x'))).toBe(false)
    // Parameters Node's Argon2 refuses (memory below 8 KiB a lane) match nothing, and do not throw.
    expect(await verifyPassword('same password!!', a.replace('m=64', 'm=1'))).toBe(false)
    expect(await verifyPassword('same password!!', '')).toBe(false)
  })

  it('treats canonically equal Unicode as the same password', async () => {
    const stored = await hashPassword('caf\u00e9 au lait please', cheap)
    expect(await verifyPassword('cafe\u0301 au lait please', stored)).toBe(true)
  })

  it('still checks the scrypt hashes stored before Argon2id, and asks for them to be replaced', async () => {
    const stored = legacyScryptHash('an older password')
    expect(await verifyPassword('an older password', stored)).toBe(true)
    expect(await verifyPassword('an older passwore', stored)).toBe(false)
    expect(await verifyPassword('an older password', stored.replace('$10$', '$x$'))).toBe(false)
    expect(needsRehash(stored)).toBe(true)
  })

  it('asks for a rehash when the parameters differ from the configured ones', async () => {
    const stored = await hashPassword('a middling password', cheap)
    expect(needsRehash(stored, cheap)).toBe(false)
    expect(needsRehash(stored, { ...cheap, passes: 2 })).toBe(true)
    expect(needsRehash(stored, { ...cheap, memoryKiB: 128 })).toBe(true)
    expect(needsRehash(stored, { ...cheap, parallelism: 2 })).toBe(true)
    expect(needsRehash(stored)).toBe(true)
    expect(needsRehash('not a hash', cheap)).toBe(true)
  })

  it('matches a password to its own hash and never to another password’s', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (password, other) => {
        fc.pre(password.normalize('NFKC') !== other.normalize('NFKC'))
        const stored = await hashPassword(password, cheap)
        expect(await verifyPassword(password, stored)).toBe(true)
        expect(await verifyPassword(other, stored)).toBe(false)
      }),
      { numRuns: 50 }
    )
  })

  it('keeps one dummy hash per parameter set, which no password matches', async () => {
    expect(await dummyHash(cheap)).toBe(await dummyHash(cheap))
    expect(await verifyPassword('', await dummyHash(cheap))).toBe(false)
  })
})
