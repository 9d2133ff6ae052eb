import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
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

  it('names the field when refusals exceed applications', () => {
    const result = PlanAsbCaseReviewReturn.safeParse({ ...base, thresholdNotMet: 3 })
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['thresholdNotMet', '3 refusals exceed 2 applications'],
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

  it('accepts a return exactly when both invariants hold (property)', () => {
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
        return ok === (thresholdNotMet <= applications && withRecs <= reviewsCarriedOut)
      })
    )
  })
})
