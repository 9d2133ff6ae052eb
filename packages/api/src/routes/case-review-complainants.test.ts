import { defaultTimescales } from '@csp/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import { application, testPartners, testUser, type Session } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json } from '../test/http.ts'

const base = '/v1/asb-case-reviews'
const settingsPath = '/v1/settings/case-reviews'

// Issue 17: s104(4) counts every qualifying complaint whoever made it; merging one person's
// reports of one incident is an opt-in local rule.
describe.each(testDatabases)('complainants and the threshold on $name', (target) => {
  const t = useTestDb(target)
  let officer: Session
  let admin: Session
  let bodies: { council: string; police: string; housing: string }

  beforeAll(async () => {
    const p = await testPartners(t.db)
    bodies = { council: p.council.id, police: p.police.id, housing: p.housing.id }
    officer = await (await testUser(t.db, 'officer', p.council.id)).on(t.app())
    admin = await (await testUser(t.db, 'admin', p.council.id)).on(t.app())
  })

  const neighbours = () =>
    ['Resident A', 'Resident B', 'Resident C'].map((complainant, i) => ({
      behaviourOn: '2025-03-01',
      complainedOn: `2025-03-0${i + 2}`,
      receivedBy: bodies.council,
      complainant,
      incidentKey: 'inc-1',
    }))
  const onePerson = () =>
    [bodies.council, bodies.police, bodies.housing].map((receivedBy, i) => ({
      behaviourOn: '2025-03-01',
      complainedOn: `2025-03-0${i + 2}`,
      receivedBy,
      complainant: 'Resident A',
      incidentKey: 'inc-1',
    }))
  const evaluate = async (complaints: unknown[]) => {
    const created = await officer.post(
      base,
      application(bodies, { receivedOn: '2025-03-20', complaints })
    )
    expect(created.status, await created.clone().text()).toBe(201)
    const { id, complaints: stored } = await json(created)
    const res = await officer.post(`${base}/${id}/threshold-decision`)
    expect(res.status).toBe(200)
    return { id, stored, evaluation: (await json(res)).threshold.evaluation }
  }

  it('stores who made each complaint and shows it with the case', async () => {
    const { stored } = await evaluate(neighbours())
    expect(stored.map((c: { complainant: string }) => c.complainant)).toEqual([
      'Resident A',
      'Resident B',
      'Resident C',
    ])
  })

  it('counts three neighbours complaining about one incident three times by default', async () => {
    const { evaluation } = await evaluate(neighbours())
    expect(evaluation).toMatchObject({
      outcome: 'met',
      route: 'statutory',
      excluded: [],
      asAt: '2025-06-01',
      policy: { mergeSameComplainantIncident: false },
    })
  })

  it('gives the engine complainants as numbers, never names', async () => {
    const { evaluation } = await evaluate(neighbours())
    expect(evaluation.qualifying.map((c: { complainant: string }) => c.complainant)).toEqual([
      'complainant 1',
      'complainant 2',
      'complainant 3',
    ])
    expect(JSON.stringify(evaluation)).not.toContain('Resident')
  })

  it("counts one person's reports to three bodies once only when the local rule is opted in", async () => {
    expect((await evaluate(onePerson())).evaluation.outcome).toBe('met')
    const stored = await admin.put(settingsPath, {
      thresholdPolicy: { mergeSameComplainantIncident: true },
      timescales: defaultTimescales,
    })
    expect(stored.status).toBe(200)
    const merged = (await evaluate(onePerson())).evaluation
    expect(merged.outcome).toBe('not-met')
    expect(merged.excluded.map((e: { code: string }) => e.code)).toEqual([
      'same-incident',
      'same-incident',
    ])
    expect(merged.excluded[0].reason).toMatch(/local practice, not a rule of the Act/)
    expect((await evaluate(neighbours())).evaluation.outcome).toBe('met')
  })

  it('holds a review after an upheld escalation of a "not met" decision', async () => {
    const { id } = await evaluate([])
    await officer.post(`${base}/${id}/threshold-decision/confirm`, { on: '2025-05-02' })
    await officer.post(`${base}/${id}/events`, { type: 'inform-applicant', on: '2025-05-03' })
    const escalated = await officer.post(`${base}/${id}/events`, {
      type: 'escalate',
      on: '2025-05-10',
      upheld: true,
    })
    expect(escalated.status).toBe(201)
    expect((await json(escalated)).allowedEvents).toEqual(['hold-review', 'close'])
    const held = await officer.post(`${base}/${id}/events`, {
      type: 'hold-review',
      on: '2025-05-20',
    })
    expect(held.status).toBe(201)
    expect((await json(held)).state).toBe('review-held')
  })

  it('refuses an application from before ASB case reviews began, and an over-long complainant', async () => {
    const early = await officer.post(
      base,
      application(bodies, { receivedOn: '2014-10-19', complaints: [] })
    )
    expect(early.status).toBe(400)
    expect((await json(early)).errors).toEqual([
      expect.objectContaining({
        path: 'receivedOn',
        message: expect.stringContaining('2014-10-20'),
      }),
    ])
    const long = await officer.post(
      base,
      application(bodies, { complaints: [{ ...neighbours()[0], complainant: 'x'.repeat(201) }] })
    )
    expect(long.status).toBe(400)
    expect((await json(long)).errors.map((e: { path: string }) => e.path)).toEqual([
      'complaints.0.complainant',
    ])
  })
})
