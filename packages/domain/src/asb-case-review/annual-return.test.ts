import { addDays } from 'date-fns/addDays'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { toDate, toIsoDate } from '../_lib/iso-date.ts'
import {
  AnnualReturn,
  type AnnualReturnRecord,
  annualReturn,
  annualReturnFigureNames,
  annualReturnRecordOf,
  checkAnnualReturn,
} from './annual-return.ts'
import { type CaseReviewEvent, openCaseReview, transition } from './lifecycle.ts'

const fy2024 = { from: '2024-04-01', to: '2025-03-31' }

describe('South Derbyshire 2024/25 return', () => {
  const published = {
    applications: 2,
    thresholdNotMet: 1,
    reviewsCarriedOut: 1,
    reviewsWithRecommendations: 1,
  }

  it('passes checkAnnualReturn with no findings', () => {
    expect(checkAnnualReturn(published)).toEqual([])
  })

  it('is what annualReturn counts from two applications, one refused, one reviewed', () => {
    const records: AnnualReturnRecord[] = [
      {
        id: 'A1',
        receivedOn: '2024-06-03',
        thresholdDecision: { outcome: 'not-met', decidedOn: '2024-06-17' },
      },
      {
        id: 'A2',
        receivedOn: '2024-10-01',
        thresholdDecision: { outcome: 'met', decidedOn: '2024-10-15' },
        review: { completedOn: '2024-11-12', recommendations: ['Mediation', 'CPW'] },
      },
    ]
    expect(annualReturn(records, fy2024)).toEqual(published)
  })
})

describe('annualReturn', () => {
  it('counts each event in the period it happened, with inclusive bounds', () => {
    const records = [
      // received in 2024/25, refused in 2025/26
      {
        id: 'A',
        receivedOn: '2025-03-31',
        thresholdDecision: { outcome: 'not-met' as const, decidedOn: '2025-04-01' },
      },
      // received in 2023/24, reviewed on the first day of 2024/25
      {
        id: 'B',
        receivedOn: '2024-03-01',
        thresholdDecision: { outcome: 'met' as const, decidedOn: '2024-03-20' },
        review: { completedOn: '2024-04-01', recommendations: [] },
      },
    ]
    expect(annualReturn(records, fy2024)).toEqual({
      applications: 1,
      thresholdNotMet: 0,
      reviewsCarriedOut: 1,
      reviewsWithRecommendations: 0,
    })
    expect(annualReturn(records, { from: '2025-04-01', to: '2026-03-31' }).thresholdNotMet).toBe(1)
  })

  it('counts a review held despite a "not met" decision (ASB-10, Stafford)', () => {
    const record = {
      id: 'S',
      receivedOn: '2024-05-01',
      thresholdDecision: { outcome: 'not-met' as const, decidedOn: '2024-05-10' },
      review: { completedOn: '2024-06-01', recommendations: ['Action plan'] },
    }
    expect(annualReturn([record], fy2024)).toEqual({
      applications: 1,
      thresholdNotMet: 1,
      reviewsCarriedOut: 1,
      reviewsWithRecommendations: 1,
    })
  })

  it('returns zeros for no records', () => {
    expect(annualReturn([], fy2024)).toEqual({
      applications: 0,
      thresholdNotMet: 0,
      reviewsCarriedOut: 0,
      reviewsWithRecommendations: 0,
    })
  })

  it('rejects a backwards period and bad records with their paths', () => {
    expect(() => annualReturn([], { from: '2025-04-01', to: '2025-03-31' })).toThrow(
      /period\.to: from must not be after to/
    )
    expect(() =>
      annualReturn(
        [
          { id: 'A', receivedOn: '2024-05-01' },
          { id: 'B', receivedOn: '1 May 2024' },
        ],
        fy2024
      )
    ).toThrow(/records\[1\]\.receivedOn/)
  })

  it('rejects a record whose dates run backwards, naming it', () => {
    expect(() =>
      annualReturn(
        [
          {
            id: 'A',
            receivedOn: '2024-05-01',
            thresholdDecision: { outcome: 'met', decidedOn: '2024-04-30' },
          },
        ],
        fy2024
      )
    ).toThrow(new RangeError('Record A: decidedOn 2024-04-30 is before receivedOn 2024-05-01'))
    expect(() =>
      annualReturn(
        [
          {
            id: 'B',
            receivedOn: '2024-05-01',
            thresholdDecision: { outcome: 'met', decidedOn: '2024-05-10' },
            review: { completedOn: '2024-05-09', recommendations: [] },
          },
        ],
        fy2024
      )
    ).toThrow('Record B: review completedOn 2024-05-09 is before decidedOn 2024-05-10')
  })
})

