// Ids are UUIDs, which are case-insensitive: an upper-case id must name the same record, all
// of it, and a write through it must go through the state machine like any other.
import { beforeAll, describe, expect, it } from 'vitest'
import { application, testPartners, testUser, type Session } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

describe.each(testDatabases)('ids on $name', (target) => {
  const t = useTestDb(target)
  let officer: Session
  let bodies: { council: string; police: string; housing: string }

  beforeAll(async () => {
    const p = await testPartners(t.db)
    bodies = { council: p.council.id, police: p.police.id, housing: p.housing.id }
    officer = await (await testUser(t.db, 'officer', p.council.id)).on(t.app())
  })

  it('finds a whole case review by an upper-case id, and writes through it', async () => {
    const created = await json(await officer.post('/v1/asb-case-reviews', application(bodies)))
    const id: string = created.id
    const upper = `/v1/asb-case-reviews/${id.toUpperCase()}`
    expect((await officer.post(`${upper}/threshold-decision`)).status).toBe(200)
    const decided = await officer.post(`${upper}/threshold-decision/confirm`, { on: '2025-05-10' })
    expect(decided.status).toBe(200)
    expect((await json(decided)).state).toBe('threshold-decided')
    const informed = await officer.post(`${upper}/events`, {
      type: 'inform-applicant',
      on: '2025-05-12',
    })
    expect(informed.status, await informed.clone().text()).toBe(201)
    // Replayed from the start, 'acknowledge' would be allowed and clash with the stored events.
    const late = await officer.post(`${upper}/events`, { type: 'acknowledge', on: '2025-05-13' })
    expect(late.status).toBe(409)
    expect((await json(late)).type).toBe(problemType('conflict'))
    const read = await json(await officer.get(upper))
    expect(read.id).toBe(id)
    expect(read.state).toBe('applicant-informed')
  })

  it('stores ids in lower case whatever case they were sent in', async () => {
    const res = await officer.post('/v1/actions', {
      power: 'warning-letter',
      date: '2025-05-01',
      agency: bodies.council.toUpperCase(),
    })
    expect(res.status).toBe(201)
    expect((await json(res)).agency.id).toBe(bodies.council)
    const twice = await officer.post(
      '/v1/asb-case-reviews',
      application(bodies, {
        relevantBodies: [bodies.council, bodies.council.toUpperCase(), bodies.police],
        complaints: [],
      })
    )
    expect(twice.status).toBe(400)
    expect((await json(twice)).errors).toMatchObject([
      { path: 'relevantBodies.1', message: 'listed twice' },
    ])
  })

  it('answers a PSPO by its upper-case id with the stored id', async () => {
    const made = await json(
      await officer.post('/v1/pspos', {
        title: 'Park PSPO',
        place: 'Eureka Park',
        madeOn: '2025-05-20',
        startsOn: '2025-06-01',
        endsOn: '2028-05-31',
      })
    )
    const res = await t.app().request(`/v1/pspos/${String(made.id).toUpperCase()}`)
    expect(res.status).toBe(200)
    expect((await json(res)).id).toBe(made.id)
  })

  it('refuses a batch count the database cannot hold, naming the limit', async () => {
    for (const count of [2 ** 31, 100_001]) {
      const res = await officer.post('/v1/actions', {
        power: 'warning-letter',
        date: '2025-05-01',
        count,
      })
      expect(res.status, String(count)).toBe(400)
      expect((await json(res)).errors).toMatchObject([
        { path: 'count', message: 'must be at most 100,000', in: 'json' },
      ])
    }
    const most = await officer.post('/v1/actions', {
      power: 'warning-letter',
      date: '2025-05-01',
      count: 100_000,
    })
    expect(most.status).toBe(201)
  })
})
