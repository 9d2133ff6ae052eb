import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkAnnualReturn } from '../asb-case-review/index.ts'
import {
  PlanAsbCaseReviewReturn,
  southDerbyshireAsbCaseReviewReturn as sd,
} from './asb-case-review-return.ts'

const base = { ...sd }

describe('PlanAsbCaseReviewReturn', () => {
  it('accepts a review held though the threshold was not met (no a − n = r rule)', () => {
    const r = { ...base, applications: 1, thresholdNotMet: 1, reviewsCarriedOut: 1 }
    expect(PlanAsbCaseReviewReturn.safeParse(r).success).toBe(true)
  })

  it('accepts more refusals than applications (one received last period, refused in this)', () => {
    const ok = {
      ...base,
      applications: 0,
      thresholdNotMet: 1,
      reviewsCarriedOut: 0,
      reviewsWithRecommendations: 0,
    }
    expect(PlanAsbCaseReviewReturn.safeParse(ok).success).toBe(true)
    expect(checkAnnualReturn(ok).map((f) => f.code)).toContain('not-met-exceeds-applications')
  })

  it('names the field when reviews with recommendations exceed reviews', () => {
    const result = PlanAsbCaseReviewReturn.safeParse({ ...base, reviewsWithRecommendations: 2 })
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['reviewsWithRecommendations', '2 reviews with recommendations exceed 1 reviews'],
    ])
  })

  it('rejects fractional and negative counts and reversed dates', () => {
    expect(PlanAsbCaseReviewReturn.safeParse({ ...base, applications: 1.5 }).success).toBe(false)
    expect(PlanAsbCaseReviewReturn.safeParse({ ...base, reviewsCarriedOut: -1 }).success).toBe(
      false
    )
    const reversed = PlanAsbCaseReviewReturn.safeParse({ ...base, from: '2025-04-01' })
    expect(reversed.error?.issues[0]?.path).toEqual(['to'])
  })

  it('accepts a return exactly when recommendations do not exceed reviews (property)', () => {
    const n = fc.nat({ max: 50 })
    fc.assert(
      fc.property(n, n, n, n, (applications, thresholdNotMet, reviewsCarriedOut, withRecs) => {
        const ok = PlanAsbCaseReviewReturn.safeParse({
          ...base,
          applications,
          thresholdNotMet,
          reviewsCarriedOut,
          reviewsWithRecommendations: withRecs,
        }).success
        return ok === withRecs <= reviewsCarriedOut
      })
    )
  })
})
