import {
  defaultThresholdPolicy,
  defaultTimescales,
  southDerbyshireThresholdPolicy,
} from '@csp/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../clock.ts'
import { application, testPartners, testUser } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json } from '../test/http.ts'

const base = '/v1/asb-case-reviews'
const settingsPath = '/v1/settings/case-reviews'

describe.each(testDatabases)('case-review deadlines and settings on $name', (target) => {
  const t = useTestDb(target)
  let officer: Awaited<ReturnType<typeof testUser>>
  let admin: Awaited<ReturnType<typeof testUser>>
  let caseId: string

  // Received Thursday 21 August 2025: 3 working days to acknowledge skip the bank holiday on
  // Monday 25 August, so the last day is Wednesday 27 August, not Tuesday 26.
  beforeAll(async () => {
    const p = await testPartners(t.db)
    officer = await testUser(t.db, 'officer', p.council.id)
    admin = await testUser(t.db, 'admin', p.council.id)
    const app = t.app({}, fixedClock('2025-08-21T10:00:00Z'))
    const bodies = { council: p.council.id, police: p.police.id, housing: p.housing.id }
    const res = await (
      await officer.on(app)
    ).post(base, application(bodies, { receivedOn: '2025-08-21', complaints: [] }))
    expect(res.status).toBe(201)
    caseId = (await json(res)).id
  })

  const listAt = async (iso: string, query = '') => {
    const s = await officer.on(t.app({}, fixedClock(iso)))
    return json(await s.get(`${base}${query}`))
  }

  it('is not overdue on the last day, counted in working days past the bank holiday', async () => {
    // 22:30 UTC is 23:30 in London: still 27 August.
    const body = await listAt('2025-08-27T22:30:00Z')
    expect(body.asOf).toBe('2025-08-27')
    const item = body.items.find((i: { id: string }) => i.id === caseId)
    expect(item.deadlines).toEqual([
      expect.objectContaining({ key: 'acknowledge', from: '2025-08-21', due: '2025-08-27' }),
      expect.objectContaining({ key: 'decideThreshold', due: '2025-09-12' }),
    ])
    expect(item).toMatchObject({ isOverdue: false, overdue: [] })
    expect((await listAt('2025-08-27T22:30:00Z', '?overdue=true')).items).toEqual([])
  })

  it('is overdue from the next day in England', async () => {
    // 23:30 UTC on 27 August is already 28 August in London.
    const body = await listAt('2025-08-27T23:30:00Z', '?overdue=true')
    expect(body.asOf).toBe('2025-08-28')
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([caseId])
    expect(body.items[0].overdue.map((d: { key: string }) => d.key)).toEqual(['acknowledge'])
    expect((await listAt('2025-08-27T23:30:00Z', '?overdue=false')).items).toEqual([])
  })

  it('filters by state and date received', async () => {
    const at = '2025-09-01T09:00:00Z'
    expect((await listAt(at, '?state=received')).items).toHaveLength(1)
    expect((await listAt(at, '?state=closed')).items).toHaveLength(0)
    expect((await listAt(at, '?receivedFrom=2025-08-22')).items).toHaveLength(0)
    expect((await listAt(at, '?receivedFrom=2025-08-21&receivedTo=2025-08-21')).items).toHaveLength(
      1
    )
    const s = await officer.on(t.app({}, fixedClock(at)))
    const bad = await s.get(`${base}?receivedFrom=2025-09-01&receivedTo=2025-08-01&state=open`)
    expect((await json(bad)).errors.map((e: { path: string }) => e.path)).toEqual(['state'])
  })

  it('serves the domain defaults until an admin stores settings (admins only)', async () => {
    const s = await admin.on(t.app())
    const body = await json(await s.get(settingsPath))
    expect(body).toEqual({
      thresholdPolicy: defaultThresholdPolicy,
      timescales: defaultTimescales,
      recordsKeptSince: null,
      retentionMonths: 24,
      isDefault: true,
      updatedAt: null,
      updatedBy: null,
    })
    // Issue 17: the statutory default merges nothing (s104(4) counts every complaint).
    expect(body.thresholdPolicy.mergeSameComplainantIncident).toBe(false)
    const o = await officer.on(t.app())
    expect((await o.get(settingsPath)).status).toBe(403)
    expect((await o.put(settingsPath, body)).status).toBe(403)
  })

  it('validates settings with the domain schemas and uses the stored timescales', async () => {
    const s = await admin.on(t.app({}, fixedClock('2025-08-27T09:00:00Z')))
    const bad = await s.put(settingsPath, {
      thresholdPolicy: { statutoryCount: 4 },
      timescales: { ...defaultTimescales, acknowledge: { amount: -1, unit: 'fortnights' } },
    })
    expect(bad.status).toBe(400)
    const errors = (await json(bad)).errors
    expect(errors.map((e: { path: string }) => e.path)).toEqual([
      'thresholdPolicy.statutoryCount',
      'timescales.acknowledge.amount',
      'timescales.acknowledge.unit',
    ])
    expect(errors[0].message).toContain('s104(4)')
    const saved = await s.put(settingsPath, {
      thresholdPolicy: southDerbyshireThresholdPolicy,
      timescales: { ...defaultTimescales, acknowledge: { amount: 2, unit: 'calendar-days' } },
    })
    expect(saved.status).toBe(200)
    expect(await json(saved)).toMatchObject({
      isDefault: false,
      thresholdPolicy: { routes: { multipleIndividuals: { enabled: true, minIndividuals: 5 } } },
      updatedAt: '2025-08-27T09:00:00.000Z',
      updatedBy: admin.user.id,
    })
    const item = (await listAt('2025-08-24T09:00:00Z')).items[0]
    expect(item.overdue).toEqual([
      expect.objectContaining({ key: 'acknowledge', due: '2025-08-23' }),
    ])
  })
})
