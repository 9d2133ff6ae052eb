import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  type CaseReview,
  type CaseReviewEvent,
  CaseReviewState,
  CaseReviewEventDateError,
  CaseReviewTransitionError,
  allowedEvents,
  openCaseReview,
  transition,
} from './lifecycle.ts'

const run = (review: CaseReview, events: CaseReviewEvent[]): CaseReview =>
  events.reduce(transition, review)

const start = () => openCaseReview({ id: 'R1', receivedOn: '2025-03-03' })

const metPath: CaseReviewEvent[] = [
  { type: 'acknowledge', on: '2025-03-04' },
  { type: 'decide-threshold', on: '2025-03-14', outcome: 'met', route: 'statutory' },
  { type: 'inform-applicant', on: '2025-03-17' },
  { type: 'hold-review', on: '2025-04-07' },
  { type: 'make-recommendations', on: '2025-04-07', recommendations: ['Joint visit', 'CPW'] },
  { type: 'send-outcome', on: '2025-04-14' },
  { type: 'escalate', on: '2025-04-20', grounds: 'Action plan not delivered' },
  { type: 'close', on: '2025-06-01' },
]

describe('openCaseReview', () => {
  it('starts in received with an empty history', () => {
    expect(start()).toEqual({
      id: 'R1',
      receivedOn: '2025-03-03',
      state: 'received',
      recommendations: [],
      withdrawn: false,
      history: [],
    })
  })

  it('rejects a bad date with its field', () => {
    expect(() => openCaseReview({ id: 'R1', receivedOn: '2025-13-01' })).toThrow(/receivedOn/)
  })
})

