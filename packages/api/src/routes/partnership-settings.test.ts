import { southDerbyshirePlan } from '@csp/domain'
import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../db/schema/index.ts'
import { partnershipFromPlan } from '../duties/partnership.ts'
import { session, testPartners, testUser, type Session } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

const path = '/v1/settings/partnership'
const stored = {
  name: 'South Derbyshire CSP',
  tier: 'district',
  planStart: '2023-04-01',
  planYears: 3,
  lastAsbReturnPublishedOn: '2025-07-15',
  daStrategyPublishedOn: '2024-01-10',
}

describe('partnershipFromPlan', () => {
  it('reads the tier from the area code and the length from the plan’s label', () => {
    const { partnership, notes } = partnershipFromPlan(southDerbyshirePlan, null)
    expect(partnership).toMatchObject({ tier: 'district', planStart: '2023-01-01', planYears: 3 })
    expect(partnership.lastAsbReturnPublishedOn).toBeUndefined()
    const unitary = {
      ...southDerbyshirePlan,
      partnership: { ...southDerbyshirePlan.partnership, areaCode: 'E06000015' },
      period: { ...southDerbyshirePlan.period, label: 'Derby plan', to: '2027-12-31' },
    }
    expect(partnershipFromPlan(unitary, '2025-05-01')).toMatchObject({
      partnership: { tier: 'unitary', planYears: 5, lastAsbReturnPublishedOn: '2025-05-01' },
      notes: [
        expect.stringContaining('5 years (its dates, to 2027-12-31)'),
        'The ASB Case Review figures were last published on 2025-05-01.',
      ],
    })
    expect(notes[0]).toContain('3 years (the plan\'s label "2023-26")')
  })
})

describe.each(testDatabases)('partnership settings on $name', (target) => {
  const t = useTestDb(target)
  let admin: Session
  let officer: Session
  let adminId: string

  beforeAll(async () => {
    const p = await testPartners(t.db)
    const adminUser = await testUser(t.db, 'admin', p.council.id)
    adminId = adminUser.user.id
    admin = await adminUser.on(t.app())
    officer = await (await testUser(t.db, 'officer', p.police.id)).on(t.app())
  })

  it('are for admins only', async () => {
    expect((await session(t.app(), null).get(path)).status).toBe(401)
    for (const res of [await officer.get(path), await officer.put(path, stored)]) {
      expect(res.status).toBe(403)
      expect((await json(res)).type).toBe(problemType('forbidden'))
    }
  })

  it('are derived from the stored plan until an admin stores some', async () => {
    const res = await admin.get(path)
    expect(res.status).toBe(200)
    expect(await json(res)).toEqual({
      partnership: {
        name: 'South Derbyshire Community Safety Partnership',
        tier: 'district',
        planStart: '2023-01-01',
        planYears: 3,
        svStrategyReviewMonths: 12,
        dhrNotifications: [],
        dhrTimescales: { decisionMonths: 1, completionMonths: 6 },
        dardrEffectiveFrom: null,
        daAnnualReportMonths: 3,
        commencements: { lpbThresholdReview: null, respectOrders: null, fpnMaximum500: null },
      },
      isDefault: true,
      notes: [
        'Derived from the stored plan "South Derbyshire CSP Partnership Plan 2023-26": tier from area code E07000039, plan start 2023-01-01, 3 years (the plan\'s label "2023-26"). Store partnership settings to change any of it.',
        'No publication date is known for any ASB Case Review return, so its next publication (ASB-10) is not listed until one is.',
      ],
      updatedAt: null,
      updatedBy: null,
    })
  })

  it('refuses what the domain’s PartnershipConfig refuses, naming each field', async () => {
    const bad = {
      name: '',
      tier: 'county',
      planStart: '2023-13-01',
      planYears: 0,
      dhrNotifications: [
        { id: 'DHR-1', notifiedOn: '2025-02-01', decidedOn: '2025-01-01' },
        { id: 'DHR-1', notifiedOn: '2025-03-01' },
      ],
    }
    const res = await admin.put(path, bad)
    expect(res.status).toBe(400)
    const problem = await json(res)
    expect(problem.type).toBe(problemType('validation'))
    expect(problem.errors.map((e: { path: string; in: string }) => [e.path, e.in])).toEqual([
      ['name', 'json'],
      ['tier', 'json'],
      ['planStart', 'json'],
      ['planYears', 'json'],
      ['dhrNotifications.0.decidedOn', 'json'],
    ])
    expect((await json(await admin.get(path))).isDefault).toBe(true)
  })

  it('stores and audits what an admin puts, and the deadlines follow it', async () => {
    const res = await admin.put(path, stored)
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body).toMatchObject({
      partnership: { ...stored, svStrategyReviewMonths: 12 },
      isDefault: false,
      notes: [],
      updatedAt: '2025-06-01T09:00:00.000Z',
      updatedBy: adminId,
    })
    expect(await json(await admin.get(path))).toEqual(body)

    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'settings.update'), eq(auditLog.subjectId, 'partnership')))
    expect(entries.map((e) => e.details)).toEqual([
      { before: 'defaults', after: expect.objectContaining(stored) },
    ])

    const due = await json(await officer.get('/v1/duties/due?from=2026-03-01&to=2026-07-31'))
    // The deadlines come from the stored settings; the settings themselves stay with admins.
    expect(due.partnership).toBeUndefined()
    expect(due.items.map((i: { due: string; ruleId: string }) => [i.due, i.ruleId])).toEqual([
      ['2026-03-31', 'CDA-06'],
      ['2026-04-01', 'CDA-07'],
      ['2026-04-01', 'CDA-11'],
      ['2026-07-15', 'ASB-10'],
    ])
  })
})
