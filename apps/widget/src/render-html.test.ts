import { beforeAll, expect, test } from 'vitest'
import { realViewJson } from '../test/support/real-view.ts'
import { figuresModel } from './figures-model.ts'
import { escapeHtml, renderCrimeTableHtml } from './render-html.ts'
import { initialSort } from './sort.ts'
import { parseCrimeTableData, type CrimeTableData } from './view.ts'

let view: CrimeTableData
beforeAll(async () => {
  view = parseCrimeTableData(await realViewJson())
})

const hostile = '<img src=x onerror="alert(1)">\'&'

test('escapes the five characters that matter in HTML text and quoted attributes', () => {
  expect(escapeHtml(hostile)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;')
})

test('renders every text from the data as text', () => {
  const spoilt: CrimeTableData = {
    ...view,
    measureInfo: { label: hostile },
    source: { ...view.source, title: hostile, note: hostile, url: `https://x.example/"><script>` },
    rows: view.rows.map((r) => ({ ...r, areaName: hostile })),
    statements: [{ areaCode: 'E07000039', sentences: [hostile] }],
    completeness: { complete: false, notes: [hostile] },
    findings: [{ message: hostile }],
  }
  const html = renderCrimeTableHtml(spoilt, { highlight: 'E07000039' })
  expect(html).not.toMatch(/<img|<script|onerror="/)
  expect(
    html.split('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;').length
  ).toBeGreaterThan(15)
  expect(html).toContain('href="https://x.example/%22%3E%3Cscript%3E"')
})

test('the table: caption, scoped headers, aria-sort on the sorted column, totals apart', () => {
  const html = renderCrimeTableHtml(view, { highlight: 'E07000039', sort: 'volume' })
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

test('sort links, when the page gives their address, reverse the sorted column', () => {
  const html = renderCrimeTableHtml(view, {
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

test('the CSV link carries exactly the CSV of the rows shown', () => {
  const html = renderCrimeTableHtml(view, { sort: 'name' })
  const href =
    /href="data:text\/csv;charset=utf-8,([^"]*)" download="anti-social-behaviour-2023.csv"/.exec(
      html
    )
  expect(decodeURIComponent(href![1]!)).toBe(figuresModel(view, { sort: initialSort('name') }).csv)
})
