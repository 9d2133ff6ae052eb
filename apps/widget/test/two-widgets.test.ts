import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { connectBrowser, openPage, shadowRootOf, waitForTable } from './support/browser.ts'
import { htmlPage, startHost, type HostServer } from './support/host.ts'
import { tableCells } from './support/inspect.ts'

// Two widgets with different measures on one page, and the script included twice: each keeps
// its own data, sort and ids; attribute changes re-fetch only when the data changes.

let browser: Browser
let host: HostServer
const api = inject('apiUrl')
const script = `<script src="${api}/widget/csp-widget.js"></script>`

beforeAll(async () => {
  browser = await connectBrowser()
  host = await startHost({
    '/': {
      body: htmlPage({
        body: `<main><h1>Two tables</h1>
${script}
<csp-crime-table measure="anti-social-behaviour" period="2023" highlight="E07000039"></csp-crime-table>
${script}
<csp-crime-table measure="hate-crime" period="2023" highlight="E07000032" sort="name"></csp-crime-table>
</main>`,
      }),
    },
  })
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

const firstColumn = async (page: Page, nth: number) =>
  (await page.evaluate(tableCells, await shadowRootOf(page, nth))).map((cells) => cells[0])

test('each shows its own table; sorting one leaves the other alone; axe passes', async () => {
  const { page, problems } = await openPage(browser, `${host.url}/`)
  await waitForTable(page, 0)
  await waitForTable(page, 1)
  const [asb, hate] = [
    page.locator('csp-crime-table').nth(0),
    page.locator('csp-crime-table').nth(1),
  ]
  expect(await asb.locator('h2').textContent()).toBe('Anti-social behaviour, 2023')
  expect(await hate.locator('h2').textContent()).toBe('Hate crime, 2023')
  expect(
    await asb.locator('.csp-you').evaluate((s) => s.parentElement!.firstChild!.textContent)
  ).toBe('South Derbyshire')
  expect(
    await hate.locator('.csp-you').evaluate((s) => s.parentElement!.firstChild!.textContent)
  ).toBe('Amber Valley')
  const hateBefore = await firstColumn(page, 1)
  expect(hateBefore[0]).toBe('Amber Valley(your area)')

  await asb.getByRole('button', { name: 'Area' }).click()
  expect((await firstColumn(page, 0))[0]).toBe('Amber Valley')
  expect(await firstColumn(page, 1)).toEqual(hateBefore)
  expect(await hate.locator('th[aria-sort]').textContent()).toBe('Area▲')

  expect(await axeViolations(page)).toEqual([])
  expect(await problems()).toEqual([])
  expect(await page.evaluate(() => customElements.get('csp-crime-table') !== undefined)).toBe(true)
  await page.context().close()
})

test('attribute changes: measure and period re-fetch, highlight and sort do not', async () => {
  const { page } = await openPage(browser, `${host.url}/`)
  await waitForTable(page, 0)
  await waitForTable(page, 1)
  const fetched: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/v1/')) fetched.push(new URL(request.url()).pathname)
  })
  const asb = page.locator('csp-crime-table').first()

  await asb.evaluate((el) => el.setAttribute('highlight', 'E06000015'))
  await expect.poll(() => asb.locator('tr:has(.csp-you) th').textContent()).toBe('Derby(your area)')
  await asb.evaluate((el) => el.setAttribute('sort', 'volume'))
  await expect.poll(() => asb.locator('th[aria-sort]').textContent()).toBe('Number recorded▼')
  expect(fetched).toEqual([])

  await asb.evaluate((el) => el.setAttribute('measure', 'vehicle-crime'))
  await expect.poll(() => asb.locator('h2').textContent()).toBe('Vehicle crime, 2023')
  expect(fetched).toEqual(['/v1/crime-tables/vehicle-crime/2023'])
  expect(await asb.locator('th[aria-sort]').textContent()).toBe('Number recorded▼')

  // A reader's sort holds until the page sets the sort attribute again.
  await asb.getByRole('button', { name: 'Area' }).click()
  await asb.evaluate((el) => el.setAttribute('sort', 'trend'))
  await expect
    .poll(() => asb.locator('th[aria-sort]').textContent())
    .toBe('Change on the year before▼')
  await page.context().close()
})

test('moved or re-added to the page, a widget keeps working', async () => {
  const { page, problems } = await openPage(browser, `${host.url}/`)
  await waitForTable(page, 0)
  await page.evaluate(() => {
    const widget = document.querySelector('csp-crime-table')!
    document.querySelector('main')!.append(widget)
  })
  const moved = page.locator('csp-crime-table').nth(1)
  expect(await moved.locator('h2').textContent()).toBe('Anti-social behaviour, 2023')
  await page.evaluate(() => {
    const widget = document.querySelector('csp-crime-table')!
    widget.remove()
    setTimeout(() => document.body.append(widget), 50)
  })
  await expect.poll(() => page.locator('body > csp-crime-table caption').count()).toBe(1)
  expect(await problems()).toEqual([])
  await page.context().close()
})
