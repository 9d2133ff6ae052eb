import { createHash } from 'node:crypto'
import { expect, test } from 'vitest'
import { realViewJson } from '../test/support/real-view.ts'
import { figuresModel } from './figures-model.ts'
import { embedPageCsp, renderEmbedPage } from './embed-page.ts'
import { initialSort } from './sort.ts'
import { parseCrimeTableData, type CrimeTableData } from './view.ts'

// Svelte's server output marks its blocks with comments (for hydration): not markup.
const markup = (html: string) => html.replace(/<!--[^]*?-->/g, '')

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
  const html = markup(renderEmbedPage(view).html)
  expect(html).toMatch(/^<!doctype html><html lang="en">/)
  // Svelte escapes `<` and `&` in text, which is all a title needs.
  expect(html).toContain('<title>&lt;/title>&lt;script>alert(1)&lt;/script>, 2023</title>')
  expect(html).toContain(
    '<main><section class="csp" aria-labelledby="csp-title"><h1 class="csp-title"'
  )
})

// Figures.svelte rendered on the server: the same markup as the element, with links to sort.
const hostile = '<img src=x onerror="alert(1)">\'&'
const body = (view: CrimeTableData, options: Parameters<typeof renderEmbedPage>[1] = {}) => {
  const html = markup(renderEmbedPage(view, options).html)
  return html.slice(html.indexOf('<main>'), html.indexOf('</main>'))
}

test('renders every text from the data as text', async () => {
  const view = parseCrimeTableData(await realViewJson())
  const spoilt: CrimeTableData = {
    ...view,
    measureInfo: { label: hostile },
    source: { ...view.source, title: hostile, note: hostile, url: `https://x.example/"><script>` },
    rows: view.rows.map((r) => ({ ...r, areaName: hostile })),
    statements: [{ areaCode: 'E07000039', sentences: [hostile] }],
    completeness: { complete: false, notes: [hostile] },
    findings: [{ message: hostile }],
  }
  const html = body(spoilt, { highlight: 'E07000039' })
  // No element or attribute from the data: `<` is escaped, so the rest is only text.
  expect(html).not.toMatch(/<img|<script|<[^>]*\sonerror=/)
  expect(html.split('&lt;img src=x onerror="alert(1)">\'&amp;').length).toBeGreaterThan(15)
  expect(html).toContain('href="https://x.example/%22%3E%3Cscript%3E"')
})

test('the table: caption, scoped headers, aria-sort on the sorted column, totals apart', async () => {
  const view = parseCrimeTableData(await realViewJson())
  const html = body(view, { highlight: 'E07000039', sort: 'volume' })
  expect(html).toContain(
    '<caption>Anti-social behaviour by area, 1 January 2023 to 31 December 2023. Sorted by number recorded, highest first.</caption>'
  )
  expect(html).toContain(
    '<thead><tr><th scope="col">Area</th><th scope="col" aria-sort="descending">Number recorded<span class="csp-indicator" aria-hidden="true">▼</span></th><th scope="col">Rate per 1,000 aged 16+</th><th scope="col">Change on the year before</th></tr></thead>'
  )
  expect(html).toContain(
    '<tr><th scope="row">South Derbyshire<span class="csp-you">(your area)</span></th><td>1,695</td><td>19.5</td><td><span aria-hidden="true">▼ </span>fell 6.9%</td></tr>'
  )
  expect(html).toMatch(
    /<tbody class="csp-totals"><tr><th scope="rowgroup" colspan="4" class="csp-group">Totals \(not ranked\)<\/th><\/tr><tr><th scope="row">Derbyshire<\/th>/
  )
  expect(html.match(/<th scope="row">/g)).toHaveLength(11)
})

test('sort links, when the page gives their address, reverse the sorted column', async () => {
  const view = parseCrimeTableData(await realViewJson())
  const html = body(view, {
    sort: { key: 'rate', direction: 'descending' },
    sortHref: ({ key, direction }) => `?sort=${key}&dir=${direction}`,
  })
  expect(html).toContain(
    '<th scope="col" aria-sort="descending"><a class="csp-sort" href="?sort=rate&amp;dir=ascending">Rate per 1,000 aged 16+<span class="csp-indicator" aria-hidden="true">▼</span></a></th>'
  )
  expect(html).toContain(
    'href="?sort=name&amp;dir=ascending">Area<span class="csp-indicator" aria-hidden="true">↕</span>'
  )
})

test('the CSV link carries exactly the CSV of the rows shown', async () => {
  const view = parseCrimeTableData(await realViewJson())
  const html = body(view, { sort: 'name' })
  const href =
    /href="data:text\/csv;charset=utf-8,([^"]*)" download="anti-social-behaviour-2023.csv"/.exec(
      html
    )
  expect(decodeURIComponent(href![1]!)).toBe(figuresModel(view, { sort: initialSort('name') }).csv)
})
