import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  type HolidayCalendar,
  englandAndWalesBankHolidays,
  workingDaysBetween,
} from '../calendar/index.ts'
import { type CaseReview, type CaseReviewEvent, openCaseReview, transition } from './lifecycle.ts'
import {
  CaseReviewTimescales,
  deadlinesFor,
  defaultTimescales,
  overdue,
  timescaleDue,
} from './timescales.ts'

const wd = (amount: number) => ({ amount, unit: 'working-days' as const })
const cd = (amount: number) => ({ amount, unit: 'calendar-days' as const })
const run = (review: CaseReview, events: CaseReviewEvent[]): CaseReview =>
  events.reduce(transition, review)

describe('timescaleDue', () => {
  it('skips Christmas, Boxing Day and the weekend', () => {
    expect(timescaleDue('2025-12-22', wd(3))).toBe('2025-12-29')
    expect(timescaleDue('2026-12-24', wd(1))).toBe('2026-12-29') // 28 Dec 2026 is a substitute day
  })

  it('skips New Year’s Day across the year end', () => {
    expect(timescaleDue('2025-12-31', wd(1))).toBe('2026-01-02')
  })

  it('skips Good Friday and Easter Monday, including across a month end', () => {
    expect(timescaleDue('2025-04-16', wd(3))).toBe('2025-04-23')
    expect(timescaleDue('2024-03-28', wd(2))).toBe('2024-04-03')
  })

  it('runs through 29 February in a leap year', () => {
    expect(timescaleDue('2024-02-27', wd(3))).toBe('2024-03-01')
    expect(timescaleDue('2024-02-28', cd(1))).toBe('2024-02-29')
    expect(timescaleDue('2024-02-27', cd(3))).toBe('2024-03-01')
    expect(timescaleDue('2025-02-27', cd(3))).toBe('2025-03-02')
  })

  it('counts working days across a month end', () => {
    expect(timescaleDue('2025-01-30', wd(15))).toBe('2025-02-20')
  })

  it('counts the anchor day as day 1 when configured, and only if it is a working day', () => {
    expect(timescaleDue('2025-12-22', wd(3), { countAnchorDay: true })).toBe('2025-12-24')
    expect(timescaleDue('2025-12-20', wd(3), { countAnchorDay: true })).toBe('2025-12-24')
    expect(timescaleDue('2025-12-25', wd(1), { countAnchorDay: true })).toBe('2025-12-29')
    expect(timescaleDue('2025-01-30', cd(3), { countAnchorDay: true })).toBe('2025-02-01')
  })

  it('treats a zero limit as the anchor day', () => {
    expect(timescaleDue('2025-12-25', wd(0))).toBe('2025-12-25')
    expect(timescaleDue('2025-12-25', cd(0), { countAnchorDay: true })).toBe('2025-12-25')
  })

  it('uses a local calendar when given one', () => {
    const closure: HolidayCalendar = {
      ...englandAndWalesBankHolidays,
      division: 'council closure',
      holidays: [
        ...englandAndWalesBankHolidays.holidays,
        { date: '2025-12-29', title: 'Council closed' },
        { date: '2025-12-30', title: 'Council closed' },
        { date: '2025-12-31', title: 'Council closed' },
      ],
    }
    expect(timescaleDue('2025-12-22', wd(3), { calendar: closure })).toBe('2026-01-02')
  })

  it('fails loudly outside the holiday calendar', () => {
    expect(() => timescaleDue('2031-01-06', wd(1))).toThrow(RangeError)
  })

  it('working-day deadlines are exactly n working days later (inverse of workingDaysBetween)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2019, 0, 1), max: new Date(2029, 11, 1), noInvalidDate: true }),
        fc.integer({ min: 0, max: 40 }),
        (date, n) => {
          const start = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
          expect(workingDaysBetween(start, timescaleDue(start, wd(n)))).toBe(n)
        }
      )
    )
  })
})

describe('CaseReviewTimescales', () => {
  it('documents local defaults and rejects a negative limit with its path', () => {
    expect(CaseReviewTimescales.parse(defaultTimescales)).toEqual(defaultTimescales)
    const result = CaseReviewTimescales.safeParse({ ...defaultTimescales, holdReview: wd(-1) })
    expect(result.error?.issues[0]?.path).toEqual(['holdReview', 'amount'])
  })
})

