import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { CrimeTableView } from '../../../packages/api/dist/testing.js'
import { heightMessageType, renderEmbedPage, type SortKey } from '../src/server.ts'
import { axeViolations } from './support/axe.ts'
import { connectBrowser, openPage } from './support/browser.ts'
import { htmlPage, startHost, type HostServer } from './support/host.ts'
import { realViewJson } from './support/real-view.ts'

// The iframe variant: served here the way the API will serve it (renderEmbedPage on the API's
// own view, with its headers), embedded in a page on another origin that listens for heights.

let browser: Browser
let embedServer: HostServer
let hostServer: HostServer

beforeAll(async () => {
  browser = await connectBrowser()
  const view = (await realViewJson()) as unknown as CrimeTableView
  embedServer = await startHost({
    '/widget/embed': (request) => {
      const query = new URL(request.url ?? '/', 'http://x').searchParams
      const page = renderEmbedPage(view, {
        highlight: query.get('highlight') ?? undefined,
        sort: {
          key: (query.get('sort') ?? 'rate') as SortKey,
          direction: query.get('direction') === 'ascending' ? 'ascending' : 'descending',
        },
        sortHref: (s) => `?highlight=E07000039&sort=${s.key}&direction=${s.direction}`,
      })
      return { headers: page.headers, body: page.html }
    },
  })
  const origin = embedServer.url
  hostServer = await startHost({
    '/': {
      body: htmlPage({
        body: `<main><h1>Embedded</h1>
<iframe src="${origin}/widget/embed?highlight=E07000039" title="Anti-social behaviour, 2023" style="width: 100%; border: 0" height="150"></iframe>
<script>
addEventListener('message', (event) => {
  if (event.origin !== ${JSON.stringify(origin)} || event.data?.type !== ${JSON.stringify(heightMessageType)}) return
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.height = String(event.data.height)
  }
})
</script></main>`,
      }),
    },
  })
})

afterAll(async () => {
  await browser?.close()
  await embedServer?.close()
  await hostServer?.close()
})

function embedFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/widget/embed'))
  if (!frame) throw new Error('no embed frame')
  return frame
}

/** The iframe's height on the page, and how tall and wide its document wants to be. */
async function fit(page: Page) {
  const frameHeight = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)
  const inner = await embedFrame(page).evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
    overflowsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }))
  return { frameHeight, ...inner }
}

async function expectFitted(page: Page) {
  await expect
    .poll(async () => {
      const f = await fit(page)
      return f.scrollHeight <= f.clientHeight && Math.abs(f.frameHeight - f.scrollHeight) <= 1
    })
    .toBe(true)
  expect((await fit(page)).overflowsSideways).toBe(false)
}

test('the iframe sizes itself to its content, after sorting and when the page narrows', async () => {
  const { page, problems } = await openPage(browser, `${hostServer.url}/`)
  await embedFrame(page).locator('caption').waitFor()
  await expectFitted(page)
  const wide = (await fit(page)).frameHeight
  expect(wide).toBeGreaterThan(500)

  await embedFrame(page).getByRole('link', { name: 'Area' }).click()
  await expect.poll(() => embedFrame(page).locator('th[aria-sort]').textContent()).toBe('Area▲')
  await expectFitted(page)

  await page.setViewportSize({ width: 360, height: 800 })
  await expectFitted(page)
  expect((await fit(page)).frameHeight).toBeGreaterThan(wide)

  // Content-Security-Policy violations in the frame are among the problems recorded.
  expect(await problems()).toEqual([])
  await page.context().close()
})

test('with JavaScript off the page shows the table, and the headers sort by link', async () => {
  const { page } = await openPage(browser, `${embedServer.url}/widget/embed?highlight=E07000039`, {
    javaScriptEnabled: false,
  })
  expect(await page.locator('h1').textContent()).toBe('Anti-social behaviour, 2023')
  expect(await page.locator('tr:has(.csp-you) td').allTextContents()).toEqual([
    '1,695',
    '19.5',
    '▼ fell 6.9%',
  ])
  await page.getByRole('link', { name: 'Rate per 1,000 aged 16+' }).click()
  await expect.poll(() => page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending')
  expect(await page.locator('tbody tr th').first().textContent()).toBe('Derbyshire Dales')
  await page.context().close()
})

test('the embed page passes axe', async () => {
  // axe is injected as an inline script, which the page's own policy rightly refuses.
  const { page } = await openPage(browser, `${embedServer.url}/widget/embed?highlight=E07000039`, {
    bypassCSP: true,
  })
  expect(await axeViolations(page)).toEqual([])
  await page.context().close()
})
