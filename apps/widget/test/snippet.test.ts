import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'
import { axeViolations, hostPageRules } from './support/axe.ts'
import { connectBrowser, openPage, shadowRootOf, waitForTable } from './support/browser.ts'
import { htmlPage, snippet, startHost, type HostServer } from './support/host.ts'
import { tableCells } from './support/inspect.ts'

// The acceptance check: a page with nothing but the two-line snippet (no api
// attribute: the script's own address says where the API is) shows South Derbyshire
// highlighted in the ASB table with the seed's figures, and passes axe.

let browser: Browser
let host: HostServer

beforeAll(async () => {
  browser = await connectBrowser()
  host = await startHost({
    '/': { body: htmlPage({ lang: 'de', title: 'Gemeinde', body: snippet(inject('apiUrl')) }) },
    '/outlined': {
      body: htmlPage({
        body: `<main><h1>Community safety</h1>${snippet(inject('apiUrl'))}</main>`,
      }),
    },
  })
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

test('South Derbyshire highlighted, with the seed’s figures, in en-GB on a German page', async () => {
  const { page, problems } = await openPage(browser, `${host.url}/`)
  await waitForTable(page)
  const widget = page.locator('csp-crime-table')
  await expect.poll(() => widget.locator('h2').textContent()).toBe('Anti-social behaviour, 2023')
  const highlighted = widget.locator('tr:has(.csp-you)')
  expect(await highlighted.count()).toBe(1)
  expect(await highlighted.locator('th').textContent()).toBe('South Derbyshire(your area)')
  expect(await highlighted.locator('td').allTextContents()).toEqual([
    '1,695',
    '19.5',
    '▼ fell 6.9%',
  ])
  expect(
    await highlighted.locator('th').evaluate((th) => getComputedStyle(th).backgroundColor)
  ).toBe('rgb(255, 242, 168)')

  const cells = await page.evaluate(tableCells, await shadowRootOf(page))
  expect(cells.at(-2)).toEqual(['Derbyshire', '16,481', '25.0', '▼ fell 12.0%'])
  expect(cells.at(-1)).toEqual(['Derbyshire Police Force Area', '24,344', '28.0', '▼ fell 12.4%'])
  expect(await widget.locator('.csp-summary').textContent()).toContain(
    'That is the second lowest rate of the nine areas.'
  )
  expect(await problems()).toEqual([])
  await page.context().close()
})

test('the same page passes axe, but for the host page’s own missing <main> and <h1>', async () => {
  const { page } = await openPage(browser, `${host.url}/`)
  await waitForTable(page)
  expect((await axeViolations(page)).map((v) => v.id).sort()).toEqual(hostPageRules)
  expect(await axeViolations(page, hostPageRules)).toEqual([])
  await page.context().close()
})

test('a page that has its own <main> and <h1> passes every axe rule', async () => {
  const { page } = await openPage(browser, `${host.url}/outlined`)
  await waitForTable(page)
  expect(await axeViolations(page)).toEqual([])
  await page.context().close()
})
