import { describe, expect, it } from 'vitest'
import { DhrNotification, DhrTimescales, PartnershipConfig } from './partnership.ts'

describe('PartnershipConfig', () => {
  it('fills the documented defaults', () => {
    expect(
      PartnershipConfig.parse({
        name: 'South Derbyshire CSP',
        tier: 'district',
        planStart: '2023-04-01',
      })
    ).toEqual({
      name: 'South Derbyshire CSP',
      tier: 'district',
      planStart: '2023-04-01',
      planYears: 3,
      svStrategyReviewMonths: 12,
      dhrNotifications: [],
      dhrTimescales: { decisionMonths: 1, completionMonths: 6 },
      dardrEffectiveFrom: null,
      daAnnualReportMonths: 3,
      commencements: { lpbThresholdReview: null, respectOrders: null, fpnMaximum500: null },
    })
    expect(DhrTimescales.parse({})).toEqual({ decisionMonths: 1, completionMonths: 6 })
  })

  it('rejects bad tiers, plan lengths and dates with their paths', () => {
    const base = { name: 'X', tier: 'district', planStart: '2023-04-01' }
    const paths = (input: unknown) =>
      PartnershipConfig.safeParse(input).error?.issues.map((i) => i.path.join('.'))
    expect(paths({ ...base, tier: 'county' })).toEqual(['tier'])
    expect(paths({ ...base, planYears: 0 })).toEqual(['planYears'])
    expect(paths({ ...base, svStrategyPublishedOn: '2024-02-30' })).toEqual([
      'svStrategyPublishedOn',
    ])
    expect(paths({ ...base, name: '' })).toEqual(['name'])
  })

  it('checks DHR notifications', () => {
    expect(
      DhrNotification.safeParse({ id: 'a', notifiedOn: '2025-01-01', decidedOn: '2025-01-01' })
        .success
    ).toBe(true)
    expect(DhrNotification.safeParse({ id: '', notifiedOn: '2025-01-01' }).success).toBe(false)
    expect(
      DhrNotification.safeParse({ id: 'a', notifiedOn: '2025-01-01', decision: 'maybe' }).success
    ).toBe(false)
  })
})
