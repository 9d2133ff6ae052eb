import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { plainText, plainTextPattern } from './plain-text.ts'

const controls = [
  ...Array.from({ length: 32 }, (_, n) => n).filter((n) => ![9, 10, 13].includes(n)),
  ...Array.from({ length: 33 }, (_, n) => 0x7f + n),
].map((n) => String.fromCharCode(n))

// encodeURIComponent throws on an unpaired surrogate (String#isWellFormed is ES2024).
const isWellFormed = (s: string) => {
  try {
    encodeURIComponent(s)
    return true
  } catch {
    return false
  }
}

describe('plainText', () => {
  const name = plainText(20, { min: 1, empty: 'enter a name' })

  it('trims, and keeps letters, emoji, tabs and new lines', () => {
    expect(name.parse('  Jo Bloggs ')).toBe('Jo Bloggs')
    expect(plainText(50).parse('Café ☕ 😀\tnext\r\nline')).toBe('Café ☕ 😀\tnext\r\nline')
  })

  it('refuses every control character and each unpaired surrogate, naming why', () => {
    for (const bad of [...controls, '\uD800', '\uDFFF', '\uDC00\uD800']) {
      const result = name.safeParse(`a${bad}b`)
      expect(result.success, JSON.stringify(bad)).toBe(false)
      expect(result.error?.issues[0]?.message).toBe(
        'must not contain control characters or unpaired surrogates'
      )
    }
  })

  it('refuses blank text when a minimum is set, and text over the maximum', () => {
    expect(name.safeParse('   ').error?.issues[0]?.message).toBe('enter a name')
    expect(name.safeParse('x'.repeat(21)).error?.issues[0]?.message).toBe(
      'must be at most 20 characters'
    )
    expect(plainText(10_000).safeParse('x'.repeat(10_001)).error?.issues[0]?.message).toBe(
      'must be at most 10,000 characters'
    )
  })

  it('checks a megabyte without running out of stack', () => {
    expect(plainTextPattern.test('é'.repeat(2 ** 21))).toBe(true)
    expect(plainTextPattern.test('é'.repeat(2 ** 21) + '\u0000')).toBe(false)
  })

  it('accepts exactly the strings that are well formed and free of controls (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const wellFormed = isWellFormed(s)
        const controlFree = ![...s].some((c) => controls.includes(c))
        expect(plainTextPattern.test(s)).toBe(wellFormed && controlFree)
      })
    )
  })

  it('refuses bounds that make no sense', () => {
    expect(() => plainText(0)).toThrow(RangeError)
    expect(() => plainText(5, { min: 6 })).toThrow(RangeError)
  })
})
