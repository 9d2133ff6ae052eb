// Dates at the boundary are 1900-01-01 to 2100-12-31, and the work one request may ask for is
// capped: a date out of range or a window or period count over a limit is a 400 naming it.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { LogEntry } from '../http/logger.ts'
import { testPartners, testUser, type Session } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

type Role = 'anonymous' | 'admin' | 'officer'
interface Probe {
  role: Role
  method?: 'POST' | 'PUT'
  path: string
  body?: Record<string, unknown>
  /** The field the 400 must name, with where it is. */
  field: string
  in: 'query' | 'json'
}

describe.each(testDatabases)('date bounds on $name', (target) => {
  const t = useTestDb(target)
  const logged: LogEntry[] = []
  const app = () => t.app({ logger: (entry) => logged.push(entry) })
  const as = {} as Record<Role, Session>

  beforeAll(async () => {
    const p = await testPartners(t.db)
    as.admin = await (await testUser(t.db, 'admin', p.council.id)).on(app())
    as.officer = await (await testUser(t.db, 'officer', p.council.id)).on(app())
  })

  const send = (probe: Probe) => {
    if (probe.role === 'anonymous') return app().request(probe.path)
    const session = as[probe.role]
    if (probe.method === 'PUT') return session.put(probe.path, probe.body)
    return probe.method === 'POST' ? session.post(probe.path, probe.body) : session.get(probe.path)
  }
  const expectRefused = async (probe: Probe, message?: string | RegExp) => {
    const where = `${probe.method ?? 'GET'} ${probe.path} ${probe.field}`
    const res = await send(probe)
    expect(res.status, where).toBe(400)
    const body = await json(res)
    expect(body.type, where).toBe(problemType('validation'))
    const error = body.errors.find((e: { path: string }) => e.path === probe.field)
    expect(error, `${where}: ${JSON.stringify(body.errors)}`).toMatchObject({ in: probe.in })
    if (message) expect(error.message, where).toMatch(message)
  }

  const caseReview = `/v1/asb-case-reviews/${randomUUID()}`
  const outOfRange = (day: string): Probe[] => [
    {
      role: 'anonymous',
      path: `/v1/actions/summary?from=${day}&to=2025-01-01`,
      field: 'from',
      in: 'query',
    },
    {
      role: 'anonymous',
      path: `/v1/actions/summary?from=2025-01-01&to=${day}`,
      field: 'to',
      in: 'query',
    },
    {
      role: 'anonymous',
      path: `/v1/asb-case-reviews/annual-return?from=${day}&to=2025-03-31`,
      field: 'from',
      in: 'query',
    },
    { role: 'officer', path: `/v1/duties/due?from=${day}`, field: 'from', in: 'query' },
    { role: 'officer', path: `/v1/actions?to=${day}`, field: 'to', in: 'query' },
    {
      role: 'officer',
      path: `/v1/asb-case-reviews?receivedFrom=${day}`,
      field: 'receivedFrom',
      in: 'query',
    },
    { role: 'admin', path: `/v1/audit?to=${day}`, field: 'to', in: 'query' },
    { role: 'admin', path: `/v1/audit?from=${day}T00:00:00Z`, field: 'from', in: 'query' },
    {
      role: 'officer',
      method: 'POST',
      path: '/v1/actions',
      body: { power: 'warning-letter', date: day },
      field: 'date',
      in: 'json',
    },
    {
      role: 'officer',
      method: 'POST',
      path: '/v1/pspos',
      body: { title: 'T', place: 'P', madeOn: day, startsOn: '2025-06-01', endsOn: '2026-05-31' },
      field: 'madeOn',
      in: 'json',
    },
    {
      role: 'officer',
      method: 'POST',
      path: `${caseReview}/events`,
      body: { type: 'acknowledge', on: day },
      field: 'on',
      in: 'json',
    },
    {
      role: 'admin',
      method: 'PUT',
      path: '/v1/settings/partnership',
      body: { name: 'CSP', tier: 'district', planStart: day },
      field: 'planStart',
      in: 'json',
    },
    {
      role: 'admin',
      method: 'POST',
      path: '/v1/asb-case-reviews/annual-returns',
      body: { period: 'x', from: day, to: '2025-03-31' },
      field: 'from',
      in: 'json',
    },
  ]

  it.each(['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31'])(
    'refuses %s wherever a date is taken, naming the field',
    async (day) => {
      for (const probe of outOfRange(day)) {
        await expectRefused(probe, /1900-01-01|2100-12-31|date/)
      }
      expect(logged.filter((entry) => entry.level === 'error')).toEqual([])
    }
  )

  it('answers the last days of the range without a 500', async () => {
    const edges = [
      '/v1/actions/summary?from=2100-01-01&to=2100-12-31&period=month',
      '/v1/actions/summary?from=1900-01-01&to=1900-12-31&period=quarter',
      '/v1/asb-case-reviews/annual-return?from=2100-04-01&to=2100-12-31',
    ]
    for (const path of edges) {
      const res = await as.officer.get(path)
      expect(res.status, path).toBeLessThan(500)
    }
    for (const path of ['/v1/duties/due?from=2100-12-31', '/v1/audit?to=2100-12-31']) {
      const res = await (path.startsWith('/v1/audit') ? as.admin : as.officer).get(path)
      expect(res.status, path).toBeLessThan(500)
    }
    expect(logged.filter((entry) => entry.level === 'error')).toEqual([])
  })

  it('caps the actions summary at 10 years and 120 periods, naming the limit', async () => {
    await expectRefused(
      {
        role: 'anonymous',
        path: '/v1/actions/summary?from=9998-01-01&to=9999-12-31&period=month',
        field: 'from',
        in: 'query',
      },
      /1900-01-01/
    )
    await expectRefused(
      {
        role: 'anonymous',
        path: '/v1/actions/summary?from=2000-04-01&to=2025-03-31&period=year',
        field: 'to',
        in: 'query',
      },
      'the window may be at most 10 years long: to must be on or before 2010-03-31'
    )
    await expectRefused(
      {
        role: 'anonymous',
        path: '/v1/actions/summary?from=2015-04-15&to=2025-04-14&period=month',
        field: 'period',
        in: 'query',
      },
      'this window has 121 months; at most 120 periods are counted: choose a longer period or a shorter window'
    )
    const tenYears = await app().request(
      '/v1/actions/summary?from=2015-04-01&to=2025-03-31&period=month'
    )
    expect(tenYears.status).toBe(200)
    expect((await json(tenYears)).recorded.periods).toHaveLength(120)
  })
})
