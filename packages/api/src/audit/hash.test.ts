import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson, entryHash, genesisHash } from './hash.ts'

const entry = {
  id: 1,
  at: new Date('2025-06-01T09:00:00Z'),
  actorId: null,
  action: 'user.create',
  subjectType: 'user',
  subjectId: 'u1',
  details: { b: 1, a: 'x' },
  prevHash: genesisHash,
}

describe('canonical JSON and entry hashes', () => {
  it('spells equal values the same whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 'x'], c: null }, e: undefined })).toBe(
      '{"a":{"c":null,"d":[2,"x"]},"b":1}'
    )
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reordered = JSON.parse(JSON.stringify(value), (_k, v) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v
        )
        expect(canonicalJson(reordered)).toBe(canonicalJson(value))
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)))
      })
    )
  })

  it('changes the hash when any field or the previous hash changes', () => {
    const hash = entryHash(entry)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(entryHash({ ...entry, details: { a: 'x', b: 1 } })).toBe(hash)
    const changed = [
      { ...entry, id: 2 },
      { ...entry, at: new Date('2025-06-01T09:00:00.001Z') },
      { ...entry, actorId: 'someone' },
      { ...entry, action: 'user.update' },
      { ...entry, subjectType: null },
      { ...entry, subjectId: 'u2' },
      { ...entry, details: { b: 2, a: 'x' } },
      { ...entry, prevHash: 'f'.repeat(64) },
    ]
    for (const variant of changed) expect(entryHash(variant)).not.toBe(hash)
  })
})
