import { describe, expect, it } from 'vitest'
import { allowOrigin } from './csp.ts'

describe('allowOrigin', () => {
  const policy =
    "default-src 'self'; script-src 'self' 'nonce-abc'; connect-src 'self'; img-src 'self'"

  it('adds the origin to the named directives only', () => {
    expect(allowOrigin(policy, 'https://api.example', ['script-src', 'connect-src'])).toBe(
      "default-src 'self'; script-src 'self' 'nonce-abc' https://api.example; connect-src 'self' https://api.example; img-src 'self'"
    )
  })

  it('adds it once', () => {
    const once = allowOrigin(policy, 'https://api.example', ['script-src'])
    expect(allowOrigin(once, 'https://api.example', ['script-src'])).toBe(once)
  })

  it('leaves a policy without those directives as it was', () => {
    expect(allowOrigin("default-src 'none'", 'https://api.example', ['script-src'])).toBe(
      "default-src 'none'"
    )
  })
})
