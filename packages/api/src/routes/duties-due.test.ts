import { beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../clock.ts'
import { session, testUser, type Session } from '../test/casework.ts'
import { testOrganisation } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'
import { dutiesDueWindowOf } from './duties-due.ts'

const path = '/v1/duties/due'
const dueOf = (items: { due: string; ruleId: string; title: string }[]) =>
  items.map((i) => [i.due, i.ruleId, i.title])

describe('dutiesDueWindowOf', () => {
  it('defaults from to today and to to 90 days on, and caps the window at 3 years', () => {
    expect(dutiesDueWindowOf({}, '2025-06-01')).toEqual({ from: '2025-06-01', to: '2025-08-30' })
    expect(dutiesDueWindowOf({ from: '2025-12-01' }, '2025-06-01')).toEqual({
      from: '2025-12-01',
      to: '2026-03-01',
    })
    expect(dutiesDueWindowOf({ from: '2024-02-29', to: '2027-02-27' }, '2025-06-01')).toEqual({
      from: '2024-02-29',
      to: '2027-02-27',
    })
    expect(dutiesDueWindowOf({ from: '2024-02-29', to: '2027-02-28' }, '2025-06-01')).toEqual({
      errors: [
        {
          path: 'to',
          message: 'the window may be at most 3 years long: to must be on or before 2027-02-27',
          in: 'query',
        },
      ],
    })
  })
})

describe.each(testDatabases)('GET /v1/duties/due on $name', (target) => {
  const t = useTestDb(target)
  let viewer: Session

  beforeAll(async () => {
    const council = await testOrganisation(t.db)
    viewer = await (await testUser(t.db, 'viewer', council.id)).on(t.app())
  })

  it('needs a signed-in user', async () => {
    const res = await session(t.app(), null).get(path)
    expect(res.status).toBe(401)
    expect((await json(res)).type).toBe(problemType('unauthorized'))
  })

  it('covers the 90 days from today in England by default, from the stored plan', async () => {
    const res = await viewer.get(path)
    expect(res.status).toBe(200)
    expect(await json(res)).toEqual({
      from: '2025-06-01',
      to: '2025-08-30',
      asAt: '2025-06-01',
      items: [],
    })
    // At 23:30 UTC on 15 October it is already the 16th in England (BST).
    const lateEvening = t.app({}, fixedClock('2025-10-15T23:30:00Z'))
    const council = await testOrganisation(t.db)
    const user = await (await testUser(t.db, 'viewer', council.id)).on(lateEvening)
    const autumn = await json(await user.get(path))
    expect([autumn.from, autumn.to, autumn.asAt]).toEqual([
      '2025-10-16',
      '2026-01-14',
      '2025-10-16',
    ])
    expect(dueOf(autumn.items)).toEqual([
      ['2025-12-31', 'CDA-06', 'Strategic assessment 2025'],
      ['2026-01-01', 'CDA-07', 'New partnership plan 2026-29'],
      ['2026-01-01', 'CDA-11', 'Send partnership plan 2026-29 to the PCC'],
    ])
  })

  it('lists what falls due in an explicit window, soonest first', async () => {
    const body = await json(await viewer.get(`${path}?from=2026-12-01&to=2027-01-31`))
    expect(body).toMatchObject({ from: '2026-12-01', to: '2027-01-31' })
    expect(dueOf(body.items)).toEqual([
      ['2026-12-31', 'CDA-06', 'Strategic assessment 2026'],
      ['2027-01-01', 'CDA-07', 'Partnership plan 2026-29: annual refresh for year 2'],
      ['2027-01-01', 'CDA-11', 'Send partnership plan 2026-29 (year 2 refresh) to the PCC'],
    ])
    expect(body.items[0]).toMatchObject({
      dutyId: 'crime-and-disorder-strategy',
      status: 'statutory',
      projected: false,
      basis: expect.stringMatching(/SI 2007\/1830/),
    })
  })

  it('rejects a bad, backward or over-long window with a 400 problem naming the field', async () => {
    const cases: [string, { path: string; message: string }[]][] = [
      ['?from=2025-02-30', [{ path: 'from', message: 'Invalid ISO date' }]],
      ['?from=2026-01-01&to=2025-12-31', [{ path: 'to', message: 'must not be before from' }]],
      ['?to=2025-05-31', [{ path: 'to', message: 'must not be before from (today, 2025-06-01)' }]],
      [
        '?from=2025-06-01&to=2028-06-01',
        [
          {
            path: 'to',
            message: 'the window may be at most 3 years long: to must be on or before 2028-05-31',
          },
        ],
      ],
    ]
    for (const [query, errors] of cases) {
      const res = await viewer.get(path + query)
      expect(res.status, query).toBe(400)
      const problem = await json(res)
      expect(problem.type).toBe(problemType('validation'))
      expect(problem.errors, query).toEqual(errors.map((e) => ({ ...e, in: 'query' })))
    }
    expect((await viewer.get(`${path}?from=2025-06-01&to=2028-05-31`)).status).toBe(200)
  })
})

describe.each(testDatabases)('GET /v1/duties/due for a unitary council on $name', (target) => {
  const t = useTestDb(target)
  let viewer: Session

  beforeAll(async () => {
    const council = await testOrganisation(t.db)
    const admin = await (await testUser(t.db, 'admin', council.id)).on(t.app())
    const stored = await admin.put('/v1/settings/partnership', {
      name: 'Derby CSP',
      tier: 'unitary',
      planStart: '2023-04-01',
      daStrategyPublishedOn: '2022-01-04',
    })
    expect(stored.status).toBe(200)
    viewer = await (await testUser(t.db, 'viewer', council.id)).on(t.app())
  })

  it('lists the Domestic Abuse Act 2021 s59 annual report after the financial year', async () => {
    const body = await json(await viewer.get(`${path}?from=2026-04-01&to=2026-06-30`))
    const report = body.items.filter((i: { ruleId: string }) => i.ruleId === 'DA-10')
    expect(report).toEqual([
      expect.objectContaining({
        dutyId: 'domestic-abuse-act',
        due: '2026-06-30',
        title: 'Domestic Abuse Act annual report for 2025-26 to the Secretary of State',
        status: 'statutory',
        confidence: 'H',
        basis: expect.stringMatching(/^DA Act 2021 s59: as soon as reasonably practicable/),
      }),
    ])
  })

  it('applies the law as it stood on asAt: no DA Act duties before 1 October 2021', async () => {
    const window = 'from=2021-01-01&to=2023-12-31'
    const rules = async (asAt: string) =>
      new Set(
        (await json(await viewer.get(`${path}?${window}&asAt=${asAt}`))).items.map(
          (i: { ruleId: string }) => i.ruleId
        )
      )
    expect(await rules('2021-09-30')).not.toContain('DA-10')
    expect(await rules('2021-10-01')).toEqual(new Set(['CDA-06', 'CDA-11', 'DA-10']))
    const body = await json(await viewer.get(`${path}?${window}&asAt=2021-10-01`))
    expect(body.asAt).toBe('2021-10-01')
    const bad = await viewer.get(`${path}?asAt=2021-02-30`)
    expect(bad.status).toBe(400)
    expect((await json(bad)).errors).toEqual([
      { path: 'asAt', message: 'Invalid ISO date', in: 'query' },
    ])
  })
})

describe.each(testDatabases)('GET /v1/duties/due with nothing stored on $name', (target) => {
  const t = useTestDb(target, { seed: false })

  it('answers 404, saying to run csp seed or store partnership settings', async () => {
    const council = await testOrganisation(t.db)
    const viewer = await (await testUser(t.db, 'viewer', council.id)).on(t.app())
    for (const [user, url] of [
      [viewer, path],
      [await (await testUser(t.db, 'admin', council.id)).on(t.app()), '/v1/settings/partnership'],
    ] as const) {
      const res = await user.get(url)
      expect(res.status, url).toBe(404)
      expect(await json(res)).toMatchObject({
        type: problemType('not-found'),
        detail:
          "No partnership is known: run 'csp seed' to load the plan, or store partnership settings (PUT /v1/settings/partnership).",
      })
    }
  })
})
