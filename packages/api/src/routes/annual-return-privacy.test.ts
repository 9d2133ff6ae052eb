// The annual return is public only where it cannot single out an application: the period of a
// published return, or a whole financial year that has ended, with small counts hidden.
import { beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../clock.ts'
import { recordCases, session, testPartners, testUser, type Session } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

const path = '/v1/asb-case-reviews/annual-return'
// A year later, so that 2025-26 has ended.
const nextYear = fixedClock('2026-06-01T09:00:00Z')

describe.each(testDatabases)('annual return privacy on $name', (target) => {
  const t = useTestDb(target)
  let admin: Session
  let viewer: Session

  beforeAll(async () => {
    const p = await testPartners(t.db)
    const officer = await (await testUser(t.db, 'officer', p.council.id)).on(t.app())
    admin = await (await testUser(t.db, 'admin', p.council.id)).on(t.app({}, nextYear))
    viewer = await (await testUser(t.db, 'viewer', p.council.id)).on(t.app({}, nextYear))
    const bodies = { council: p.council.id, police: p.police.id, housing: p.housing.id }
    // 2025-26: three applications, one reviewed, two not met (decided on 20 and 21 May).
    await recordCases(officer, bodies, [
      {
        receivedOn: '2025-05-01',
        decidedOn: '2025-05-05',
        met: true,
        events: [
          { type: 'inform-applicant', on: '2025-05-06' },
          { type: 'hold-review', on: '2025-05-20' },
        ],
      },
      { receivedOn: '2025-05-10', decidedOn: '2025-05-20', met: false, events: [] },
      { receivedOn: '2025-05-12', decidedOn: '2025-05-21', met: false, events: [] },
    ])
  })

  const anonymous = () => t.app({}, nextYear)

  it('needs a sign-in for a window that is not public, and then counts it exactly', async () => {
    for (const window of [
      'from=2025-05-01&to=2025-05-01',
      'from=2025-05-20&to=2025-05-20',
      'from=2025-04-01&to=2026-03-30',
      'from=2024-04-01&to=2026-03-31',
    ]) {
      const res = await anonymous().request(`${path}?${window}`)
      expect(res.status, window).toBe(401)
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
      const problem = await json(res)
      expect(problem.type).toBe(problemType('unauthorized'))
      expect(problem.detail).toMatch(/published return or a whole financial year/)
    }
    const day = await viewer.get(`${path}?from=2025-05-01&to=2025-05-01`)
    expect(day.status).toBe(200)
    expect(day.headers.get('cache-control')).toBe('no-store')
    expect(day.headers.get('access-control-allow-origin')).toBeNull()
    const exact = await json(day)
    expect(exact.public).toBe(false)
    expect(exact.figures).toEqual({
      applications: 1,
      thresholdNotMet: 0,
      reviewsCarriedOut: 0,
      reviewsWithRecommendations: 0,
    })
    const bad = await session(anonymous(), 'not-a-token-at-all-but-long-enough').get(path)
    expect(bad.status).toBe(401)
  })

  it('refuses a financial year that has not ended yet without a sign-in', async () => {
    const res = await t.app().request(`${path}?from=2025-04-01&to=2026-03-31`)
    expect(res.status).toBe(401)
  })

  it('shows a published return to anyone, as published', async () => {
    const res = await anonymous().request(`${path}?from=2024-04-01&to=2025-03-31`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toMatch(/^public/)
    expect(await json(res)).toMatchObject({
      basis: 'published-returns',
      figures: { applications: 2, thresholdNotMet: 1 },
      suppression: null,
      public: true,
    })
    const latest = await json(await anonymous().request(path))
    expect([latest.from, latest.to]).toEqual(['2024-04-01', '2025-03-31'])
  })

  it('counts an ended year in public only from the day records are kept, small counts hidden', async () => {
    const year = `${path}?from=2025-04-01&to=2026-03-31`
    // Until an admin says from when every application is recorded, nothing is counted in public.
    const unset = await json(await anonymous().request(year))
    expect(unset).toMatchObject({ figures: null, recorded: null })
    expect(unset.notes.join(' ')).toMatch(/recordsKeptSince/)
    expect(JSON.stringify(unset)).not.toMatch(/2025-05/)

    const settings = await json(await admin.get('/v1/settings/case-reviews'))
    const { thresholdPolicy, timescales } = settings
    const put = { thresholdPolicy, timescales, recordsKeptSince: '2025-04-01' }
    expect((await admin.put('/v1/settings/case-reviews', put)).status).toBe(200)

    const res = await anonymous().request(year)
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body).toMatchObject({
      basis: 'case-review-records',
      // 3 applications, 2 not met, 1 review: all from 1 to 4, all hidden; 0 is shown.
      figures: {
        applications: null,
        thresholdNotMet: null,
        reviewsCarriedOut: null,
        reviewsWithRecommendations: 0,
      },
      recorded: { figures: { applications: null }, findings: [] },
      suppression: {
        threshold: 5,
        suppressed: ['applications', 'thresholdNotMet', 'reviewsCarriedOut'],
      },
      findings: [],
    })
    expect(body.notes).toContain('Counts from 1 to 4 counted from case records are not shown.')
    // No day of any application or decision, anywhere in the answer.
    expect(JSON.stringify(body)).not.toMatch(/2025-05|May 2025/)
    const csv = await (await anonymous().request(`${year}&format=csv`)).text()
    expect(csv.split('\r\n')[1]).toMatch(
      /^applications,Applications for an ASB Case Review,,2025-04-01/
    )

    // Signed in, the same year is exact; a lower local threshold shows the counts in public.
    expect((await json(await admin.get(`${path}?from=2025-04-01&to=2026-03-30`))).figures).toEqual({
      applications: 3,
      thresholdNotMet: 2,
      reviewsCarriedOut: 1,
      reviewsWithRecommendations: 0,
    })
    const open = await json(await t.app({ suppressionThreshold: 1 }, nextYear).request(year))
    expect(open.figures).toMatchObject({ applications: 3, thresholdNotMet: 2 })
  })
})

describe.each(testDatabases)('DHR references in duties due on $name', (target) => {
  const t = useTestDb(target)

  it('names a DHR notification by its reference for admins only', async () => {
    const p = await testPartners(t.db)
    const admin = await (await testUser(t.db, 'admin', p.council.id)).on(t.app())
    const put = await admin.put('/v1/settings/partnership', {
      name: 'South Derbyshire CSP',
      tier: 'district',
      planStart: '2023-04-01',
      dhrNotifications: [
        { id: 'DHR Jane Smith', notifiedOn: '2025-05-01' },
        { id: 'DHR-2025-02 J Bloggs', notifiedOn: '2025-05-01' },
      ],
    })
    expect(put.status).toBe(200)
    const window = '/v1/duties/due?from=2025-05-01&to=2025-12-31'
    for (const role of ['viewer', 'officer', 'analyst'] as const) {
      const user = await (await testUser(t.db, role, p.council.id)).on(t.app())
      const body = await json(await user.get(window))
      const text = JSON.stringify(body)
      expect(text, role).not.toMatch(/Jane|Smith|Bloggs/)
      const dhr = body.items.filter(
        (i: { dutyId: string }) => i.dutyId === 'domestic-homicide-review'
      )
      expect(dhr.map((i: { reference: string }) => i.reference)).toEqual(
        expect.arrayContaining(['notified 2025-05-01 (1)', 'notified 2025-05-01 (2)'])
      )
    }
    const own = JSON.stringify(await json(await admin.get(window)))
    expect(own).toContain('DHR Jane Smith')
  })
})
