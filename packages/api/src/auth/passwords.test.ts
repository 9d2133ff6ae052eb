import { describe, expect, it } from 'vitest'
import { defaultScryptParams, dummyHash, hashPassword, verifyPassword } from './passwords.ts'

const cheap = { logN: 10, r: 8, p: 1 }

describe('password hashing', () => {
  it('uses scrypt at OWASP’s cost by default, with the parameters in the hash', async () => {
    expect(defaultScryptParams).toEqual({ logN: 17, r: 8, p: 1 })
    const stored = await hashPassword('correct horse battery staple')
    expect(stored).toMatch(/^scrypt\$17\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/)
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true)
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
    expect(await verifyPassword('same password!!', a.replace('$10$', '$x$'))).toBe(false)
  })

  it('treats canonically equal Unicode as the same password', async () => {
    const stored = await hashPassword('caf\u00e9 au lait please', cheap)
    expect(await verifyPassword('cafe\u0301 au lait please', stored)).toBe(true)
  })

  it('keeps one dummy hash per parameter set, which no password matches', async () => {
    expect(await dummyHash(cheap)).toBe(await dummyHash(cheap))
    expect(await verifyPassword('', await dummyHash(cheap))).toBe(false)
  })
})
