// Partners, users and applications for the case-review, action and PSPO suites.
import type { Db } from '../db/client.ts'
import type { Role } from '../schemas/index.ts'
import { addTestUser, signInToken, testOrganisation, type Requester } from './auth.ts'

/** The partners the suites use: two relevant bodies on most cases, and one that is not. */
export async function testPartners(db: Db) {
  return {
    council: await testOrganisation(db, 'South Derbyshire District Council', 'council'),
    police: await testOrganisation(db, 'Derbyshire Constabulary', 'police'),
    housing: await testOrganisation(db, 'Trent & Dove Housing', 'other'),
    fire: await testOrganisation(db, 'Derbyshire Fire & Rescue', 'fire'),
  }
}

/** A signed-in user's requests, JSON in and out, PUT included. */
export type Session = ReturnType<typeof session>

/** Requests with `token` (or none: anonymous) against `app`. */
export function session(app: Requester, token: string | null) {
  const send = (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body: unknown = {}) => send('POST', path, body),
    put: (path: string, body: unknown) => send('PUT', path, body),
  }
}

/** A user of `role` in `organisationId`, who can sign in to apps on any clock. */
export async function testUser(db: Db, role: Role, organisationId: string) {
  const user = await addTestUser(db, role, { organisationId })
  return {
    user,
    /** Signs in to `app` (tokens expire by the app's clock) and returns a session. */
    on: async (app: Requester) => session(app, await signInToken(app, user.email)),
  }
}

/**
 * An application body with three qualifying complaints to three relevant bodies (so the
 * statutory count is met), received on `receivedOn`.
 */
export function application(
  bodies: { council: string; police: string; housing: string },
  overrides: Record<string, unknown> = {}
) {
  return {
    receivedOn: '2025-05-01',
    applicantType: 'victim',
    applicant: { name: 'Alex Example', contact: { phone: '01283 000000' } },
    address: '1 Example Street, Swadlincote',
    incidentDescription: 'Repeated noise and threats from the flat next door.',
    relevantBodies: [bodies.council, bodies.police, bodies.housing],
    complaints: [
      { behaviourOn: '2025-03-01', complainedOn: '2025-03-02', receivedBy: bodies.council },
      { behaviourOn: '2025-03-20', complainedOn: '2025-03-21', receivedBy: bodies.police },
      { behaviourOn: '2025-04-10', complainedOn: '2025-04-11', receivedBy: bodies.housing },
    ],
    ...overrides,
  }
}

/** A case to record through the API: received, decided (met or not) and its later events. */
export interface TestCase {
  receivedOn: string
  decidedOn?: string
  met: boolean
  events: { type: string; on: string; [field: string]: unknown }[]
}

/**
 * Records `cases` through the API as `officer` (threshold decided by the statutory count:
 * three qualifying complaints when `met`, none otherwise); throws if any step is refused.
 */
export async function recordCases(
  officer: Session,
  bodies: { council: string; police: string; housing: string },
  cases: readonly TestCase[]
) {
  const complaints = [
    { behaviourOn: '2025-03-01', complainedOn: '2025-03-02', receivedBy: bodies.council },
    { behaviourOn: '2025-03-20', complainedOn: '2025-03-21', receivedBy: bodies.police },
    { behaviourOn: '2025-04-01', complainedOn: '2025-04-02', receivedBy: bodies.housing },
  ]
  const ok = async (res: Response, what: string) => {
    if (res.status >= 300) throw new Error(`${what} answered ${res.status}: ${await res.text()}`)
    return res.json() as Promise<{ id: string }>
  }
  for (const c of cases) {
    const body = application(bodies, {
      receivedOn: c.receivedOn,
      complaints: c.met ? complaints : [],
    })
    const { id } = await ok(await officer.post('/v1/asb-case-reviews', body), 'the application')
    if (!c.decidedOn) continue
    await ok(await officer.post(`/v1/asb-case-reviews/${id}/threshold-decision`), 'the check')
    const confirm = `/v1/asb-case-reviews/${id}/threshold-decision/confirm`
    await ok(await officer.post(confirm, { on: c.decidedOn }), 'the decision')
    for (const event of c.events) {
      await ok(await officer.post(`/v1/asb-case-reviews/${id}/events`, event), event.type)
    }
  }
}
