// The contract used as an outside developer would: openapi-fetch over the types openapi-typescript
// generates from /v1/openapi.json (committed beside the document's snapshot and compared with a
// fresh generation in openapi.test.ts), against a real server on a port. The package's type
// check proves every call below matches the document; running it proves the server does.
import createClient from 'openapi-fetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../server.ts'
import { addTestUser, testPassword } from '../test/auth.ts'
import { application, testPartners } from '../test/casework.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import type { paths } from './__snapshots__/openapi-types.ts'

describe.each(testDatabases)('a client generated from the OpenAPI document, on $name', (target) => {
  const t = useTestDb(target)
  let server: RunningServer
  let client: ReturnType<typeof createClient<paths>>
  beforeAll(async () => {
    server = await startServer({ fetch: t.app().fetch, port: 0, hostname: '127.0.0.1' })
    client = createClient<paths>({ baseUrl: server.url })
  })
  afterAll(() => server?.shutdown())

  it('reads the public resources', async () => {
    const areas = await client.GET('/v1/areas')
    expect(areas.response.status).toBe(200)
    expect(areas.data?.items.length).toBeGreaterThan(0)

    const measures = await client.GET('/v1/measures')
    const measure = measures.data?.items[0]?.id
    expect(measure).toBeDefined()

    const tables = await client.GET('/v1/crime-tables', { params: { query: {} } })
    expect(tables.response.status).toBe(200)

    const table = await client.GET('/v1/crime-tables/{measure}/{period}', {
      params: { path: { measure: measure!, period: '2024' } },
    })
    // No figures are imported here: the answer is the documented 404 problem, typed as such.
    expect([200, 404]).toContain(table.response.status)
    if (table.error) expect(table.error.status).toBe(404)

    const duties = await client.GET('/v1/duties')
    expect(duties.data?.items.length).toBeGreaterThan(0)

    const plan = await client.GET('/v1/plan')
    expect(plan.data?.priorities.themes.length).toBeGreaterThan(0)

    const pspos = await client.GET('/v1/pspos', { params: { query: { limit: 10 } } })
    expect(pspos.data?.items).toBeInstanceOf(Array)

    const summary = await client.GET('/v1/actions/summary', {
      params: { query: { from: '2025-04-01', to: '2025-05-31', period: 'month' } },
    })
    expect(summary.response.status).toBe(200)
  })

  it('answers a bad query with the documented problem', async () => {
    const bad = await client.GET('/v1/pspos', { params: { query: { limit: 1000 } } })
    expect(bad.response.status).toBe(400)
    expect(bad.response.headers.get('content-type')).toBe('application/problem+json')
    expect(bad.error?.status).toBe(400)
  })

  it('signs in, records a case review and an action, and reads them back', async () => {
    const partners = await testPartners(t.db)
    const officer = await addTestUser(t.db, 'officer', { organisationId: partners.council.id })
    const signIn = await client.POST('/v1/auth/token', {
      body: { email: officer.email, password: testPassword },
    })
    expect(signIn.response.status).toBe(201)
    const token = signIn.data && 'token' in signIn.data ? signIn.data.token : undefined
    expect(token).toBeTypeOf('string')
    const signedIn = createClient<paths>({
      baseUrl: server.url,
      headers: { Authorization: `Bearer ${token}` },
    })

    const me = await signedIn.GET('/v1/me')
    expect(me.data?.email).toBe(officer.email)

    const body = application({
      council: partners.council.id,
      police: partners.police.id,
      housing: partners.housing.id,
    }) as paths['/v1/asb-case-reviews']['post']['requestBody']['content']['application/json']
    const created = await signedIn.POST('/v1/asb-case-reviews', { body })
    expect(created.response.status).toBe(201)
    const id = created.data!.id
    const read = await signedIn.GET('/v1/asb-case-reviews/{id}', { params: { path: { id } } })
    expect(read.data).toMatchObject({ id, receivedOn: '2025-05-01', state: 'received' })
    const listed = await signedIn.GET('/v1/asb-case-reviews', { params: { query: { limit: 10 } } })
    expect(listed.data?.items.map((item) => item.id)).toContain(id)

    const action = await signedIn.POST('/v1/actions', {
      body: {
        power: 'community-protection-warning',
        date: '2025-05-20',
        count: 1,
        notes: 'Warning given.',
      },
    })
    expect(action.response.status).toBe(201)
    const actions = await signedIn.GET('/v1/actions', {
      params: { query: { from: '2025-05-01', to: '2025-05-31' } },
    })
    expect(actions.data?.items.map((item) => item.id)).toContain(action.data!.id)

    const out = await signedIn.DELETE('/v1/auth/token')
    expect(out.response.status).toBe(204)
    expect((await signedIn.GET('/v1/me')).response.status).toBe(401)
  })
})
