import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { suppressAnnualReturn } from './annual-return-suppression.ts'

const figures = (a: number, b: number, c: number, d: number) => ({
  applications: a,
  thresholdNotMet: b,
  reviewsCarriedOut: c,
  reviewsWithRecommendations: d,
})

describe('suppressAnnualReturn', () => {
  it('hides counts from 1 to 4 by default and shows 0 and 5 or more', () => {
    expect(suppressAnnualReturn(figures(7, 2, 0, 5))).toEqual({
      figures: {
        applications: 7,
        thresholdNotMet: null,
        reviewsCarriedOut: 0,
        reviewsWithRecommendations: 5,
      },
      suppressed: ['thresholdNotMet'],
      threshold: 5,
      rule: 'Counts from 1 to 4 counted from case records are not shown.',
    })
  })

  it('takes the local threshold, and 1 hides nothing', () => {
    expect(suppressAnnualReturn(figures(7, 2, 9, 10), { threshold: 10 }).suppressed).toEqual([
      'applications',
      'thresholdNotMet',
      'reviewsCarriedOut',
    ])
    expect(suppressAnnualReturn(figures(1, 1, 1, 1), { threshold: 1 })).toMatchObject({
      suppressed: [],
      rule: 'No counts are suppressed.',
    })
  })

  it('adds published figures, and hides the sum when the counted part is small', () => {
    const published = figures(20, 3, 10, 2)
    expect(suppressAnnualReturn(figures(6, 1, 0, 0), { published }).figures).toEqual({
      applications: 26,
      thresholdNotMet: null,
      reviewsCarriedOut: 10,
      reviewsWithRecommendations: 2,
    })
  })

  it('never shows a figure whose counted part is 1 to threshold − 1 (property)', () => {
    const count = fc.integer({ min: 0, max: 50 })
    fc.assert(
      fc.property(count, count, count, count, fc.integer({ min: 1, max: 20 }), (a, b, c, d, t) => {
        const counted = figures(a, b, c, d)
        const result = suppressAnnualReturn(counted, { threshold: t })
        for (const [name, value] of Object.entries(counted)) {
          const shown = result.figures[name as keyof typeof counted]
          expect(shown).toBe(value >= 1 && value < t ? null : value)
        }
      })
    )
  })

  it('refuses a threshold or figure that is not a whole number', () => {
    expect(() => suppressAnnualReturn(figures(1, 1, 1, 1), { threshold: 0 })).toThrow(RangeError)
    expect(() => suppressAnnualReturn(figures(1.5, 1, 1, 1))).toThrow(RangeError)
  })
})
