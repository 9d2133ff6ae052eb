import { describe, expect, it } from 'vitest'
import { appWithoutDb } from '../test/databases.ts'
import { json } from '../test/http.ts'

describe('GET /', () => {
  it('links a program to the reference page and the OpenAPI document, as JSON', async () => {
    const res = await appWithoutDb().request('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('link')).toContain('</v1/openapi.json>; rel="service-desc"')
    const body = await json(res)
    expect(body.links.map((l: { href: string }) => l.href)).toEqual(['/docs', '/v1/openapi.json'])
  })

  it('gives a browser a page with the same links', async () => {
    const res = await appWithoutDb().request('/', {
      headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('vary')).toContain('Accept')
    const page = await res.text()
    expect(page).toContain('<a href="/docs"')
    expect(page).toContain('<a href="/v1/openapi.json"')
  })

  it('answers JSON to a client that states no preference', async () => {
    const res = await appWithoutDb().request('/', { headers: { Accept: '*/*' } })
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  })
})
