import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { asbCaseReviewEvents } from '../db/schema/index.ts'
import { application, testPartners, testUser, type Session } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

const base = '/v1/asb-case-reviews'

describe.each(testDatabases)('ASB case reviews on $name', (target) => {
  const t = useTestDb(target)
  let officer: Session
  let bodies: { council: string; police: string; housing: string }

  beforeAll(async () => {
    const p = await testPartners(t.db)
    bodies = { council: p.council.id, police: p.police.id, housing: p.housing.id }
    officer = await (await testUser(t.db, 'officer', p.council.id)).on(t.app())
  })

  const create = async (overrides: Record<string, unknown> = {}) => {
    const res = await officer.post(base, application(bodies, overrides))
    expect(res.status, await res.clone().text()).toBe(201)
    return json(res)
  }
  const event = (id: string, body: unknown) => officer.post(`${base}/${id}/events`, body)

  it('runs a met case from application to closed', async () => {
    const created = await create()
    expect(created).toMatchObject({
      state: 'received',
      allowedEvents: ['acknowledge', 'decide-threshold', 'withdraw'],
      applicant: { name: 'Alex Example' },
      complaints: [{ id: 'C1', receivedBy: { id: bodies.council } }, { id: 'C2' }, { id: 'C3' }],
      threshold: { evaluation: null, decision: null },
    })
    const { id } = created
    const evaluated = await json(await officer.post(`${base}/${id}/threshold-decision`))
    expect(evaluated.state).toBe('received')
    expect(evaluated.threshold.evaluation).toMatchObject({
      outcome: 'met',
      route: 'statutory',
      required: 3,
      summary:
        'The threshold is met: 3 qualifying complaints were made, and the review procedures require 3.',
      excluded: [],
      policy: { statutoryCount: 3 },
    })
    expect(evaluated.threshold.evaluation.qualifying[1]).toMatchObject({
      id: 'C2',
      receivedBy: 'Derbyshire Constabulary',
    })
    const confirmed = await officer.post(`${base}/${id}/threshold-decision/confirm`, {
      on: '2025-05-06',
    })
    expect(confirmed.status).toBe(200)
    expect((await json(confirmed)).threshold.decision).toMatchObject({
      basis: 'confirmed',
      outcome: 'met',
      route: 'statutory',
      justification: null,
      decidedOn: '2025-05-06',
    })
    const steps = [
      { type: 'inform-applicant', on: '2025-05-07' },
      { type: 'hold-review', on: '2025-05-20' },
      { type: 'make-recommendations', on: '2025-05-21', recommendations: ['Joint visit'] },
      { type: 'send-outcome', on: '2025-05-28' },
      { type: 'close', on: '2025-05-30' },
    ]
    let last
    for (const step of steps) {
      const res = await event(id, step)
      expect(res.status, step.type).toBe(201)
      last = await json(res)
    }
    expect(last).toMatchObject({
      state: 'closed',
      allowedEvents: [],
      recommendations: ['Joint visit'],
      isOverdue: false,
    })
    expect(last.events.map((e: { to: string }) => e.to)).toEqual([
      'threshold-decided',
      'applicant-informed',
      'review-held',
      'recommendations-made',
      'outcome-sent',
      'closed',
    ])
    const stored = await t.db
      .select()
      .from(asbCaseReviewEvents)
      .where(eq(asbCaseReviewEvents.caseReviewId, id))
    expect(stored.map((e) => [e.seq, e.type, e.on])).toEqual([
      [1, 'decide-threshold', '2025-05-06'],
      [2, 'inform-applicant', '2025-05-07'],
      [3, 'hold-review', '2025-05-20'],
      [4, 'make-recommendations', '2025-05-21'],
      [5, 'send-outcome', '2025-05-28'],
      [6, 'close', '2025-05-30'],
    ])
  })

  it('explains a not-met threshold and refuses an illegal transition with 409', async () => {
    const { id } = await create({
      complaints: [
        { behaviourOn: '2025-03-01', complainedOn: '2025-03-02', receivedBy: bodies.council },
        // More than a month after the behaviour: does not qualify.
        { behaviourOn: '2025-01-05', complainedOn: '2025-03-21', receivedBy: bodies.police },
      ],
    })
    const evaluation = (await json(await officer.post(`${base}/${id}/threshold-decision`)))
      .threshold.evaluation
    expect(evaluation).toMatchObject({
      outcome: 'not-met',
      route: null,
      summary:
        'The threshold is not met: 1 qualifying complaint was made, and the review procedures require 3.',
      excluded: [
        {
          code: 'complained-too-late',
          reason: expect.stringContaining('to count, it had to be made by 4 February 2025'),
        },
      ],
    })
    await officer.post(`${base}/${id}/threshold-decision/confirm`, { on: '2025-05-02' })
    expect((await event(id, { type: 'inform-applicant', on: '2025-05-03' })).status).toBe(201)
    const refused = await event(id, { type: 'hold-review', on: '2025-05-04' })
    expect(refused.status).toBe(409)
    expect(refused.headers.get('content-type')).toBe('application/problem+json')
    const problem = await json(refused)
    expect(problem).toMatchObject({
      type: problemType('conflict'),
      state: 'applicant-informed',
      allowedEvents: ['escalate', 'close'],
    })
    expect(problem.detail).toContain("in state 'applicant-informed' (threshold not met)")
    expect((await event(id, { type: 'escalate', on: '2025-05-10' })).status).toBe(201)
    const closed = await json(await event(id, { type: 'close', on: '2025-05-20' }))
    expect(closed.state).toBe('closed')
    const again = await event(id, { type: 'close', on: '2025-05-21' })
    expect(again.status).toBe(409)
    expect(await json(again)).toMatchObject({ state: 'closed', allowedEvents: [] })
  })

  it('overrides only with a justification, and never a statutory met', async () => {
    const notMet = await create({ complaints: [] })
    await officer.post(`${base}/${notMet.id}/threshold-decision`)
    const path = `${base}/${notMet.id}/threshold-decision/override`
    const bare = await officer.post(path, { on: '2025-05-02', outcome: 'met' })
    expect(bare.status).toBe(400)
    expect((await json(bare)).errors).toEqual([
      { path: 'justification', message: expect.any(String), in: 'json' },
    ])
    const same = await officer.post(path, {
      on: '2025-05-02',
      outcome: 'not-met',
      justification: 'No change really wanted here.',
    })
    expect((await json(same)).errors).toEqual([
      { path: 'outcome', message: expect.stringContaining('confirm it'), in: 'json' },
    ])
    const justification = 'The victim is at risk; the panel agreed to review the case.'
    const res = await officer.post(path, { on: '2025-05-02', outcome: 'met', justification })
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body.state).toBe('threshold-decided')
    expect(body.threshold.decision).toMatchObject({
      basis: 'overridden',
      outcome: 'met',
      engineOutcome: 'not-met',
      route: null,
      justification,
      decidedBy: expect.any(String),
      decidedAt: '2025-06-01T09:00:00.000Z',
    })
    const met = await create()
    await officer.post(`${base}/${met.id}/threshold-decision`)
    const refused = await officer.post(`${base}/${met.id}/threshold-decision/override`, {
      on: '2025-05-02',
      outcome: 'not-met',
      justification,
    })
    expect(refused.status).toBe(409)
    expect((await json(refused)).detail).toContain('s104(4)')
  })
})
