import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../clock.ts'
import { auditLog } from '../db/schema/index.ts'
import {
  recordCases,
  session,
  testPartners,
  testUser,
  type Session,
  type TestCase,
} from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

const returns = '/v1/asb-case-reviews/annual-returns'
const view = '/v1/asb-case-reviews/annual-return'
const year = { period: '2025/26', from: '2025-04-01', to: '2026-03-31' }
const yearQuery = `?from=${year.from}&to=${year.to}`

// 2025-26: two applications met (one reviewed with recommendations, one reviewed without), one
// not met, one still open.
const cases: TestCase[] = [
  {
    receivedOn: '2025-04-10',
    decidedOn: '2025-04-14',
    met: true,
    events: [
      { type: 'inform-applicant', on: '2025-04-15' },
      { type: 'hold-review', on: '2025-05-10' },
      { type: 'make-recommendations', on: '2025-05-11', recommendations: ['Joint visit'] },
    ],
  },
  {
    receivedOn: '2025-04-20',
    decidedOn: '2025-04-24',
    met: true,
    events: [
      { type: 'inform-applicant', on: '2025-04-25' },
      { type: 'hold-review', on: '2025-05-20' },
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
const expected = {
  applications: 4,
  thresholdNotMet: 1,
  reviewsCarriedOut: 2,
  reviewsWithRecommendations: 1,
}

describe.each(testDatabases)('publishing the ASB Case Review return on $name', (target) => {
  const t = useTestDb(target)
  // The year has ended: the return is published on 10 April 2026.
  const app = () => t.app({}, fixedClock('2026-04-10T09:00:00Z'))
  let admin: Session
  let officer: Session
  let adminId: string

  beforeAll(async () => {
    const p = await testPartners(t.db)
    const recorder = await (await testUser(t.db, 'officer', p.council.id)).on(t.app())
    const bodies = { council: p.council.id, police: p.police.id, housing: p.housing.id }
    await recordCases(recorder, bodies, cases)
    const adminUser = await testUser(t.db, 'admin', p.council.id)
    adminId = adminUser.user.id
    admin = await adminUser.on(app())
    officer = await (await testUser(t.db, 'officer', p.council.id)).on(app())
  })

  // ASB-10 items (due, projected) in the year after the publication day.
  const asbPublicationsDue = async () => {
    const res = await officer.get('/v1/duties/due?to=2027-06-30')
    expect(res.status).toBe(200)
    const { items } = await json(res)
    return items
      .filter((i: { ruleId: string }) => i.ruleId === 'ASB-10')
      .map((i: { due: string; projected: boolean }) => [i.due, i.projected])
  }

  const setRecordsKeptSince = async (recordsKeptSince: string | null) => {
    const { thresholdPolicy, timescales } = await json(await admin.get('/v1/settings/case-reviews'))
    const body = { thresholdPolicy, timescales, recordsKeptSince }
    expect((await admin.put('/v1/settings/case-reviews', body)).status).toBe(200)
  }

  it('is for admins only', async () => {
    expect((await session(app(), null).post(returns, year)).status).toBe(401)
    const res = await officer.post(returns, year)
    expect(res.status).toBe(403)
    expect((await json(res)).type).toBe(problemType('forbidden'))
  })

  it('rejects a bad body with a 400 problem naming each field', async () => {
    const cases: [unknown, { path: string; message: string }[]][] = [
      [
        { ...year, from: '2026-04-01', to: '2025-04-01' },
        [{ path: 'to', message: 'must not be before from' }],
      ],
      [
        { period: ' ', from: '2025-02-30', furtherInformationUrl: 'javascript:alert(1)' },
        [
          { path: 'period', message: 'enter the period, such as 2025/26' },
          { path: 'from', message: 'Invalid ISO date' },
          { path: 'to', message: 'Invalid input: expected string, received undefined' },
          {
            path: 'furtherInformationUrl',
            message: 'enter a web address starting https:// or http://',
          },
        ],
      ],
      [
        { ...year, to: '2026-04-10' },
        [
          {
            path: 'to',
            message:
              'must be before today (2026-04-10): a return counts only days that have passed',
          },
        ],
      ],
    ]
    for (const [body, errors] of cases) {
      const res = await admin.post(returns, body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      const problem = await json(res)
      expect(problem.type).toBe(problemType('validation'))
      expect(problem.errors).toEqual(errors.map((e) => ({ ...e, in: 'json' })))
    }
  })

  it('refuses a window the records do not wholly cover, with a 409 problem', async () => {
    const unset = await admin.post(returns, year)
    expect(unset.status).toBe(409)
    expect((await json(unset)).detail).toBe(
      'The case-review settings do not say from which day every application is recorded (recordsKeptSince), so the records cannot be shown to cover 2025-04-01 to 2026-03-31; set it first.'
    )
    await setRecordsKeptSince('2025-04-10')
    const late = await admin.post(returns, year)
    expect(late.status).toBe(409)
    const problem = await json(late)
    expect(problem.type).toBe(problemType('conflict'))
    expect(problem.detail).toBe(
      'Every application is recorded only from 2025-04-10, so the records do not cover 2025-04-01 to 2025-04-09; the figures would be incomplete.'
    )
    expect(await json(await app().request(returns))).toMatchObject({
      items: [{ period: '2024-25' }],
    })
  })

  it('refuses a window that overlaps a published return', async () => {
    await setRecordsKeptSince('2024-01-01')
    const res = await admin.post(returns, { ...year, from: '2025-03-01' })
    expect(res.status).toBe(409)
    expect((await json(res)).detail).toBe(
      'The 2024-25 return (2024-04-01 to 2025-03-31) is already published and overlaps 2025-03-01 to 2026-03-31; a day may be counted in one return only.'
    )
  })

  it('publishes the figures the records give for the window, dated today, and audits it', async () => {
    await setRecordsKeptSince('2025-04-01')
    const before = await json(await admin.get(view + yearQuery))
    expect(before).toMatchObject({ basis: 'case-review-records', figures: expected })
    expect(await asbPublicationsDue()).toEqual([])

    const url = 'https://www.southderbyshire.gov.uk/asb-case-review'
    const res = await admin.post(returns, { ...year, furtherInformationUrl: url })
    expect(res.status).toBe(201)
    expect(res.headers.get('location')).toBe(`${view}${yearQuery}`)
    const published = await json(res)
    expect(published).toEqual({
      ...year,
      ...before.figures,
      furtherInformationUrl: url,
      publishedOn: '2026-04-10',
      source: {
        publisher: 'South Derbyshire Community Safety Partnership',
        title: 'ASB Case Review figures 2025/26',
        asAt: '2026-04-10',
        note: 'Counted by the CSP Toolkit from its case-review records (every application recorded from 2025-04-01) and published on 2026-04-10.',
      },
    })

    const after = await json(await admin.get(view + yearQuery))
    expect(after).toMatchObject({ basis: 'published-returns', figures: expected, notes: [] })
    expect(after.returns).toEqual([published])
    const list = await json(await app().request(returns))
    expect(list.items).toEqual([
      expect.objectContaining({ period: '2024-25', publishedOn: null }),
      published,
    ])

    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'annual-return.publish'), eq(auditLog.actorId, adminId)))
    expect(entries.map((e) => [e.subjectType, e.subjectId, e.details])).toEqual([
      [
        'asb-case-review-return',
        '2025-04-01/2026-03-31',
        {
          ...year,
          figures: expected,
          recordsKeptSince: '2025-04-01',
          publishedOn: '2026-04-10',
        },
      ],
    ])

    const again = await admin.post(returns, { ...year, period: '2025-26 again' })
    expect(again.status).toBe(409)
  })

  it('moves the next ASB Case Review publication to 12 months after this one', async () => {
    expect(await asbPublicationsDue()).toEqual([['2027-04-10', false]])
    const settings = await json(await admin.get('/v1/settings/partnership'))
    expect(settings).toMatchObject({
      isDefault: true,
      partnership: { lastAsbReturnPublishedOn: '2026-04-10' },
    })
    // A stored date earlier than the publication gives way to it; a later one is used.
    const stored = { ...settings.partnership, lastAsbReturnPublishedOn: '2025-09-30' }
    const put = await json(await admin.put('/v1/settings/partnership', stored))
    expect(put.notes).toEqual([
      'An ASB Case Review return was published on 2026-04-10, after lastAsbReturnPublishedOn (2025-09-30); the deadlines count from 2026-04-10.',
    ])
    expect(await asbPublicationsDue()).toEqual([['2027-04-10', false]])
    const later = { ...stored, lastAsbReturnPublishedOn: '2026-05-01' }
    expect((await admin.put('/v1/settings/partnership', later)).status).toBe(200)
    expect(await asbPublicationsDue()).toEqual([['2027-05-01', false]])
  })

  it('exports a return counted from published returns and records as CSV', async () => {
    // The 2025/26 return was published by the test above. Two years are not a public window.
    const res = await admin.get(`${view}?from=2024-04-01&to=2026-03-31&format=csv`)
    expect(res.status).toBe(200)
    const [header, first, ...rest] = (await res.text()).split('\r\n')
    expect(header).toBe('figure,description,count,from,to,basis,source,notes')
    expect(first).toBe(
      'applications,Applications for an ASB Case Review,6,2024-04-01,2026-03-31,published-returns,"South Derbyshire Community Safety Partnership: South Derbyshire CSP Partnership Plan 2023-26, Anti-social Behaviour (ASB) Case Review (2024-25, 2024-04-01 to 2025-03-31); South Derbyshire Community Safety Partnership: ASB Case Review figures 2025/26 (2025/26, 2025-04-01 to 2026-03-31)",'
    )
    expect(rest.map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      'thresholdNotMet,Decisions that the threshold for a review was not met,2',
      'reviewsCarriedOut,ASB Case Reviews carried out,3',
      'reviewsWithRecommendations,ASB Case Reviews that resulted in recommendations,2',
      '',
    ])
  })
})

