import { beforeAll, describe, expect, it } from 'vitest'
import { application, testPartners, testUser, type Session } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json } from '../test/http.ts'

const base = '/v1/asb-case-reviews'

describe.each(testDatabases)('ASB case review validation on $name', (target) => {
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

  it('needs an evaluation before a decision, and decides only once', async () => {
    const { id } = await create()
    const early = await officer.post(`${base}/${id}/threshold-decision/confirm`, {
      on: '2025-05-02',
    })
    expect(early.status).toBe(409)
    await officer.post(`${base}/${id}/threshold-decision`)
    await officer.post(`${base}/${id}/threshold-decision/confirm`, { on: '2025-05-02' })
    const rerun = await officer.post(`${base}/${id}/threshold-decision`)
    expect(rerun.status).toBe(409)
    expect(await json(rerun)).toMatchObject({ state: 'threshold-decided' })
    const direct = await event(id, { type: 'decide-threshold', on: '2025-05-03', outcome: 'met' })
    expect(direct.status).toBe(400)
    expect((await json(direct)).errors[0].path).toBe('type')
  })

  it('rejects events dated in the future or before the previous event', async () => {
    const { id } = await create()
    const future = await event(id, { type: 'acknowledge', on: '2025-06-02' })
    expect((await json(future)).errors).toEqual([
      { path: 'on', message: 'must not be after today (2025-06-01)', in: 'json' },
    ])
    const before = await event(id, { type: 'acknowledge', on: '2025-04-30' })
    expect(before.status).toBe(400)
    expect((await json(before)).errors[0]).toMatchObject({ path: 'on' })
  })

  it('validates an application with field paths', async () => {
    const paths = async (body: unknown) => {
      const res = await officer.post(base, body)
      expect(res.status).toBe(400)
      return (await json(res)).errors.map((e: { path: string }) => e.path).sort()
    }
    expect(
      await paths({
        ...application(bodies),
        receivedOn: '2025-02-30',
        applicant: { name: '', contact: {} },
        relevantBodies: [],
        complaints: [],
      })
    ).toEqual(['applicant.contact', 'applicant.name', 'receivedOn', 'relevantBodies'])
    // Cross-field rules: bodies listed once, complaints to listed bodies, dates in order.
    expect(
      await paths({
        ...application(bodies),
        relevantBodies: [bodies.council, bodies.council],
        complaints: [
          { behaviourOn: '2025-03-05', complainedOn: '2025-03-01', receivedBy: bodies.police },
        ],
      })
    ).toEqual(['complaints.0.complainedOn', 'complaints.0.receivedBy', 'relevantBodies.1'])
    const own = await officer.post(
      base,
      application(bodies, { relevantBodies: [bodies.police], complaints: [] })
    )
    expect((await json(own)).errors).toEqual([
      { path: 'relevantBodies', message: 'must include your own organisation', in: 'json' },
    ])
    const unknown = '00000000-0000-4000-8000-000000000000'
    const ghost = await officer.post(
      base,
      application(bodies, { relevantBodies: [bodies.council, unknown], complaints: [] })
    )
    expect((await json(ghost)).errors).toEqual([
      { path: 'relevantBodies.1', message: 'no organisation has this id', in: 'json' },
    ])
  })
})
