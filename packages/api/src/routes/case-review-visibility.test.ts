import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../db/schema/index.ts'
import { application, session, testPartners, testUser, type Session } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

const base = '/v1/asb-case-reviews'
const personalFields = ['applicant', 'victim', 'address', 'incidentDescription', 'complaints']

describe.each(testDatabases)('who sees a case review on $name', (target) => {
  const t = useTestDb(target)
  const as = {} as Record<
    'admin' | 'officer' | 'otherOfficer' | 'analyst' | 'viewer' | 'anonymous',
    Session
  >
  const ids = {} as Record<keyof typeof as, string>
  let caseId: string

  beforeAll(async () => {
    const p = await testPartners(t.db)
    const app = t.app()
    const users = {
      admin: await testUser(t.db, 'admin', p.council.id),
      officer: await testUser(t.db, 'officer', p.police.id),
      otherOfficer: await testUser(t.db, 'officer', p.fire.id),
      analyst: await testUser(t.db, 'analyst', p.council.id),
      viewer: await testUser(t.db, 'viewer', p.council.id),
    }
    for (const [role, u] of Object.entries(users)) {
      as[role as keyof typeof users] = await u.on(app)
      ids[role as keyof typeof users] = u.user.id
    }
    as.anonymous = session(app, null)
    const bodies = { council: p.council.id, police: p.police.id, housing: p.housing.id }
    const res = await as.officer.post(base, application(bodies))
    expect(res.status).toBe(201)
    caseId = (await json(res)).id
  })

  const readsOf = (actorId: string) =>
    t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'personal-data.read'),
          eq(auditLog.subjectId, caseId),
          eq(auditLog.actorId, actorId)
        )
      )

  it('shows the personal data to admins and officers of a relevant body, and audits it', async () => {
    for (const who of ['admin', 'officer'] as const) {
      const before = (await readsOf(ids[who])).length
      const res = await as[who].get(`${base}/${caseId}`)
      expect(res.status, who).toBe(200)
      expect(res.headers.get('cache-control')).toBe('no-store')
      const body = await json(res)
      expect(body.applicant.name).toBe('Alex Example')
      expect(body.incidentDescription).toContain('noise')
      const reads = await readsOf(ids[who])
      expect(reads.length, who).toBe(before + 1)
      expect(reads.at(-1)).toMatchObject({
        subjectType: 'asb-case-review',
        details: { purpose: 'get' },
      })
    }
  })

  it('answers everyone else 404, as for a case that does not exist, and audits nothing', async () => {
    const missing = await json(await as.admin.get(`${base}/00000000-0000-4000-8000-000000000000`))
    for (const who of ['otherOfficer', 'analyst', 'viewer'] as const) {
      const res = await as[who].get(`${base}/${caseId}`)
      expect(res.status, who).toBe(404)
      const body = await json(res)
      expect(body.type).toBe(missing.type)
      expect(body.title).toBe(missing.title)
      expect(await readsOf(ids[who])).toEqual([])
    }
    expect((await as.anonymous.get(`${base}/${caseId}`)).status).toBe(401)
  })

  it('lists without personal data, and only to those who may know the case', async () => {
    for (const who of ['admin', 'officer'] as const) {
      const body = await json(await as[who].get(base))
      const item = body.items.find((i: { id: string }) => i.id === caseId)
      expect(item, who).toMatchObject({ state: 'received', receivedOn: '2025-05-01' })
      for (const field of personalFields) expect(item, `${who} ${field}`).not.toHaveProperty(field)
    }
    const other = await json(await as.otherOfficer.get(base))
    expect(other.items).toEqual([])
    for (const who of ['analyst', 'viewer'] as const) {
      const res = await as[who].get(base)
      expect(res.status, who).toBe(403)
      expect((await json(res)).type).toBe(problemType('forbidden'))
    }
    expect((await as.anonymous.get(base)).status).toBe(401)
  })

  it('gives analysts and viewers counts only', async () => {
    for (const who of ['analyst', 'viewer', 'otherOfficer'] as const) {
      const res = await as[who].get(`${base}/statistics`)
      expect(res.status, who).toBe(200)
      const body = await json(res)
      expect(body).toMatchObject({ total: 1, byState: { received: 1 }, asOf: '2025-06-01' })
      expect(JSON.stringify(body)).not.toContain(caseId)
    }
  })

  it('lets only visible writers change a case: 403 by role, then 404 by visibility', async () => {
    const path = `${base}/${caseId}/events`
    const acknowledge = { type: 'acknowledge', on: '2025-05-02' }
    expect((await as.analyst.post(path, acknowledge)).status).toBe(403)
    expect((await as.viewer.post(`${base}/${caseId}/threshold-decision`)).status).toBe(403)
    expect((await as.otherOfficer.post(path, acknowledge)).status).toBe(404)
    expect((await as.otherOfficer.post(`${base}/${caseId}/threshold-decision`)).status).toBe(404)
    expect((await as.anonymous.post(path, acknowledge)).status).toBe(401)
    const res = await as.admin.post(path, acknowledge)
    expect(res.status).toBe(201)
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, caseId), eq(auditLog.actorId, ids.admin)))
    expect(entries.map((e) => e.action).slice(-2)).toEqual([
      'asb-case-review.event',
      'personal-data.read',
    ])
    expect(entries.at(-2)?.details).toEqual({
      type: 'acknowledge',
      on: '2025-05-02',
      from: 'received',
      to: 'received',
    })
  })

  it('audits the creation without personal data in the log', async () => {
    const [created] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, caseId), eq(auditLog.action, 'asb-case-review.create')))
    expect(created?.actorId).toBe(ids.officer)
    expect(JSON.stringify(created?.details)).not.toMatch(/Alex|Example Street|noise/)
  })
})