describe('annualReturnRecordOf', () => {
  it('takes the review date as the day the review was held', () => {
    const events: CaseReviewEvent[] = [
      { type: 'decide-threshold', on: '2024-05-10', outcome: 'met' },
      { type: 'inform-applicant', on: '2024-05-11' },
      { type: 'hold-review', on: '2024-06-03' },
      { type: 'make-recommendations', on: '2024-06-05', recommendations: ['Joint visit'] },
    ]
    const review = events.reduce(transition, openCaseReview({ id: 'R1', receivedOn: '2024-05-01' }))
    expect(annualReturnRecordOf(review)).toEqual({
      id: 'R1',
      receivedOn: '2024-05-01',
      thresholdDecision: { outcome: 'met', decidedOn: '2024-05-10' },
      review: { completedOn: '2024-06-03', recommendations: ['Joint visit'] },
    })
    expect(annualReturnRecordOf(openCaseReview({ id: 'R2', receivedOn: '2024-05-01' }))).toEqual({
      id: 'R2',
      receivedOn: '2024-05-01',
    })
  })
})

describe('checkAnnualReturn', () => {
  const ok = {
    applications: 5,
    thresholdNotMet: 1,
    reviewsCarriedOut: 2,
    reviewsWithRecommendations: 2,
  }

  it('accepts fewer reviews than met decisions (withdrawn or pending; Newcastle-under-Lyme 2023/24)', () => {
    expect(checkAnnualReturn(ok)).toEqual([])
    expect(
      checkAnnualReturn({
        applications: 5,
        thresholdNotMet: 0,
        reviewsCarriedOut: 3,
        reviewsWithRecommendations: 0,
      })
    ).toEqual([])
  })

  it('flags more "not met" decisions than applications', () => {
    expect(
      checkAnnualReturn({
        ...ok,
        thresholdNotMet: 6,
        reviewsCarriedOut: 0,
        reviewsWithRecommendations: 0,
      })
    ).toEqual([
      {
        code: 'not-met-exceeds-applications',
        severity: 'error',
        message:
          'More applications did not meet the threshold (6) than were received (5). Check the ' +
          'figures: this is only possible for an application received in an earlier period.',
      },
    ])
  })

  it('advises on more reviews than applications not refused, only when advice is asked for', () => {
    const figures = { ...ok, thresholdNotMet: 4, reviewsCarriedOut: 2 }
    expect(checkAnnualReturn(figures)).toEqual([])
    const findings = checkAnnualReturn(figures, { advice: true })
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['reviews-exceed-met-decisions', 'advice'],
    ])
    expect(findings[0]?.message).toContain('(1 = 5 applications − 4 not met)')
  })

  it('flags more reviews with recommendations than reviews', () => {
    expect(checkAnnualReturn({ ...ok, reviewsWithRecommendations: 3 })).toEqual([
      {
        code: 'recommendations-exceed-reviews',
        severity: 'error',
        message: 'More reviews resulted in recommendations (3) than were carried out (2).',
      },
    ])
  })

  it('flags negative, fractional and non-finite figures, one finding each', () => {
    const findings = checkAnnualReturn({
      applications: -1,
      thresholdNotMet: 0.5,
      reviewsCarriedOut: Number.NaN,
      reviewsWithRecommendations: 0,
    })
    expect(findings.map((f) => [f.code, f.message])).toEqual([
      ['not-a-count', 'applications is -1; it must be a whole number, zero or more.'],
      ['not-a-count', 'thresholdNotMet is 0.5; it must be a whole number, zero or more.'],
      ['not-a-count', 'reviewsCarriedOut is NaN; it must be a whole number, zero or more.'],
    ])
  })
})

// --- properties -----------------------------------------------------------------------------

