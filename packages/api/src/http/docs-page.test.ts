import { describe, expect, it } from 'vitest'
import { renderDocsPage } from './docs-page.ts'

describe('renderDocsPage', () => {
  it('escapes every text from the document (hono/html)', () => {
    const hostile = '<script>alert(1)</script>'
    const page = renderDocsPage({
      info: { title: hostile, version: '1"2', description: hostile },
      paths: {
        '/x/{id}': { get: { summary: hostile, responses: { '200': { description: hostile } } } },
      },
      components: { schemas: { [hostile]: { type: 'string' } } },
    })
    expect(page).not.toContain('<script')
    expect(page).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; — reference</title>')
    expect(page).toContain('<small>v1&quot;2</small>')
    expect(page).toContain('<code>/x/{id}</code>')
  })
})
