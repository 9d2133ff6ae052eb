import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { api, connectBrowser, signedIn, type OpenedContext } from './support/browser.ts'

let browser: Browser
let withJs: OpenedContext
let withoutJs: OpenedContext

beforeAll(async () => {
  browser = await connectBrowser()
  ;[withJs, withoutJs] = await Promise.all([
    signedIn(browser),
    signedIn(browser, { javaScriptEnabled: false }),
  ])
})

afterAll(async () => {
  await withJs?.context.close()
  await withoutJs?.context.close()
  await browser?.close()
})

const cells = (table: Element) =>
  [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim())
  )

describe.each([
  { js: true, name: 'with JavaScript' },
  { js: false, name: 'without JavaScript' },
])('the figures $name', ({ js }) => {
  const page = () => (js ? withJs : withoutJs).page

  test('the dashboard shows each theme’s measures for South Derbyshire', async () => {
    await page().goto('/')
    const themes = await page().locator('main h2').allTextContents()
    expect(themes.slice(0, 4)).toEqual([
      'ASB and Safer Spaces',
      'Safeguarding and Vulnerability',
      'Violence',
      'Acquisitive and Rural Crime',
    ])
    const asb = await page()
      .locator('table', { hasText: 'Anti-social behaviour' })
      .first()
      .evaluate(cells)
    // The latest ASB table is 2024, which is incomplete: no rate, trend or rank.
    expect(asb).toEqual([
      [
        'Anti-social behaviour, 2024 Incomplete',
        '1,695',
        '19.5',
        'No earlier figure',
        'Not ranked',
      ],
    ])
    const violence = await page().locator('table', { hasText: 'Domestic abuse' }).evaluate(cells)
    expect(violence).toEqual([
      ['Domestic abuse, 2023', '1,434', '16.5', 'Rose 1.7%', 'fourth lowest of 9'],
      ['Serious violence, 2023', '162', '1.9', 'Rose 21.8%', 'fourth lowest of 9'],
    ])
  })

  test('a measure’s page has the table, a chart of the same figures and what they say', async () => {
    await page().goto('/figures/hate-crime?period=2023')
    const table = page().locator('table', { hasText: 'Rate per 1,000 aged 16+' })
    const rows = await table.evaluate(cells)
    expect(rows[0]).toEqual(['Derbyshire Dales', '73', '1.2', 'Rose 1.4%', 'lowest of 9'])
    expect(rows[2]).toEqual([
      'South Derbyshire (your area) ◆',
      '130',
      '1.5',
      'Fell 10.3%',
      'third lowest of 9',
    ])
    expect(rows.at(-1)).toEqual([
      'Derbyshire Police Force Area',
      '2,417',
      '2.8',
      'Rose 6.1%',
      'Not ranked (a sum of areas)',
    ])
    const chart = page().locator('svg[role="img"]')
    const label = (await chart.getAttribute('aria-label'))!
    expect(label).toContain('Derbyshire Dales 1.2, High Peak 1.4, South Derbyshire 1.5')
    // One bar per ranked area, in the table's order.
    expect(await chart.locator('rect').count()).toBe(9)
    expect(await page().locator('.govuk-inset-text').textContent()).toContain(
      'That is the third lowest rate of the nine areas.'
    )
  })

  test('the period switch is a form that works by itself', async () => {
    await page().goto('/figures/anti-social-behaviour')
    expect(await page().locator('h1').textContent()).toBe('Anti-social behaviour, 2024')
    expect(await page().locator('.govuk-warning-text').first().textContent()).toContain(
      'These figures are incomplete'
    )
    expect(await page().locator('main').textContent()).toContain('No records for December 2024.')
    await page().locator('#period').selectOption('2023')
    await Promise.all([
      page().waitForURL('**/figures/anti-social-behaviour?period=2023'),
      page().getByRole('button', { name: 'Show figures' }).click(),
    ])
    expect(await page().locator('h1').textContent()).toBe('Anti-social behaviour, 2023')
    expect(await page().locator('.govuk-warning-text').count()).toBe(0)
  })
})

test('the CSV link is the API’s CSV of the same table', async () => {
  await withoutJs.page.goto('/figures/hate-crime?period=2023')
  const href = await withoutJs.page
    .getByRole('link', { name: /Download these figures as CSV/ })
    .getAttribute('href')
  expect(href).toBe(`${api()}/v1/crime-tables/hate-crime/2023?format=csv`)
  const response = await fetch(href!)
  expect(response.headers.get('content-type')).toContain('text/csv')
  expect(await response.text()).toContain('South Derbyshire')
})

test('an unknown measure or period is a page not found', async () => {
  for (const path of ['/figures/nope', '/figures/hate-crime?period=1999', '/figures/..%2Fx']) {
    const response = await withoutJs.page.goto(path)
    expect(response?.status(), path).toBe(404)
    expect(await withoutJs.page.locator('h1').textContent()).toBe('Page not found')
  }
})
