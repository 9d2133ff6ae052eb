import { describe, expect, it } from 'vitest'
import { publicationConfigFromEnv, resolveConfig } from './config.ts'

describe('the suppression threshold', () => {
  it('defaults to the crime tables’ 5 and is read from CSP_SUPPRESSION_THRESHOLD', () => {
    expect(resolveConfig({ logger: () => {} }).suppressionThreshold).toBe(5)
    expect(publicationConfigFromEnv({})).toEqual({})
    expect(publicationConfigFromEnv({ CSP_SUPPRESSION_THRESHOLD: ' 10 ' })).toEqual({
      suppressionThreshold: 10,
    })
  })

  it.each(['0', '-1', '2.5', 'ten', '101'])('refuses %j, naming the variable', (value) => {
    expect(() => publicationConfigFromEnv({ CSP_SUPPRESSION_THRESHOLD: value })).toThrow(
      `CSP_SUPPRESSION_THRESHOLD must be a whole number from 1 to 100, got "${value}"`
    )
  })
})
