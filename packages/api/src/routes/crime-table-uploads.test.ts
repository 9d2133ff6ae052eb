import { describe, expect, it } from 'vitest'
import { supersededCrimeTables } from '../db/repositories/crime-table-versions.ts'
import { signedInUser } from '../test/auth.ts'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { forceTable2024, forceTable2024Csv } from '../test/force-table.ts'
import { json } from '../test/http.ts'

const path = '/v1/crime-tables/domestic-abuse/2024'

describe.each(testDatabases)('crime table uploads on $name', (target) => {
  const t = useTestDb(target)

  const send = (token: string | undefined, body: string, type = 'text/csv', to = path) =>
    t.app().request(to, {
      method: 'POST',
      headers: { 'Content-Type': type, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body,
    })

  it('admins and analysts upload; officers and viewers may not; signed-out users sign in', async () => {
    const app = t.app()
    const csv = forceTable2024Csv()
    expect((await send(undefined, csv)).status).toBe(401)
    for (const role of ['officer', 'viewer'] as const) {
      const user = await signedInUser(t.db, app, role)
      expect((await send(user.token, csv)).status).toBe(403)
    }
    const analyst = await signedInUser(t.db, app, 'analyst')
    const created = await send(analyst.token, csv)
    expect(created.status).toBe(201)
    const view = await json(created)
    expect(view).toMatchObject({ measure: 'domestic-abuse', period: '2024', origin: 'upload' })
    const admin = await signedInUser(t.db, app, 'admin')
    const replaced = await send(admin.token, JSON.stringify(forceTable2024()), 'application/json')
    expect(replaced.status).toBe(200)
    const kept = await supersededCrimeTables(t.db, 'domestic-abuse', '2024')
    expect(kept).toHaveLength(1)
    expect(kept[0]).toMatchObject({ origin: 'upload', supersededBy: admin.user.id })
    expect(kept[0]?.table.rows).toHaveLength(11)
    const served = await (await app.request(`${path}?format=csv`)).text()
    expect(served).toContain('Derbyshire Constabulary: Force-recorded crime, 2024')
  })

  it('refuses a county row that is not the sum, with the line and column', async () => {
    const analyst = await signedInUser(t.db, t.app(), 'analyst')
    const csv = forceTable2024Csv().replace(',12193,', ',12190,')
    const res = await send(analyst.token, csv)
    expect(res.status).toBe(400)
    const body = await json(res)
    expect(body.errors[0]).toEqual({
      path: 'line 11, column 7 (volume)',
      message: 'Derbyshire volume 12,190 is not the sum of its 8 districts (12,193).',
    })
    expect(body.errors.length).toBe(body.detail.match(/(\d+) problems/)?.[1] * 1 || 1)
    const kept = await (await t.app().request(`${path}?format=csv`)).text()
    expect(kept).toContain(',12193,')
  })

  it('refuses a table sent to another measure or period, and other media types', async () => {
    const analyst = await signedInUser(t.db, t.app(), 'analyst')
    const wrong = await send(
      analyst.token,
      forceTable2024Csv(),
      'text/csv',
      '/v1/crime-tables/hate-crime/2024'
    )
    expect(wrong.status).toBe(400)
    expect((await json(wrong)).errors[0].path).toBe('line 2, column 1 (measure)')
    expect((await send(analyst.token, 'x', 'text/plain')).status).toBe(415)
    const unknown = await send(
      analyst.token,
      forceTable2024Csv(),
      'text/csv',
      '/v1/crime-tables/nothing/2024'
    )
    expect(unknown.status).toBe(404)
  })
})
