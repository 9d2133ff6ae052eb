import { planMeasures, policeUkMeasures } from '@csp/domain'
import { describe, expect, it } from 'vitest'
import { appWithoutDb } from '../test/databases.ts'
import { json } from '../test/http.ts'

describe('GET /v1/measures', () => {
  it("lists the plan's measures and the police.uk crime types", async () => {
    const res = await appWithoutDb().request('/v1/measures')
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const { items } = await json(res)
    expect(items).toEqual([...planMeasures, ...policeUkMeasures])
    expect(items[0]).toMatchObject({ id: 'anti-social-behaviour', sourceKind: 'police-uk' })
  })
})
