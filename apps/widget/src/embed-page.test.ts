import { createHash } from 'node:crypto'
import { expect, test } from 'vitest'
import { realViewJson } from '../test/support/real-view.ts'
import { embedPageCsp, renderEmbedPage } from './embed-page.ts'
import { parseCrimeTableData } from './view.ts'

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

test('the policy allows exactly the page’s own inline style and script', async () => {
  const page = renderEmbedPage(parseCrimeTableData(await realViewJson()), {
    highlight: 'E07000039',
  })
  const style = /<style>([\s\S]*?)<\/style>/.exec(page.html)![1]!
  const script = /<script>([\s\S]*?)<\/script>/.exec(page.html)![1]!
  expect(page.headers['Content-Security-Policy']).toBe(embedPageCsp)
  expect(embedPageCsp).toBe(
    `default-src 'none'; style-src ${hash(style)}; script-src ${hash(script)}; img-src 'none'; base-uri 'none'; form-action 'none'`
  )
  expect(page.html.match(/<script/g)).toHaveLength(1)
})

test('a document of its own: language, escaped title, one main, the title as its h1', async () => {
  const view = parseCrimeTableData(await realViewJson())
  view.measureInfo = { label: '</title><script>alert(1)</script>' }
  const { html } = renderEmbedPage(view)
  expect(html).toMatch(/^<!doctype html><html lang="en">/)
  expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;, 2023</title>')
  expect(html).toContain(
    '<main><section class="csp" aria-labelledby="csp-title"><h1 class="csp-title"'
  )
})
