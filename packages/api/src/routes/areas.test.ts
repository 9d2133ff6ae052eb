import { derbyshireAreas } from '@csp/domain'
import { describe, expect, it } from 'vitest'
import { appWithoutDb } from '../test/databases.ts'
import { json } from '../test/http.ts'

describe('GET /v1/areas', () => {
  it('lists the areas with their 16+ populations, period and source', async () => {
    const res = await appWithoutDb().request('/v1/areas')
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body.items).toEqual(derbyshireAreas)
    expect(body.comparisonAreaCodes).toHaveLength(9)
    expect(body.comparisonAreaCodes).not.toContain('E10000007')
    expect(body.population16Plus.period).toEqual({
      label: 'Census 2021',
      from: '2021-03-21',
      to: '2021-03-21',
    })
    expect(body.population16Plus.source.publisher).toBe('Office for National Statistics')
  })

  it('is cacheable and revalidates with its ETag', async () => {
    const app = appWithoutDb({ publicMaxAgeSeconds: 60 })
    const first = await app.request('/v1/areas')
    expect(first.headers.get('cache-control')).toBe('public, max-age=60')
    const tag = first.headers.get('etag')
    // A strong ETag: this build and the view (a static view has no data versions).
    expect(tag).toMatch(/^"[0-9a-f]{16}"$/)
    const again = await app.request('/v1/areas', { headers: { 'If-None-Match': tag ?? '' } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(tag)
    expect(again.headers.get('cache-control')).toBe('public, max-age=60')
    const other = await app.request('/v1/areas', { headers: { 'If-None-Match': '"stale"' } })
    expect(other.status).toBe(200)
  })
})
