import { describe, expect, it } from 'vitest'
import { createClient } from './client.ts'
import type { Role } from './schemas/index.ts'
import { addTestUser, testPassword } from './test/auth.ts'
import { testDatabases, useTestDb } from './test/databases.ts'

describe.each(testDatabases)('the typed client on $name', (target) => {
  const t = useTestDb(target)
  const clientFor = (options: { token?: string } = {}) => {
    const app = t.app()
    const seen: Headers[] = []
    const client = createClient('http://csp.test', {
      ...options,
      fetch: async (input, init) => {
        const request = new Request(input, init)
        seen.push(request.headers)
        return app.request(request)
      },
    })
    return { client, seen }
  }

  it('calls the API with typed parameters and typed results', async () => {
    const { client } = clientFor()
    const res = await client.v1['crime-tables'][':measure'][':period'].$get({
      param: { measure: 'hate-crime', period: '2023' },
      query: { order: 'highest' },
    })
    expect(res.status).toBe(200)
    if (!res.ok) throw new Error('expected the table')
    const table = await res.json()
    const rate: string | undefined = table.rows[0]?.rate?.formatted
    expect(rate).toBe('5.2')
    expect(table.order).toBe('highest')

    const areas = await (await client.v1.areas.$get()).json()
    expect(areas.items).toHaveLength(11)

    const annual = await client.v1['asb-case-reviews']['annual-return'].$get({
      query: { from: '2024-04-01', to: '2025-03-31' },
    })
    if (annual.status !== 200) throw new Error('expected the return')
    expect((await annual.json()).figures?.applications).toBe(2)
  })

  it('gets problems back as typed error responses', async () => {
    const { client } = clientFor()
    const res = await client.v1['crime-tables'][':measure'][':period'].$get({
      param: { measure: 'hate-crime', period: '1999' },
      query: {},
    })
    expect(res.status).toBe(404)
    if (res.status === 404) expect((await res.json()).detail).toMatch(/no hate-crime table/)
  })

  it('sends the bearer token on every request', async () => {
    const { client, seen } = clientFor({ token: 'secret-token' })
    await client.healthz.$get()
    expect(seen[0]?.get('authorization')).toBe('Bearer secret-token')
  })

  it('signs in, reads /v1/me and signs out with typed bodies', async () => {
    const user = await addTestUser(t.db, 'officer')
    const signIn = await clientFor().client.v1.auth.token.$post({
      json: { email: user.email, password: testPassword },
    })
    if (signIn.status !== 201) throw new Error(`sign-in answered ${signIn.status}`)
    const { token, tokenType, user: signedIn } = await signIn.json()
    const role: Role = signedIn.role
    expect([tokenType, role]).toEqual(['Bearer', 'officer'])
    const { client } = clientFor({ token })
    const me = await client.v1.me.$get()
    if (me.status !== 200) throw new Error(`/v1/me answered ${me.status}`)
    expect((await me.json()).organisation.name).toBe('South Derbyshire District Council')
    expect((await client.v1.auth.token.$delete()).status).toBe(204)
    expect((await client.v1.me.$get()).status).toBe(401)
  })

  it('rejects wrong parameter types at compile time', () => {
    const { client } = clientFor()
    const call = () =>
      client.v1['crime-tables'][':measure'][':period'].$get({
        param: { measure: 'hate-crime', period: '2023' },
        // @ts-expect-error order is 'lowest' or 'highest'
        query: { order: 'middle' },
      })
    expect(typeof call).toBe('function')
  })
})
