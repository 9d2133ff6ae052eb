// Who may write what for an agency: its own officers, and admins. A recorded action belongs to
// the agency that acted; a PSPO to the council that made it (ASBCPA 2014 s59).
import { beforeAll, describe, expect, it } from 'vitest'
import { session, testPartners, testUser, type Session } from '../test/casework.ts'
import { testOrganisation } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

const order = {
  title: 'Eureka Park PSPO',
  place: 'Eureka Park, Swadlincote',
  madeOn: '2025-05-20',
  startsOn: '2025-06-01',
  endsOn: '2028-05-31',
}

describe.each(testDatabases)('writes for an agency on $name', (target) => {
  const t = useTestDb(target)
  let p: Awaited<ReturnType<typeof testPartners>>
  let otherCouncil: { id: string; name: string }
  const as = {} as Record<string, Session>

  beforeAll(async () => {
    p = await testPartners(t.db)
    otherCouncil = await testOrganisation(t.db, 'Derbyshire County Council', 'council')
    const people: [string, 'admin' | 'officer' | 'analyst' | 'viewer', string][] = [
      ['admin of the police', 'admin', p.police.id],
      ['council officer', 'officer', p.council.id],
      ['county officer', 'officer', otherCouncil.id],
      ['police officer', 'officer', p.police.id],
      ['council analyst', 'analyst', p.council.id],
      ['council viewer', 'viewer', p.council.id],
    ]
    for (const [name, role, organisation] of people) {
      as[name] = await (await testUser(t.db, role, organisation)).on(t.app())
    }
    as['anonymous'] = session(t.app(), null)
  })

  const action = (agency?: string) => ({
    power: 'warning-letter',
    date: '2025-05-01',
    ...(agency ? { agency } : {}),
  })

  it('records an action for an agency only as its officer or an admin', async () => {
    const matrix: [string, string | undefined, number][] = [
      ['admin of the police', p.council.id, 201],
      ['admin of the police', undefined, 201],
      ['council officer', undefined, 201],
      ['council officer', p.council.id, 201],
      ['council officer', p.police.id, 403],
      ['police officer', p.council.id, 403],
      ['council analyst', undefined, 403],
      ['council analyst', p.council.id, 403],
      ['council viewer', undefined, 403],
      ['anonymous', undefined, 401],
    ]
    for (const [who, agency, status] of matrix) {
      const res = await as[who]!.post('/v1/actions', action(agency))
      expect(res.status, `${who} for ${agency ?? 'their own'}`).toBe(status)
      if (status === 403) {
        const problem = await json(res)
        expect(problem.type).toBe(problemType('forbidden'))
      }
    }
    const refused = await json(
      await as['council officer']!.post('/v1/actions', action(p.police.id))
    )
    expect(refused.detail).toBe(
      'Only officers of Derbyshire Constabulary, or an admin, may record its actions.'
    )
    // Reads stay open to the roles that read them.
    expect((await as['council analyst']!.get('/v1/actions')).status).toBe(200)
  })

  it('puts a PSPO on the register only for its council, as its officer or an admin', async () => {
    const matrix: [string, string | undefined, number][] = [
      ['council officer', undefined, 201],
      ['council officer', p.council.id, 201],
      ['council officer', otherCouncil.id, 403],
      ['county officer', undefined, 201],
      ['police officer', undefined, 403],
      ['police officer', p.council.id, 403],
      ['admin of the police', p.council.id, 201],
      ['admin of the police', undefined, 400],
      ['admin of the police', p.police.id, 400],
      ['council analyst', undefined, 403],
      ['council viewer', undefined, 403],
      ['anonymous', undefined, 401],
    ]
    for (const [who, council, status] of matrix) {
      const res = await as[who]!.post('/v1/pspos', { ...order, ...(council ? { council } : {}) })
      expect(res.status, `${who} for ${council ?? 'their own'}`).toBe(status)
      if (status === 201) {
        const made = await json(res)
        const expected = council ?? (who === 'county officer' ? otherCouncil.id : p.council.id)
        expect(made.council.id).toBe(expected)
      }
      if (status === 400) {
        expect((await json(res)).errors).toMatchObject([{ path: 'council', in: 'json' }])
      }
    }
  })

  it('extends a PSPO only for its council’s officers and admins, and shows the council', async () => {
    const made = await json(await as['council officer']!.post('/v1/pspos', order))
    const extend = (who: string) =>
      as[who]!.post(`/v1/pspos/${made.id}/extensions`, { madeOn: '2025-05-30' })
    for (const who of ['county officer', 'police officer', 'council analyst', 'council viewer']) {
      const res = await extend(who)
      expect(res.status, who).toBe(403)
    }
    expect((await extend('anonymous')).status).toBe(401)
    expect((await extend('council officer')).status).toBe(201)
    const second = await json(await as['county officer']!.post('/v1/pspos', order))
    const byAdmin = await as['admin of the police']!.post(`/v1/pspos/${second.id}/extensions`, {
      madeOn: '2025-05-30',
    })
    expect(byAdmin.status).toBe(201)
    const entry = await json(await t.app().request(`/v1/pspos/${made.id}`))
    expect(entry.council).toEqual({ id: p.council.id, name: p.council.name })
    expect(entry.extensions).toHaveLength(1)
  })
})
