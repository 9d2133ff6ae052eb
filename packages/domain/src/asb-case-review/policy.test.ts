import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  ThresholdPolicy,
  defaultThresholdPolicy,
  southDerbyshireThresholdPolicy,
} from './policy.ts'

describe('ThresholdPolicy', () => {
  it('defaults to the statutory N of 3, merging nothing, with no local routes', () => {
    expect(defaultThresholdPolicy).toEqual({
      statutoryCount: 3,
      mergeSameComplainantIncident: false,
      routes: {
        hateIncident: { enabled: false, minComplaints: 1 },
        multipleIndividuals: { enabled: false, minIndividuals: 5 },
        vulnerableVictim: { enabled: false, requireApproval: true, minComplaints: 1 },
      },
    })
  })

  it('accepts a lower N (ASB-05)', () => {
    expect(ThresholdPolicy.parse({ statutoryCount: 1 }).statutoryCount).toBe(1)
    expect(ThresholdPolicy.parse({ statutoryCount: 2 }).statutoryCount).toBe(2)
  })

  it.each([4, 0, -1, 2.5, 10])('rejects N = %s with an error citing s104(4)', (n) => {
    const result = ThresholdPolicy.safeParse({ statutoryCount: n })
    expect(result.success).toBe(false)
    const issue = result.error?.issues[0]
    expect(issue?.path).toEqual(['statutoryCount'])
    expect(issue?.message).toContain(`got ${n}`)
    expect(issue?.message).toContain('from 1 to 3')
    expect(issue?.message).toContain('s104(4)')
  })

  it('rejects a non-number N with the same explanation', () => {
    const result = ThresholdPolicy.safeParse({ statutoryCount: '3' })
    expect(result.error?.issues[0]?.message).toContain('from 1 to 3')
  })

  it('parameterises each local route independently', () => {
    const policy = ThresholdPolicy.parse({
      routes: {
        hateIncident: { enabled: true, minComplaints: 2 },
        vulnerableVictim: { enabled: true, requireApproval: false, minComplaints: 0 },
      },
    })
    expect(policy.routes.hateIncident).toEqual({ enabled: true, minComplaints: 2 })
    expect(policy.routes.multipleIndividuals.enabled).toBe(false)
    expect(policy.routes.vulnerableVictim).toEqual({
      enabled: true,
      requireApproval: false,
      minComplaints: 0,
    })
  })

  it('rejects nonsense route parameters with their path', () => {
    const result = ThresholdPolicy.safeParse({
      routes: { multipleIndividuals: { enabled: true, minIndividuals: 1 } },
    })
    expect(result.error?.issues[0]?.path).toEqual([
      'routes',
      'multipleIndividuals',
      'minIndividuals',
    ])
  })

  it('accepts every integer N from 1 to 3 and rejects every other integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), (n) => {
        expect(ThresholdPolicy.safeParse({ statutoryCount: n }).success).toBe(n >= 1 && n <= 3)
      })
    )
  })
})

describe('southDerbyshireThresholdPolicy', () => {
  it('is the statutory 3 with the (unconfirmed) five-individuals route', () => {
    expect(southDerbyshireThresholdPolicy.statutoryCount).toBe(3)
    expect(southDerbyshireThresholdPolicy.mergeSameComplainantIncident).toBe(true)
    expect(southDerbyshireThresholdPolicy.routes.multipleIndividuals).toEqual({
      enabled: true,
      minIndividuals: 5,
    })
    expect(southDerbyshireThresholdPolicy.routes.hateIncident.enabled).toBe(false)
    expect(southDerbyshireThresholdPolicy.routes.vulnerableVictim.enabled).toBe(false)
  })
})