describe.each(testDatabases)(
  'a refusal counted in the year after its application, on $name',
  (target) => {
    const t = useTestDb(target)
    const app = () => t.app({}, fixedClock('2026-04-10T09:00:00Z'))

    it('is published (each figure counts what happened in the year) and flagged for a check', async () => {
      const p = await testPartners(t.db)
      const recorder = await (await testUser(t.db, 'officer', p.council.id)).on(t.app())
      const bodies = { council: p.council.id, police: p.police.id, housing: p.housing.id }
      // Received in the published 2024-25 year, refused in 2025-26.
      await recordCases(recorder, bodies, [
        {
          receivedOn: '2025-03-28',
          decidedOn: '2025-04-02',
          met: false,
          events: [{ type: 'inform-applicant', on: '2025-04-03' }],
        },
      ])
      const admin = await (await testUser(t.db, 'admin', p.council.id)).on(app())
      const { thresholdPolicy, timescales } = await json(
        await admin.get('/v1/settings/case-reviews')
      )
      const settings = { thresholdPolicy, timescales, recordsKeptSince: '2025-03-01' }
      expect((await admin.put('/v1/settings/case-reviews', settings)).status).toBe(200)

      const res = await admin.post(returns, year)
      expect(res.status).toBe(201)
      expect(await json(res)).toMatchObject({ applications: 0, thresholdNotMet: 1 })
      const shown = await json(await admin.get(view + yearQuery))
      expect(shown.findings.map((f: { code: string }) => f.code)).toEqual([
        'not-met-exceeds-applications',
      ])
    })
  }
)
