import { statutoryDuties } from '@csp/domain'
import { describe, expect, it } from 'vitest'
import { appWithoutDb } from '../test/databases.ts'
import { json } from '../test/http.ts'

describe('GET /v1/duties', () => {
  it('lists the statutory duties with their legislation', async () => {
    const res = await appWithoutDb().request('/v1/duties')
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).not.toBeNull()
    const { items } = await json(res)
    expect(items).toEqual(statutoryDuties)
    const asb = items.find((d: { id: string }) => d.id === 'asb-case-review-publication')
    expect(asb?.legislation[0]?.instrument).toMatch(/Anti-social Behaviour/)
  })
})
