import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { testDatabases, useTestDb } from '../test/databases.ts'

const sha384 = (bytes: ArrayBuffer) =>
  `sha384-${createHash('sha384').update(Buffer.from(bytes)).digest('base64')}`

describe.each(testDatabases)('the widget on $name', (target) => {
  const t = useTestDb(target)

  it('publishes a snippet whose versioned script matches its integrity hash', async () => {
    const snippet = (await (
      await t.app().request('http://csp.test/widget/snippet.json')
    ).json()) as {
      src: string
      integrity: string
    }
    expect(snippet.src).toMatch(/^http:\/\/csp\.test\/widget\/csp-widget\.[0-9a-f]+\.js$/)
    expect(snippet.integrity).toMatch(/^sha384-/)
    const res = await t.app().request(snippet.src)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(sha384(await res.arrayBuffer())).toBe(snippet.integrity)
  })

  it('serves the plain address with a short cache, and no stale version', async () => {
    const plain = await t.app().request('/widget/csp-widget.js')
    expect(plain.headers.get('cache-control')).toBe('public, max-age=300')
    expect((await plain.text()).length).toBeGreaterThan(1000)
    expect((await t.app().request('/widget/csp-widget.0123abcd.js')).status).toBe(404)
  })

  it('serves the second element, <csp-local-areas>, to any site', async () => {
    const res = await t.app().request('/widget/csp-local-areas.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(await res.text()).toContain('csp-local-areas')
  })

  it('serves <csp-case-review-figures> as a script of its own, to any site', async () => {
    const res = await t.app().request('/widget/csp-case-review-figures.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(await res.text()).toContain('csp-case-review-figures')
  })

  it('renders the iframe page with the seed figures, embeddable anywhere', async () => {
    const res = await t
      .app()
      .request('/widget/embed?measure=anti-social-behaviour&period=2023&highlight=E07000039')
    expect(res.status).toBe(200)
    expect(res.headers.get('x-frame-options')).toBeNull()
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).not.toContain('frame-ancestors')
    const html = await res.text()
    expect(html).toContain('<table')
    expect(html).toMatch(/South Derbyshire[\s\S]*1,695[\s\S]*19\.5/)
    expect(html).toContain(
      '?measure=anti-social-behaviour&amp;period=2023&amp;highlight=E07000039&amp;sort='
    )
  })

  it('explains bad and unknown requests as a page, escaping what it echoes', async () => {
    const bad = await t.app().request('/widget/embed?measure=%3Cscript%3E&period=2023')
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toContain('text/html')
    const badText = await bad.text()
    expect(badText).toContain('The figures could not be shown: measure:')
    expect(badText).not.toContain('<script>')
    const missing = await t.app().request('/widget/embed?measure=hate-crime&period=1999')
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('There is no hate-crime table for 1999.')
  })

  it('keeps refusing to be framed everywhere else', async () => {
    const res = await t.app().request('/v1/areas')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
  })
})
