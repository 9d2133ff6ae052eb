import { describe, expect, it } from 'vitest'
import { caseReviewFiguresHtml, type PublishedReturn } from './case-review-figures.ts'

const year = (period: string, applications: number): PublishedReturn => ({
  period,
  from: `${period.slice(0, 4)}-04-01`,
  to: `${Number(period.slice(0, 4)) + 1}-03-31`,
  applications,
  thresholdNotMet: 1,
  reviewsCarriedOut: 2,
  reviewsWithRecommendations: 1,
  source: { title: 'South Derbyshire CSP Partnership Plan <2025>' },
})

describe('caseReviewFiguresHtml', () => {
  it('shows the latest return as a table with the statutory figures, period and source', () => {
    const html = caseReviewFiguresHtml([year('2023/24', 3), year('2024/25', 1234)], undefined)
    expect(html).toContain('<caption>ASB Case Reviews, 2024/25</caption>')
    expect(html).toContain(
      '<tr><th scope="row">Applications for an ASB Case Review</th><td>1,234</td></tr>'
    )
    expect(html).toContain('ASB Case Reviews that resulted in recommendations')
    // Text from the API is escaped.
    expect(html).toContain('Plan &#60;2025&#62;')
  })

  it('shows the period asked for, or says it is not published', () => {
    expect(caseReviewFiguresHtml([year('2023/24', 3), year('2024/25', 5)], '2023/24')).toContain(
      '2023/24'
    )
    expect(caseReviewFiguresHtml([], '2019/20')).toContain(
      'No ASB Case Review figures are published for 2019/20.'
    )
  })
})
