import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { type AsbReport, caseReviewPrompts } from './prompts.ts'

const report = (id: string, reportedOn: string, victimKey = 'V1'): AsbReport => ({
  id,
  victimKey,
  reportedOn,
})

describe('caseReviewPrompts (G25-1)', () => {
  it('raises a task on a second report within six months', () => {
    expect(caseReviewPrompts([report('P1', '2025-10-01'), report('P2', '2025-12-01')])).toEqual([
      {
        task: 'explain-case-review',
        victimKey: 'V1',
        reportId: 'P2',
        previousReportId: 'P1',
        raisedOn: '2025-12-01',
        message:
          "This is the victim's second report of ASB within 6 months (1 October 2025 and 1 " +
          'December 2025): explain the ASB Case Review to them, whether or not the threshold is met.',
      },
    ])
  })

  it('uses the six months beginning with the first report, across a month end and a leap year', () => {
    expect(
      caseReviewPrompts([report('P1', '2025-10-01'), report('P2', '2026-03-31')])
    ).toHaveLength(1)
    expect(caseReviewPrompts([report('P1', '2025-10-01'), report('P2', '2026-04-01')])).toEqual([])
    // 31 August + 6 months ends on the last day of February (T-04)
    expect(
      caseReviewPrompts([report('P1', '2023-08-31'), report('P2', '2024-02-29')])
    ).toHaveLength(1)
    expect(caseReviewPrompts([report('P1', '2023-08-31'), report('P2', '2024-03-01')])).toEqual([])
  })

  it('counts two reports on the same day', () => {
    expect(
      caseReviewPrompts([report('P2', '2025-10-01'), report('P1', '2025-10-01')])
    ).toMatchObject([{ reportId: 'P2', previousReportId: 'P1' }])
  })

  it('keeps victims apart', () => {
    expect(
      caseReviewPrompts([report('P1', '2025-10-01', 'V1'), report('P2', '2025-10-02', 'V2')])
    ).toEqual([])
  })

  it('does not repeat the task within six months of the last one, but does after', () => {
    const prompts = caseReviewPrompts([
      report('P1', '2025-01-10'),
      report('P2', '2025-02-10'),
      report('P3', '2025-03-10'),
      report('P4', '2025-08-09'),
      report('P5', '2025-08-10'),
    ])
    expect(prompts.map((p) => [p.reportId, p.previousReportId])).toEqual([
      ['P2', 'P1'],
      ['P5', 'P4'],
    ])
  })

  it('takes the period from options', () => {
    const reports = [report('P1', '2025-01-10'), report('P2', '2025-05-10')]
    expect(caseReviewPrompts(reports, { months: 3 })).toEqual([])
    expect(caseReviewPrompts(reports, { months: 6 })).toHaveLength(1)
  })

  it('validates reports with their path', () => {
    expect(() => caseReviewPrompts([report('P1', '2025-02-29')])).toThrow(
      /reports\[0\]\.reportedOn/
    )
  })

  it('never prompts on a victim’s first report, and order of input never matters', () => {
    const arbReports = fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        victimKey: fc.constantFrom('V1', 'V2', 'V3'),
        reportedOn: fc.integer({ min: 0, max: 900 }).map((n) => {
          const d = new Date(2024, 0, 1 + n)
          return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
        }),
      }),
      { selector: (r) => r.id, maxLength: 15 }
    )
    fc.assert(
      fc.property(
        arbReports.chain((rs) =>
          fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length }))
        ),
        ([reports, shuffled]) => {
          const prompts = caseReviewPrompts(reports)
          expect(caseReviewPrompts(shuffled)).toEqual(prompts)
          const victims = new Set(reports.map((r) => r.victimKey))
          for (const v of victims) {
            const count = reports.filter((r) => r.victimKey === v).length
            expect(prompts.filter((p) => p.victimKey === v).length).toBeLessThan(Math.max(count, 1))
          }
        }
      )
    )
  })
})
