import { southDerbyshirePlan } from '@csp/domain'
import { describe, expect, it } from 'vitest'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json } from '../test/http.ts'

describe.each(testDatabases)('plan and priorities on $name', (target) => {
  const t = useTestDb(target)

  it('serves the stored plan as the domain validates it', async () => {
    const res = await t.app().request('/v1/plan')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
    // JSON drops undefined and PostgreSQL reorders object keys; compare as JSON values.
    expect(await json(res)).toEqual(JSON.parse(JSON.stringify(southDerbyshirePlan)))
  })

  it("serves the plan's priorities with the plan's period and source", async () => {
    const body = await json(await t.app().request('/v1/priorities'))
    expect(body.planId).toBe('south-derbyshire-csp-2023-26')
    expect(body.period.label).toBe('2023-26')
    expect(body.source).toEqual(southDerbyshirePlan.source)
    expect(body.themes.map((theme: { id: string }) => theme.id)).toEqual(
      southDerbyshirePlan.priorities.themes.map((theme) => theme.id)
    )
    expect(body.links.length).toBe(southDerbyshirePlan.priorities.links.length)
    expect(body.pccPriorities.length).toBeGreaterThan(0)
  })
})