describe('deadlinesFor', () => {
  it('starts with acknowledgement and decision deadlines, over Christmas and New Year', () => {
    const review = openCaseReview({ id: 'R1', receivedOn: '2025-12-22' })
    expect(deadlinesFor(review, defaultTimescales)).toEqual([
      {
        key: 'acknowledge',
        kind: 'agency',
        label: 'Acknowledge the application',
        from: '2025-12-22',
        due: '2025-12-29',
      },
      {
        key: 'decideThreshold',
        kind: 'agency',
        label: 'Decide whether the threshold is met',
        from: '2025-12-22',
        due: '2026-01-15',
      },
    ])
  })

  it('adds each deadline as its starting event happens, with when it was met (Easter 2025)', () => {
    const review = run(openCaseReview({ id: 'R1', receivedOn: '2025-03-03' }), [
      { type: 'decide-threshold', on: '2025-03-14', outcome: 'met' },
      { type: 'inform-applicant', on: '2025-03-17' },
      { type: 'hold-review', on: '2025-04-07' },
      { type: 'send-outcome', on: '2025-04-14' },
      { type: 'escalate', on: '2025-04-20' },
    ])
    const table = deadlinesFor(review).map((d) => [d.key, d.from, d.due, d.doneOn, d.late])
    expect(table).toEqual([
      ['acknowledge', '2025-03-03', '2025-03-06', '2025-03-17', true],
      ['decideThreshold', '2025-03-03', '2025-03-24', '2025-03-14', false],
      ['holdReview', '2025-03-14', '2025-04-11', '2025-04-07', false],
      ['informOutcome', '2025-04-07', '2025-04-23', '2025-04-14', false],
      ['appealWindow', '2025-04-14', '2025-05-15', '2025-04-20', false],
    ])
  })

  it('has no review deadline after "not met", and runs the appeal window from the decision letter', () => {
    const review = run(openCaseReview({ id: 'R2', receivedOn: '2025-03-03' }), [
      { type: 'acknowledge', on: '2025-03-04' },
      { type: 'decide-threshold', on: '2025-03-10', outcome: 'not-met' },
      { type: 'inform-applicant', on: '2025-03-11' },
    ])
    const deadlines = deadlinesFor(review)
    expect(deadlines.map((d) => d.key)).toEqual(['acknowledge', 'decideThreshold', 'appealWindow'])
    expect(deadlines[0]).toMatchObject({ doneOn: '2025-03-04', late: false })
    expect(deadlines[2]).toMatchObject({ kind: 'applicant', from: '2025-03-11', due: '2025-04-08' })
  })

  it('follows configured units and the anchor-day rule', () => {
    const review = openCaseReview({ id: 'R3', receivedOn: '2024-02-26' })
    const timescales = {
      ...defaultTimescales,
      acknowledge: cd(5),
      decideThreshold: cd(28),
      countAnchorDay: true,
    }
    expect(deadlinesFor(review, timescales).map((d) => d.due)).toEqual(['2024-03-01', '2024-03-24'])
  })

  it('rejects invalid timescales with their path', () => {
    const review = openCaseReview({ id: 'R1', receivedOn: '2025-03-03' })
    expect(() => deadlinesFor(review, { ...defaultTimescales, acknowledge: wd(1.5) })).toThrow(
      /timescales\.acknowledge\.amount/
    )
  })
})

describe('overdue', () => {
  const received = openCaseReview({ id: 'R1', receivedOn: '2025-12-22' })

  it('is empty on the due day and lists the deadline the day after', () => {
    expect(overdue(received, defaultTimescales, '2025-12-29')).toEqual([])
    expect(overdue(received, defaultTimescales, '2025-12-30').map((d) => d.key)).toEqual([
      'acknowledge',
    ])
    expect(overdue(received, defaultTimescales, '2026-01-16').map((d) => d.key)).toEqual([
      'acknowledge',
      'decideThreshold',
    ])
  })

  it('counts through 29 February and across the month end in a leap year', () => {
    const leap = openCaseReview({ id: 'R4', receivedOn: '2024-02-26' })
    expect(deadlinesFor(leap)[0]?.due).toBe('2024-02-29')
    expect(overdue(leap, defaultTimescales, '2024-02-29')).toEqual([])
    expect(overdue(leap, defaultTimescales, '2024-03-01').map((d) => d.key)).toEqual([
      'acknowledge',
    ])
  })

  it('drops a deadline once it is met, even late', () => {
    const acked = transition(received, { type: 'acknowledge', on: '2026-01-05' })
    expect(overdue(acked, defaultTimescales, '2026-01-16').map((d) => d.key)).toEqual([
      'decideThreshold',
    ])
  })

  it('never lists the applicant’s appeal window, nor anything once closed', () => {
    const notMet = run(received, [
      { type: 'decide-threshold', on: '2025-12-23', outcome: 'not-met' },
      { type: 'inform-applicant', on: '2025-12-23' },
    ])
    expect(overdue(notMet, defaultTimescales, '2026-06-01')).toEqual([])
    const closed = transition(received, { type: 'withdraw', on: '2025-12-23' })
    expect(overdue(closed, defaultTimescales, '2026-06-01')).toEqual([])
  })

  it('lists an unheld review after a "met" decision, counting over Easter 2026', () => {
    const met = run(received, [
      { type: 'decide-threshold', on: '2026-03-20', outcome: 'met' },
      { type: 'inform-applicant', on: '2026-03-20' },
    ])
    // 20 working days from Fri 20 March 2026, skipping Good Friday (3 April) and Easter Monday
    expect(deadlinesFor(met).find((d) => d.key === 'holdReview')?.due).toBe('2026-04-21')
    expect(overdue(met, defaultTimescales, '2026-04-21')).toEqual([])
    expect(overdue(met, defaultTimescales, '2026-04-22').map((d) => d.key)).toEqual(['holdReview'])
  })

  it('rejects a bad asOf date', () => {
    expect(() => overdue(received, defaultTimescales, '2025-12-32')).toThrow(/asOf/)
  })
})
