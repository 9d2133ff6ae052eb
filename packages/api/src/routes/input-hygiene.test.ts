// Every free-text field of every write: a NUL, an unpaired surrogate or a huge string is refused
// with a 400 naming the field, before anything reaches the database (or the error log).
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { LogEntry } from '../http/logger.ts'
import { application, testPartners, testUser } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json, problemType } from '../test/http.ts'

type Role = 'admin' | 'officer' | 'analyst'

/** One write, a valid body, and the dotted paths of its text fields. */
interface Write {
  role: Role
  method: 'POST' | 'PUT' | 'PATCH'
  path: string
  body: Record<string, unknown>
  fields: string[]
}

// Sets `value` at a dotted path of a copy of `body` (numeric segments index arrays).
function withValue(body: Record<string, unknown>, path: string, value: string) {
  const copy = structuredClone(body)
  const keys = path.split('.')
  let node: Record<string, unknown> = copy
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>
  node[keys.at(-1) as string] = value
  return copy
}

const bad = {
  NUL: 'Alex\u0000Example',
  'a lone surrogate': 'Alex \uD800 Example',
  'a 100,000-character string': 'x'.repeat(100_000),
}

describe.each(testDatabases)('text fields on $name', (target) => {
  const t = useTestDb(target)
  const logged: LogEntry[] = []
  const app = () => t.app({ logger: (entry) => logged.push(entry) })
  const tokens = {} as Record<Role, string>
  const writes: Write[] = []

  beforeAll(async () => {
    const p = await testPartners(t.db)
    const bodies = { council: p.council.id, police: p.police.id, housing: p.housing.id }
    for (const role of ['admin', 'officer', 'analyst'] as const) {
      const user = await testUser(t.db, role, p.council.id)
      const res = await app().request('/v1/auth/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: user.user.email, password: 'correct horse battery staple' }),
      })
      tokens[role] = (await json(res)).token
    }
    const someone = (await testUser(t.db, 'viewer', p.council.id)).user.id
    const caseReview = `/v1/asb-case-reviews/${randomUUID()}`
    writes.push(
      {
        role: 'officer',
        method: 'POST',
        path: '/v1/asb-case-reviews',
        body: application(bodies, {
          applicant: { name: 'Alex', contact: { phone: '01283 000000', address: '1 Street' } },
          victim: {
            type: 'individual',
            name: 'Sam',
            address: '2 Street',
            vulnerability: { reason: 'Lives alone', approvedBy: 'Jo' },
          },
          complaints: [
            {
              behaviourOn: '2025-03-01',
              complainedOn: '2025-03-02',
              receivedBy: bodies.council,
              incidentKey: 'INC-1',
            },
          ],
        }),
        fields: [
          'applicant.name',
          'applicant.contact.phone',
          'applicant.contact.address',
          'address',
          'incidentDescription',
          'victim.name',
          'victim.address',
          'victim.vulnerability.reason',
          'victim.vulnerability.approvedBy',
          'complaints.0.incidentKey',
        ],
      },
      {
        role: 'officer',
        method: 'POST',
        path: `${caseReview}/threshold-decision/override`,
        body: { on: '2025-05-20', outcome: 'met', justification: 'Seen the evidence ourselves' },
        fields: ['justification'],
      },
      {
        role: 'officer',
        method: 'POST',
        path: `${caseReview}/events`,
        body: { type: 'make-recommendations', on: '2025-05-20', recommendations: ['Mediation'] },
        fields: ['recommendations.0'],
      },
      {
        role: 'officer',
        method: 'POST',
        path: `${caseReview}/events`,
        body: { type: 'escalate', on: '2025-05-20', grounds: 'Not followed' },
        fields: ['grounds'],
      },
      {
        role: 'officer',
        method: 'POST',
        path: '/v1/actions',
        body: { power: 'warning-letter', date: '2025-05-01', place: 'Park', notes: 'Two letters' },
        fields: ['place', 'notes'],
      },
      {
        role: 'officer',
        method: 'POST',
        path: '/v1/pspos',
        body: {
          title: 'Park PSPO',
          place: 'Eureka Park',
          madeOn: '2025-05-20',
          startsOn: '2025-06-01',
          endsOn: '2028-05-31',
          variations: [{ madeOn: '2025-05-25', note: 'Map corrected' }],
        },
        fields: ['title', 'place', 'variations.0.note'],
      },
      {
        role: 'admin',
        method: 'POST',
        path: '/v1/users',
        body: {
          email: 'new.person@example.org',
          name: 'New Person',
          role: 'viewer',
          organisationId: p.council.id,
          password: 'a long enough password',
        },
        fields: ['name', 'email'],
      },
      {
        role: 'admin',
        method: 'PATCH',
        path: `/v1/users/${someone}`,
        body: { name: 'Renamed' },
        fields: ['name'],
      },
      {
        role: 'admin',
        method: 'POST',
        path: '/v1/organisations',
        body: { name: 'Trent & Dove', kind: 'other' },
        fields: ['name'],
      },
      {
        role: 'admin',
        method: 'PUT',
        path: '/v1/settings/partnership',
        body: {
          name: 'South Derbyshire CSP',
          tier: 'district',
          planStart: '2023-04-01',
          dhrNotifications: [{ id: 'DHR-2025-01', notifiedOn: '2025-01-31' }],
        },
        fields: ['name', 'dhrNotifications.0.id'],
      },
      {
        role: 'admin',
        method: 'POST',
        path: '/v1/asb-case-reviews/annual-returns',
        body: {
          period: '2024/25',
          from: '2024-04-01',
          to: '2025-03-31',
          furtherInformationUrl: 'https://example.org/asb',
        },
        fields: ['period', 'furtherInformationUrl'],
      }
    )
  })

  const send = (write: Write, body: unknown) =>
    app().request(write.path, {
      method: write.method,
      headers: {
        Authorization: `Bearer ${tokens[write.role]}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
    })

  it.each(Object.entries(bad))(
    'refuses %s in any text field with a 400 naming it',
    async (_, value) => {
      const seen: string[] = []
      for (const write of writes) {
        for (const field of write.fields) {
          const res = await send(write, withValue(write.body, field, value))
          const where = `${write.method} ${write.path} ${field}`
          expect(res.status, where).toBe(400)
          const body = await json(res)
          expect(body.type, where).toBe(problemType('validation'))
          expect(
            body.errors.map((e: { path: string }) => e.path),
            where
          ).toContain(field)
          seen.push(where)
        }
      }
      expect(seen.length).toBeGreaterThanOrEqual(22)
      expect(logged.filter((entry) => entry.level === 'error')).toEqual([])
    }
  )

  it('refuses an import file name with a NUL, naming the query field', async () => {
    const res = await app().request(
      `/v1/imports/police-uk?file=${encodeURIComponent('a\u0000.csv')}`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${tokens.analyst}`, 'Content-Type': 'text/csv' },
        body: 'Crime ID\n',
      }
    )
    expect(res.status).toBe(400)
    expect((await json(res)).errors).toMatchObject([{ path: 'file', in: 'query' }])
  })

  it('stores nothing of a refused megabyte partnership name', async () => {
    const settings = writes.find((w) => w.path === '/v1/settings/partnership') as Write
    const res = await send(settings, { ...settings.body, name: 'x'.repeat(1024 * 1000) })
    expect(res.status).toBe(400)
    expect((await json(res)).errors).toMatchObject([
      { path: 'name', message: 'must be at most 200 characters', in: 'json' },
    ])
    const stored = await app().request('/v1/settings/partnership', {
      headers: { Authorization: `Bearer ${tokens.admin}` },
    })
    expect((await json(stored)).isDefault).toBe(true)
  })
})
