import {
  annualReturn,
  annualReturnRecordOf,
  openCaseReview,
  transition,
  type CaseReviewEvent,
} from '@csp/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import { application, testPartners, testUser, type Session } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json } from '../test/http.ts'

const path = '/v1/asb-case-reviews/annual-return'
const published = {
  applications: 2,
  thresholdNotMet: 1,
  reviewsCarriedOut: 1,
  reviewsWithRecommendations: 1,
}

// Three applications in 2025-26: one met and reviewed with recommendations, one not met, one open.
const cases: { receivedOn: string; decidedOn?: string; met: boolean; events: CaseReviewEvent[] }[] =
  [
    {
      receivedOn: '2025-04-10',
      decidedOn: '2025-04-14',
      met: true,
      events: [
        { type: 'inform-applicant', on: '2025-04-15' },
        { type: 'hold-review', on: '2025-05-10' },
        { type: 'make-recommendations', on: '2025-05-11', recommendations: ['Joint visit'] },
        { type: 'send-outcome', on: '2025-05-20' },
      ],
    },
    {
      receivedOn: '2025-04-15',
      decidedOn: '2025-04-19',
      met: false,
      events: [{ type: 'inform-applicant', on: '2025-04-21' }],
    },
    { receivedOn: '2025-05-01', met: false, events: [] },
  ]

describe.each(testDatabases)('the annual return from case-review records on $name', (target) => {
  const t = useTestDb(target)
  let admin: Session

  beforeAll(async () => {
    const p = await testPartners(t.db)
    const officer = await (await testUser(t.db, 'officer', p.council.id)).on(t.app())
    admin = await (await testUser(t.db, 'admin', p.council.id)).on(t.app())
    const bodies = { council: p.council.id, police: p.police.id, housing: p.housing.id }
    const complaints = [
      { behaviourOn: '2025-03-01', complainedOn: '2025-03-02', receivedBy: bodies.council },
      { behaviourOn: '2025-03-20', complainedOn: '2025-03-21', receivedBy: bodies.police },
      { behaviourOn: '2025-04-01', complainedOn: '2025-04-02', receivedBy: bodies.housing },
    ]
    for (const c of cases) {
      const body = application(bodies, {
        receivedOn: c.receivedOn,
        complaints: c.met ? complaints : [],
      })
      const { id } = await json(await officer.post('/v1/asb-case-reviews', body))
      if (!c.decidedOn) continue
      await officer.post(`/v1/asb-case-reviews/${id}/threshold-decision`)
      const on = c.decidedOn
      await officer.post(`/v1/asb-case-reviews/${id}/threshold-decision/confirm`, { on })
      for (const event of c.events) {
        const res = await officer.post(`/v1/asb-case-reviews/${id}/events`, event)
        expect(res.status, event.type).toBe(201)
      }
    }
  })

  // The same cases kept with the domain's own functions, as the expected figures.
  const domainRecords = () =>
    cases.map((c, n) => {
      let review = openCaseReview({ id: `R${n}`, receivedOn: c.receivedOn })
      if (!c.decidedOn) return annualReturnRecordOf(review)
      const outcome = c.met ? 'met' : 'not-met'
      review = transition(review, { type: 'decide-threshold', on: c.decidedOn, outcome })
      for (const event of c.events) review = transition(review, event)
      return annualReturnRecordOf(review)
    })

  it('counts records where no published return does, agreeing with annualReturn', async () => {
    // Not a public window: signed in, counted exactly.
    const res = await admin.get(`${path}?from=2024-04-01&to=2026-03-31`)
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBeTruthy()
    const body = await json(res)
    const recorded = annualReturn(domainRecords(), { from: '2025-04-10', to: '2026-03-31' })
    expect(recorded).toEqual({
      applications: 3,
      thresholdNotMet: 1,
      reviewsCarriedOut: 1,
      reviewsWithRecommendations: 1,
    })
    expect(body).toMatchObject({
      basis: 'published-returns-and-case-review-records',
      returns: [{ period: '2024-25' }],
      recorded: {
        recordsKeptSince: '2025-04-10',
        periods: [{ from: '2025-04-10', to: '2026-03-31' }],
        figures: recorded,
        findings: [],
      },
      figures: {
        applications: 5,
        thresholdNotMet: 2,
        reviewsCarriedOut: 2,
        reviewsWithRecommendations: 2,
      },
      findings: [],
    })
    expect(body.notes).toEqual([
      'Counted from case-review records: 10 April 2025 to 31 March 2026.',
      'Neither a published return nor the case-review records cover 1 April 2025 to 9 April 2025.',
    ])
    expect(JSON.stringify(body)).not.toMatch(/Alex|Example Street/)
  })

  it('keeps the published 2024-25 return as it was', async () => {
    for (const query of ['', '?from=2024-04-01&to=2025-03-31']) {
      const body = await json(await t.app().request(path + query))
      expect(body).toMatchObject({
        from: '2024-04-01',
        to: '2025-03-31',
        basis: 'published-returns',
        figures: published,
        recorded: null,
        notes: [],
      })
    }
  })

  it('counts a year from records alone, from the configured first day', async () => {
    const settings = await json(await admin.get('/v1/settings/case-reviews'))
    const { thresholdPolicy, timescales } = settings
    const put = await admin.put('/v1/settings/case-reviews', {
      thresholdPolicy,
      timescales,
      recordsKeptSince: '2025-04-01',
    })
    expect(put.status).toBe(200)
    const body = await json(await admin.get(`${path}?from=2025-04-01&to=2026-03-31`))
    const expected = annualReturn(domainRecords(), { from: '2025-04-01', to: '2026-03-31' })
    expect(body).toMatchObject({
      basis: 'case-review-records',
      returns: [],
      figures: expected,
      recorded: { recordsKeptSince: '2025-04-01', figures: expected },
      notes: ['Counted from case-review records: 1 April 2025 to 31 March 2026.'],
    })
    const may = await json(await admin.get(`${path}?from=2025-05-01&to=2025-05-31`))
    expect(may.figures).toEqual(
      annualReturn(domainRecords(), { from: '2025-05-01', to: '2025-05-31' })
    )
  })
})
