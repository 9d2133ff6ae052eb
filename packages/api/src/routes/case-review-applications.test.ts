import { eq, like } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signedClientAddress } from '../auth/client-address.ts'
import {
  asbCaseReviewApplications,
  asbCaseReviews,
  auditLog,
  loginThrottle,
} from '../db/schema/index.ts'
import { createNotifier } from '../notifications/notifier.ts'
import { testPartners, testUser, type Session } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'
import { startSmtpServer } from '../test/smtp.ts'

const base = '/v1/case-review-applications'
const portalSecret = 'the secret the portal and the API share'
type App = { request(path: string, init?: RequestInit): Response | Promise<Response> }

/** A signed-out request, from `address` as the portal vouches for it. */
const post = (app: App, path: string, body: unknown, address = '203.0.113.10') => {
  const text = JSON.stringify(body)
  return app.request(path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(text)),
      ...signedClientAddress(address, portalSecret, new Date('2025-06-01T09:00:00Z')),
    },
    body: text,
  })
}

describe.each(testDatabases)('online case-review applications on $name', (target) => {
  const t = useTestDb(target)
  let bodies: Awaited<ReturnType<typeof testPartners>>
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  let app: ReturnType<typeof t.app>
  let officer: Session
  let fireOfficer: Session

  beforeAll(async () => {
    bodies = await testPartners(t.db)
    smtp = await startSmtpServer()
    const notifier = createNotifier({
      smtpUrl: smtp.url,
      from: 'csp@example.org',
      inbox: 'csp-inbox@example.org',
    })
    app = t.app({ auth: { portalSecret }, notifier })
    officer = await (await testUser(t.db, 'officer', bodies.council.id)).on(app)
    fireOfficer = await (await testUser(t.db, 'officer', bodies.fire.id)).on(app)
  })
  afterAll(() => smtp.close())

  const application = (overrides: Record<string, unknown> = {}) => ({
    applicantType: 'victim',
    applicant: { name: 'Sam Resident', contact: { email: 'sam@example.org' } },
    address: '2 Example Road, Swadlincote',
    incidents: [
      {
        happenedOn: '2025-05-01',
        whatHappened: 'Shouting and banging at night.',
        reportedTo: bodies.council.id,
        reportedOn: '2025-05-02',
        reference: 'SDDC-123',
      },
      {
        happenedOn: '2025-05-10',
        whatHappened: 'Car blocked my drive.',
        reportedTo: bodies.police.id,
        reportedOn: '2025-05-10',
      },
      {
        happenedOn: '2025-05-20',
        whatHappened: 'Threats on the stairs.',
        reportedTo: bodies.housing.id,
        reportedOn: '2025-05-21',
      },
    ],
    consentToShare: true,
    ...overrides,
  })

  it('receives an application, emails the reference, and shows the applicant only stages', async () => {
    const res = await post(app, base, application())
    expect(res.status, await res.clone().text()).toBe(201)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const receipt = await json(res)
    expect(receipt).toMatchObject({ receivedOn: '2025-06-01', notification: 'sent' })
    expect(receipt.reference).toMatch(/^ASB-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(receipt.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/)

    // Only the hash of the code is stored.
    const [stored] = await t.db
      .select()
      .from(asbCaseReviewApplications)
      .where(eq(asbCaseReviewApplications.reference, receipt.reference))
    expect(stored!.codeHash).not.toContain(receipt.code.replace('-', ''))
    const [review] = await t.db
      .select()
      .from(asbCaseReviews)
      .where(eq(asbCaseReviews.id, stored!.caseReviewId))
    expect(review).toMatchObject({ state: 'received', createdBy: null })
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'asb-case-review.apply-online'))
    expect(audit).toMatchObject({ actorId: null })
    expect(JSON.stringify(audit!.details)).not.toContain('Sam')

    // The applicant's receipt and the partnership's note arrived on the SMTP server.
    const toApplicant = smtp.received.find((m) => m.to.includes('sam@example.org'))
    expect(toApplicant?.raw).toContain(receipt.reference)
    expect(toApplicant?.raw).not.toContain(receipt.code)
    const toInbox = smtp.received.find((m) => m.to.includes('csp-inbox@example.org'))
    expect(toInbox?.raw).toContain(receipt.reference)
    expect(toInbox?.raw).not.toContain('Sam Resident')

    // Officers of the bodies named see it; an officer of another body does not.
    const id = stored!.caseReviewId
    const detail = await officer.get(`/v1/asb-case-reviews/${id}`)
    expect(detail.status).toBe(200)
    expect(await json(detail)).toMatchObject({
      applicant: { name: 'Sam Resident' },
      complaints: [{ id: 'C1', incidentKey: 'SDDC-123' }, { id: 'C2' }, { id: 'C3' }],
    })
    expect((await fireOfficer.get(`/v1/asb-case-reviews/${id}`)).status).toBe(404)

    const status = await post(app, `${base}/status`, {
      reference: receipt.reference.toLowerCase(),
      code: receipt.code.replace('-', ' '),
    })
    expect(status.status).toBe(200)
    expect(await json(status)).toEqual({
      reference: receipt.reference,
      stages: [{ stage: 'received', on: '2025-06-01', explanation: expect.any(String) }],
    })

    // The officer decides the threshold: the applicant's status says so, and an email goes.
    await officer.post(`/v1/asb-case-reviews/${id}/threshold-decision`)
    const decided = await officer.post(`/v1/asb-case-reviews/${id}/threshold-decision/confirm`, {
      on: '2025-06-01',
    })
    expect(decided.status, await decided.clone().text()).toBe(200)
    const after = await json(await post(app, `${base}/status`, receipt))
    expect(after.stages[1]).toMatchObject({ stage: 'threshold-met', on: '2025-06-01' })
    expect(after.stages[1].explanation).toContain('The threshold is met')
    expect(JSON.stringify(after)).not.toContain('Sam')
    const update = smtp.received.filter((m) => m.to.includes('sam@example.org'))
    expect(update.at(-1)?.raw).toContain('threshold for a case review is met')
  })

  it('answers a wrong code and an unknown reference the same way', async () => {
    const receipt = await json(await post(app, base, application(), '203.0.113.11'))
    const wrong = await post(app, `${base}/status`, { ...receipt, code: 'AAAAA-AAAAA' })
    const unknown = await post(app, `${base}/status`, { reference: 'ASB-0000-0000', code: 'x' })
    expect(wrong.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect((await json(wrong)).detail).toBe((await json(unknown)).detail)
  })

  it('refuses control characters, a filled honeypot, unknown partners and missing consent, with field paths', async () => {
    const nul = await post(app, base, application({ address: 'Flat 1\u0000' }))
    expect(nul.status).toBe(400)
    expect((await json(nul)).errors).toContainEqual(
      expect.objectContaining({
        path: 'address',
        message: 'must not contain control characters or unpaired surrogates',
      })
    )
    const honeypot = await post(app, base, application({ website: 'http://spam.example' }))
    expect((await json(honeypot)).errors).toEqual([
      { path: 'website', message: 'must be left empty', in: 'json' },
    ])
    const stranger = application()
    stranger.incidents[1]!.reportedTo = '0b6f3c1e-8d2a-4d55-9a57-5f1f1d0c2a11'
    const unknown = await post(app, base, stranger)
    expect((await json(unknown)).errors).toEqual([
      { path: 'incidents.1.reportedTo', message: 'is not one of the partners', in: 'json' },
    ])
    const thirdParty = await post(app, base, application({ applicantType: 'third-party' }))
    const paths = (await json(thirdParty)).errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['victimConsent', 'victimName']))
    const noConsent = await post(app, base, application({ consentToShare: false }))
    expect((await json(noConsent)).errors[0].path).toBe('consentToShare')
    const tooBig = await post(app, base, application({ address: 'x'.repeat(70_000) }))
    expect(tooBig.status).toBe(413)
  })

  it('limits applications per client and per partnership, in the database', async () => {
    // The counters of the tests above start again (the test clock never leaves their window).
    await t.db.delete(loginThrottle).where(like(loginThrottle.key, 'application%'))
    const limited = t.app({
      auth: { portalSecret },
      applications: { perClient: 2, perPartnership: 3 },
    })
    for (let i = 0; i < 2; i++) {
      expect((await post(limited, base, application(), '198.51.100.1')).status).toBe(201)
    }
    const third = await post(limited, base, application(), '198.51.100.1')
    expect(third.status).toBe(429)
    expect(third.headers.get('retry-after')).toBeTruthy()
    expect((await json(third)).type).toBe(problemType('too-many-requests'))
    // Another client may still apply, until the partnership's limit is reached …
    expect((await post(limited, base, application(), '198.51.100.2')).status).toBe(201)
    // … and a second instance over the same database shares the counts.
    const other = t.app({
      auth: { portalSecret },
      applications: { perClient: 2, perPartnership: 3 },
    })
    const fourth = await post(other, base, application(), '198.51.100.3')
    expect(fourth.status).toBe(429)
    expect((await json(fourth)).detail).toContain('to the partnership')
  })

  it('publishes how to apply: partners, threshold, timescales and retention from the settings', async () => {
    const res = await t.app().request(`${base}/guide`)
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBeTruthy()
    const guide = await json(res)
    expect(guide).toMatchObject({
      statutoryCount: 3,
      timescales: { decideThreshold: { amount: 15, unit: 'working-days' } },
      retentionMonths: 24,
    })
    expect(guide.partners.map((p: { name: string }) => p.name)).toContain('Derbyshire Constabulary')
  })

  it('says the email is off when no service is configured', async () => {
    const quiet = t.app({ auth: { portalSecret } })
    const res = await post(quiet, base, application(), '192.0.2.40')
    expect((await json(res)).notification).toBe('off')
  })
})
