import { describe, expect, it } from 'vitest'
import { testDatabases, useTestDb } from '../test/databases.ts'
import { json } from '../test/http.ts'

describe.each(testDatabases)('actions summary on $name', (target) => {
  const t = useTestDb(target)

  it("lists the plan's counts by power, each with its period and source", async () => {
    const res = await t.app().request('/v1/actions/summary')
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body.planId).toBe('south-derbyshire-csp-2023-26')
    expect(body.powers.map((p: { power: string; count: number }) => [p.power, p.count])).toEqual([
      ['warning-letter', 55],
      ['acceptable-behaviour-contract', 6],
      ['community-protection-warning', 38],
      ['community-protection-notice', 7],
      ['fixed-penalty-notice', 2],
      ['public-spaces-protection-order', 1],
    ])
    const pspo = body.powers.at(-1)
    expect(pspo).toMatchObject({
      powerName: expect.stringMatching(/Public Spaces Protection Order/i),
      location: 'Eureka Park, Swadlincote',
      period: { label: 'over the past year', from: null, to: null },
      source: { publisher: 'South Derbyshire Community Safety Partnership' },
    })
    expect(body.otherCounts.map((a: { actionId: string }) => a.actionId)).toEqual([
      'area-forum-meetings',
      'safer-homes-properties-secured',
    ])
    expect(body.otherCounts[0].period).toMatchObject({ label: '2024-25', from: '2024-04-01' })
  })
})