const start = toDate(fy2024.from)
const day = (offset: number): string => toIsoDate(addDays(start, offset))

// A whole case (application, decision, review) that happens within one year from `first`.
const arbCase = (first: number, id: string) =>
  fc
    .record({
      received: fc.integer({ min: 0, max: 200 }),
      decision: fc.option(
        fc.record({
          after: fc.integer({ min: 0, max: 80 }),
          outcome: fc.constantFrom('met' as const, 'not-met' as const),
          review: fc.option(
            fc.record({
              after: fc.integer({ min: 0, max: 80 }),
              recommendations: fc.array(fc.constant('r'), { maxLength: 2 }),
            }),
            { nil: undefined }
          ),
        }),
        { nil: undefined }
      ),
    })
    .map(({ received, decision }): AnnualReturnRecord => {
      const r = first + received
      if (!decision) return { id, receivedOn: day(r) }
      const d = r + decision.after
      const record: AnnualReturnRecord = {
        id,
        receivedOn: day(r),
        thresholdDecision: { outcome: decision.outcome, decidedOn: day(d) },
      }
      if (decision.outcome === 'met' && decision.review) {
        const { after, recommendations } = decision.review
        record.review = { completedOn: day(d + after), recommendations }
      }
      return record
    })

describe('annualReturn properties', () => {
  it('consistent records (each case wholly inside or before the period) always pass the checks', () => {
    const arbRecords = fc
      .array(fc.boolean(), { maxLength: 25 })
      .chain((inside) => fc.tuple(...inside.map((isIn, i) => arbCase(isIn ? 0 : -400, `R${i}`))))
    fc.assert(
      fc.property(arbRecords, (records) => {
        const figures = annualReturn(records, fy2024)
        expect(checkAnnualReturn(figures)).toEqual([])
        expect(figures.applications).toBe(records.filter((r) => r.receivedOn >= fy2024.from).length)
      })
    )
  })

  it('never counts more reviews with recommendations than reviews, whatever the records', () => {
    const arbAny = fc
      .array(fc.integer({ min: -300, max: 300 }), { maxLength: 20 })
      .chain((firsts) => fc.tuple(...firsts.map((f, i) => arbCase(f, `R${i}`))))
    fc.assert(
      fc.property(arbAny, (records) => {
        const findings = checkAnnualReturn(annualReturn(records, fy2024))
        expect(findings.map((f) => f.code)).not.toContain('recommendations-exceed-reviews')
        expect(findings.map((f) => f.code)).not.toContain('not-a-count')
      })
    )
  })
})

describe('a review held after an upheld escalation of a "not met" decision', () => {
  const events: CaseReviewEvent[] = [
    { type: 'decide-threshold', on: '2024-05-10', outcome: 'not-met' },
    { type: 'inform-applicant', on: '2024-05-13' },
    { type: 'escalate', on: '2024-05-20', upheld: true },
    { type: 'hold-review', on: '2024-06-17' },
  ]
  const review = events.reduce(transition, openCaseReview({ id: 'R1', receivedOn: '2024-05-01' }))
  const figures = annualReturn([annualReturnRecordOf(review)], fy2024)

  it('counts as a review carried out in the annual return', () => {
    expect(figures).toEqual({
      applications: 1,
      thresholdNotMet: 1,
      reviewsCarriedOut: 1,
      reviewsWithRecommendations: 0,
    })
  })

  it('is not an error in checkAnnualReturn, only advice when asked for', () => {
    expect(checkAnnualReturn(figures)).toEqual([])
    expect(checkAnnualReturn(figures, { advice: true })).toEqual([
      expect.objectContaining({ code: 'reviews-exceed-met-decisions', severity: 'advice' }),
    ])
  })
})

describe('annualReturnFigureNames', () => {
  it('names each of the four figures once, in the order of s104(10)', () => {
    const figures = AnnualReturn.parse({
      applications: 0,
      thresholdNotMet: 0,
      reviewsCarriedOut: 0,
      reviewsWithRecommendations: 0,
    })
    expect(Object.keys(annualReturnFigureNames)).toEqual(Object.keys(figures))
    expect(new Set(Object.values(annualReturnFigureNames)).size).toBe(4)
    expect(Object.isFrozen(annualReturnFigureNames)).toBe(true)
  })
})
