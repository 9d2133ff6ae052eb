import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { connectBrowser, openPage } from './support/browser.ts'
import { htmlPage, startHost, type HostServer } from './support/host.ts'

// The iframe variant, served by the real API: it sizes itself through postMessage (no
// scrollbars, nothing cut off), works with JavaScript off, and passes axe as a page of its own.

let browser: Browser
let host: HostServer
const api = () => inject('apiUrl')
const embedUrl = () =>
  `${api()}/widget/embed?measure=anti-social-behaviour&period=2023&highlight=E07000039`

// The listener the README gives host pages, with the API's origin filled in.
const listener = (origin: string) => `<script>
  addEventListener('message', (event) => {
    if (event.origin !== ${JSON.stringify(origin)} || event.data?.type !== 'csp-widget:height') return
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.height = String(event.data.height)
    }
  })
</script>`

beforeAll(async () => {
  browser = await connectBrowser()
  host = await startHost({
    '/': {
      body: htmlPage({
        body: `<main><h1>Figures</h1><iframe title="Anti-social behaviour figures" src="${embedUrl()}" style="width: 100%; border: 0" height="150"></iframe></main>${listener(new URL(api()).origin)}`,
      }),
    },
  })
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

/** The iframe's height and its document's height, once they stop changing. */
async function settledHeights(page: Page) {
  const frame = page.frameLocator('iframe')
  await frame.locator('table caption').waitFor()
  let previous = -1
  for (let i = 0; i < 50; i++) {
    const now = await page.locator('iframe').evaluate((f: HTMLIFrameElement) => f.clientHeight)
    if (now === previous && now !== 150) break
    previous = now
    await page.waitForTimeout(100)
  }
  const frameHeight = await page
    .locator('iframe')
    .evaluate((f: HTMLIFrameElement) => f.clientHeight)
  const contentHeight = await frame
    .locator('html')
    .evaluate((html) => Math.ceil(html.getBoundingClientRect().height))
  const scrolls = await frame
    .locator('html')
    .evaluate((html) => html.scrollHeight > html.clientHeight)
  return { frameHeight, contentHeight, scrolls }
}

test('sizes itself to its content, and again when the page gets narrower', async () => {
  const { page, problems } = await openPage(browser, `${host.url}/`)
  const wide = await settledHeights(page)
  expect(wide.frameHeight).toBeGreaterThan(150)
  expect(wide.frameHeight).toBe(wide.contentHeight)
  expect(wide.scrolls).toBe(false)

  await page.setViewportSize({ width: 360, height: 1400 })
  const narrow = await settledHeights(page)
  expect(narrow.frameHeight).toBeGreaterThan(wide.frameHeight)
  expect(narrow.frameHeight).toBe(narrow.contentHeight)
  expect(narrow.scrolls).toBe(false)
  expect(await problems()).toEqual([])
  await page.context().close()
})

test('shows the seed’s figures and sorts by link with JavaScript off', async () => {
  const { page } = await openPage(browser, embedUrl(), { javaScriptEnabled: false })
  const row = page.locator('tr:has(.csp-you)')
  expect(await row.locator('td').allTextContents()).toEqual(['1,695', '19.5', '▼ fell 6.9%'])
  const firstArea = () => page.locator('tbody tr th').first().textContent()
  const before = await firstArea()
  await page.locator('thead a', { hasText: 'Area' }).click()
  await page.waitForURL(/sort=name/)
  expect(await firstArea()).not.toBe(before)
  expect(await firstArea()).toBe('Amber Valley')
  await page.context().close()
})

test('passes axe as a page of its own', async () => {
  // The page's strict CSP would refuse axe's own script; bypassing it only for the audit.
  const { page } = await openPage(browser, embedUrl(), { bypassCSP: true })
  await page.locator('table caption').waitFor()
  expect(await axeViolations(page)).toEqual([])
  await page.context().close()
})