describe('transition', () => {
  it('runs the full "met" path, recording every dated step', () => {
    const review = run(start(), metPath)
    expect(review.state).toBe('closed')
    expect(review.history.map((h) => `${h.from}->${h.to}`)).toEqual([
      'received->received',
      'received->threshold-decided',
      'threshold-decided->applicant-informed',
      'applicant-informed->review-held',
      'review-held->recommendations-made',
      'recommendations-made->outcome-sent',
      'outcome-sent->escalated',
      'escalated->closed',
    ])
    expect(review).toMatchObject({
      acknowledgedOn: '2025-03-04',
      thresholdDecision: { outcome: 'met', decidedOn: '2025-03-14', route: 'statutory' },
      applicantInformedOn: '2025-03-17',
      reviewHeldOn: '2025-04-07',
      recommendations: ['Joint visit', 'CPW'],
      outcomeSentOn: '2025-04-14',
      escalatedOn: '2025-04-20',
      closedOn: '2025-06-01',
      withdrawn: false,
    })
  })

  it('allows a review with no recommendations to go straight to the outcome', () => {
    const review = run(start(), [
      ...metPath.slice(1, 4),
      { type: 'send-outcome', on: '2025-04-08' },
    ])
    expect(review.state).toBe('outcome-sent')
    expect(review.recommendations).toEqual([])
  })

  it('takes "not met" from applicant-informed to closed, or to escalated then closed', () => {
    const informed = run(start(), [
      { type: 'decide-threshold', on: '2025-03-10', outcome: 'not-met' },
      { type: 'inform-applicant', on: '2025-03-11' },
    ])
    expect(allowedEvents(informed)).toEqual(['escalate', 'close'])
    expect(transition(informed, { type: 'close', on: '2025-03-11' }).state).toBe('closed')
    const escalated = transition(informed, { type: 'escalate', on: '2025-03-20' })
    expect(escalated.state).toBe('escalated')
    expect(transition(escalated, { type: 'close', on: '2025-04-01' }).state).toBe('closed')
  })

  it('holds a review after an upheld escalation of a "not met" decision (Sch 4 para 3)', () => {
    const escalated = run(start(), [
      { type: 'decide-threshold', on: '2025-03-10', outcome: 'not-met' },
      { type: 'inform-applicant', on: '2025-03-11' },
      { type: 'escalate', on: '2025-03-20', grounds: 'Complaints miscounted', upheld: true },
    ])
    expect(allowedEvents(escalated)).toEqual(['hold-review', 'close'])
    const reviewed = transition(escalated, { type: 'hold-review', on: '2025-04-10' })
    expect(reviewed).toMatchObject({ state: 'review-held', reviewHeldOn: '2025-04-10' })
    expect(allowedEvents(reviewed)).toEqual(['make-recommendations', 'send-outcome'])
  })

  it('closes an escalation recorded as not upheld, and never holds a second review', () => {
    const informed = run(start(), [
      { type: 'decide-threshold', on: '2025-03-10', outcome: 'not-met' },
      { type: 'inform-applicant', on: '2025-03-11' },
    ])
    const refused = transition(informed, { type: 'escalate', on: '2025-03-20', upheld: false })
    expect(allowedEvents(refused)).toEqual(['close'])
    const afterReview = run(start(), metPath.slice(0, 7))
    expect(afterReview.state).toBe('escalated')
    expect(allowedEvents(afterReview)).toEqual(['close'])
  })

  it('refuses a review after "not met", naming the state and the event', () => {
    const informed = run(start(), [
      { type: 'decide-threshold', on: '2025-03-10', outcome: 'not-met' },
      { type: 'inform-applicant', on: '2025-03-11' },
    ])
    const attempt = () => transition(informed, { type: 'hold-review', on: '2025-03-20' })
    expect(attempt).toThrow(CaseReviewTransitionError)
    expect(attempt).toThrow(
      "Cannot apply event 'hold-review' to case review R1 in state 'applicant-informed' " +
        '(threshold not met); allowed events: escalate, close'
    )
  })

  it('refuses skipping the decision letter and anything after closing', () => {
    const decided = transition(start(), {
      type: 'decide-threshold',
      on: '2025-03-10',
      outcome: 'met',
    })
    expect(() => transition(decided, { type: 'hold-review', on: '2025-03-20' })).toThrow(
      /in state 'threshold-decided' \(threshold met\); allowed events: acknowledge, inform-applicant, withdraw/
    )
    const closed = transition(start(), { type: 'withdraw', on: '2025-03-05' })
    try {
      transition(closed, { type: 'acknowledge', on: '2025-03-06' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(CaseReviewTransitionError)
      const e = error as CaseReviewTransitionError
      expect([e.state, e.event, e.allowed]).toEqual(['closed', 'acknowledge', []])
      expect(e.message).toContain('allowed events: none')
    }
  })

  it('acknowledges once only', () => {
    const acked = transition(start(), { type: 'acknowledge', on: '2025-03-04' })
    expect(() => transition(acked, { type: 'acknowledge', on: '2025-03-05' })).toThrow(
      CaseReviewTransitionError
    )
  })

  it('marks a withdrawal as closed and withdrawn', () => {
    const review = transition(start(), { type: 'withdraw', on: '2025-03-05' })
    expect(review).toMatchObject({ state: 'closed', closedOn: '2025-03-05', withdrawn: true })
  })

  it('refuses an event dated before the previous one or before receipt', () => {
    expect(() => transition(start(), { type: 'acknowledge', on: '2025-03-02' })).toThrow(
      new CaseReviewEventDateError(
        "Event 'acknowledge' on 2025-03-02 for case review R1 is dated before receipt on 2025-03-03"
      )
    )
    const decided = transition(start(), {
      type: 'decide-threshold',
      on: '2025-03-10',
      outcome: 'met',
    })
    expect(() => transition(decided, { type: 'inform-applicant', on: '2025-03-09' })).toThrow(
      "dated before the previous event 'decide-threshold' on 2025-03-10"
    )
    expect(transition(decided, { type: 'inform-applicant', on: '2025-03-10' }).state).toBe(
      'applicant-informed'
    )
  })

  it('validates the event and names the field', () => {
    expect(() => transition(start(), { type: 'acknowledge', on: '4 March 2025' })).toThrow(
      /^Invalid case review event: event\.on: /
    )
    expect(() =>
      transition(start(), { type: 'make-recommendations', on: '2025-03-04', recommendations: [] })
    ).toThrow(/event\.recommendations/)
  })

  it('does not change the review it is given', () => {
    const review = start()
    const copy = structuredClone(review)
    transition(review, { type: 'acknowledge', on: '2025-03-04' })
    expect(review).toEqual(copy)
  })
})

describe('allowedEvents', () => {
  it('lists the next events of each state', () => {
    expect(allowedEvents('received')).toEqual(['acknowledge', 'decide-threshold', 'withdraw'])
    expect(allowedEvents('applicant-informed')).toEqual([
      'hold-review',
      'withdraw',
      'escalate',
      'close',
    ])
    expect(allowedEvents('recommendations-made')).toEqual(['send-outcome'])
    expect(allowedEvents('outcome-sent')).toEqual(['escalate', 'close'])
    expect(allowedEvents('escalated')).toEqual(['hold-review', 'close'])
    expect(allowedEvents('closed')).toEqual([])
  })

  it('narrows by threshold outcome and acknowledgement', () => {
    expect(
      allowedEvents({ state: 'applicant-informed', thresholdDecision: { outcome: 'met' } })
    ).toEqual(['hold-review', 'withdraw'])
    expect(allowedEvents({ state: 'received', acknowledgedOn: '2025-03-04' })).toEqual([
      'decide-threshold',
      'withdraw',
    ])
  })

  it('rejects an unknown state', () => {
    expect(() => allowedEvents('pending' as CaseReviewState)).toThrow()
  })
})

describe('lifecycle properties', () => {
  it('any sequence of events keeps dates in order and only ever applies allowed events', () => {
    const arbStep = fc.record({
      pick: fc.nat(),
      gap: fc.integer({ min: 0, max: 20 }),
      outcome: fc.constantFrom('met' as const, 'not-met' as const),
    })
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 12 }), (steps) => {
        let review = start()
        let day = 3
        for (const step of steps) {
          const allowed = allowedEvents(review)
          if (allowed.length === 0) break
          const type = allowed[step.pick % allowed.length]!
          day += step.gap
          const on = `2025-03-${String(Math.min(day, 31)).padStart(2, '0')}`
          const event = (
            type === 'decide-threshold'
              ? { type, on, outcome: step.outcome }
              : type === 'make-recommendations'
                ? { type, on, recommendations: ['r'] }
                : { type, on }
          ) as CaseReviewEvent
          const next = transition(review, event)
          expect(next.history).toHaveLength(review.history.length + 1)
          review = next
        }
        const dates = review.history.map((h) => h.event.on)
        expect(dates).toEqual([...dates].sort())
        // A review follows a met threshold, or an escalation of a "not met" one (Sch 4 para 3).
        const types = review.history.map((h) => h.event.type)
        const held = types.indexOf('hold-review')
        if (held >= 0 && review.thresholdDecision?.outcome !== 'met') {
          expect(types.slice(0, held)).toContain('escalate')
        }
        expect(CaseReviewState.options).toContain(review.state)
      })
    )
  })
})
