import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { asbCaseReviewComplaints, asbCaseReviews, auditLog } from '../db/schema/index.ts'
import { recordCases, testPartners, testUser, type Session } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json } from '../test/http.ts'
import { runCli } from '../cli/run-cli.ts'
import { fakeIo } from '../test/cli.ts'
import { purgeClosedCaseReviews } from './purge.ts'

const annualReturn = '/v1/asb-case-reviews/annual-return?from=2025-04-01&to=2026-03-31'

describe.each(testDatabases)('purging closed case reviews on $name', (target) => {
  const t = useTestDb(target)
  let admin: Session

  beforeAll(async () => {
    const p = await testPartners(t.db)
    const bodies = { council: p.council.id, police: p.police.id, housing: p.housing.id }
    const officer = await (await testUser(t.db, 'officer', p.council.id)).on(t.app())
    admin = await (await testUser(t.db, 'admin', p.council.id)).on(t.app())
    await recordCases(officer, bodies, [
      {
        receivedOn: '2025-04-10',
        decidedOn: '2025-04-14',
        met: true,
        events: [
          { type: 'inform-applicant', on: '2025-04-15' },
          { type: 'hold-review', on: '2025-05-10' },
          { type: 'make-recommendations', on: '2025-05-11', recommendations: ['Joint visit'] },
          { type: 'send-outcome', on: '2025-05-20' },
          { type: 'close', on: '2025-05-21' },
        ],
      },
      {
        receivedOn: '2025-04-15',
        decidedOn: '2025-04-19',
        met: false,
        events: [
          { type: 'inform-applicant', on: '2025-04-21' },
          { type: 'close', on: '2025-05-30' },
        ],
      },
      { receivedOn: '2025-05-01', met: false, events: [] },
    ])
  })

  const figures = async () => (await json(await admin.get(annualReturn))).figures

  it('erases the personal data of closed cases past retention and leaves the four figures as they were', async () => {
    const before = await figures()
    expect(before).toBeDefined()
    const result = await purgeClosedCaseReviews(t.db, {
      before: '2025-05-25',
      today: '2027-06-01',
      retentionMonths: 24,
      at: new Date('2027-06-01T09:00:00Z'),
    })
    // The case closed on 30 May is after --before; the open case is never touched.
    expect(result).toEqual({ erased: 1, keptForRetention: 0 })
    expect(await figures()).toEqual(before)

    const rows = await t.db.select().from(asbCaseReviews)
    const purged = rows.filter((r) => r.personalErasedAt !== null)
    expect(purged).toHaveLength(1)
    expect(JSON.stringify(purged[0]!.personal)).not.toContain('Alex Example')
    expect(rows.filter((r) => r.personal.applicant.name === 'Alex Example')).toHaveLength(2)
    const complaints = await t.db
      .select()
      .from(asbCaseReviewComplaints)
      .where(eq(asbCaseReviewComplaints.caseReviewId, purged[0]!.id))
    expect(complaints.length).toBe(3)
    expect(complaints.every((c) => c.complainant === null)).toBe(true)
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'asb-case-review.purge'))
    expect(audit!.details).toMatchObject({ erased: 1, ids: [purged[0]!.id] })
  })

  it('keeps closed cases still within their retention period', async () => {
    const result = await purgeClosedCaseReviews(t.db, {
      before: '2025-12-31',
      today: '2026-01-01',
      retentionMonths: 24,
      at: new Date('2026-01-01T09:00:00Z'),
    })
    expect(result).toEqual({ erased: 0, keptForRetention: 1 })
  })
})

describe('csp case-reviews purge', () => {
  it('refuses a missing or bad --before with a one-line reason', async () => {
    for (const argv of [['purge'], ['purge', '--before', '1 April']]) {
      const { io, stderr } = fakeIo({})
      expect(await runCli(['case-reviews', ...argv], io)).toBe(2)
      expect(stderr().trim()).toMatch(/--before must be a date such as 2025-04-01$/)
    }
  })
})
