import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'
import type { CrimeTableView } from '../../../packages/api/dist/testing.js'
import { renderCrimeTableHtml, widgetStyles, type SortState } from '../src/server.ts'
import { connectBrowser, openPage, shadowRootOf, waitForTable } from './support/browser.ts'
import { htmlPage, snippet, startHost, type HostServer } from './support/host.ts'
import { describeTree, keyStyles, meaningfulAttributes } from './support/inspect.ts'
import { hostLayoutCss } from './support/pages.ts'
import { realViewJson } from './support/real-view.ts'

// The iframe page (renderCrimeTableHtml) and the element must say the same thing in the same
// structure. They differ only where they must: the element's header controls are buttons and
// it has a live region for sort announcements; the static page's are links.

let browser: Browser
let host: HostServer
const api = inject('apiUrl')

beforeAll(async () => {
  browser = await connectBrowser()
  // Exactly what the API will hand to the renderer: its own view object.
  const view = (await realViewJson()) as unknown as CrimeTableView
  const staticPage = (sort: SortState) =>
    htmlPage({
      head: `<style>${widgetStyles} .csp { width: 640px }</style>`,
      body: renderCrimeTableHtml(view, {
        highlight: 'E07000039',
        sort,
        sortHref: (next) => `?sort=${next.key}&direction=${next.direction}`,
      }),
    })
  host = await startHost({
    '/element': { body: htmlPage({ head: `<style>${hostLayoutCss}</style>`, body: snippet(api) }) },
    '/static-rate': { body: staticPage({ key: 'rate', direction: 'descending' }) },
    '/static-name': { body: staticPage({ key: 'name', direction: 'ascending' }) },
  })
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

function normalise(lines: string[]): string[] {
  return lines
    .filter((line) => !line.includes('class=csp-hidden'))
    .map((line) =>
      line
        .replace('button[class=csp-sort type=button]', 'sort-control')
        .replace('a[class=csp-sort]', 'sort-control')
    )
}

async function elementTree(page: Page) {
  return normalise(
    await page.evaluate(describeTree, [await shadowRootOf(page), meaningfulAttributes] as const)
  )
}

async function staticTree(path: string) {
  const { page } = await openPage(browser, `${host.url}${path}`)
  const body = await page.evaluateHandle(() => document.body)
  const result = {
    tree: normalise(await page.evaluate(describeTree, [body, meaningfulAttributes] as const)),
    styles: await page.evaluate(keyStyles, body),
  }
  await page.context().close()
  return result
}

test('the element and the iframe page’s HTML have the same tree, text and look', async () => {
  const { page } = await openPage(browser, `${host.url}/element`)
  await waitForTable(page)
  const byRate = await staticTree('/static-rate')
  expect(await elementTree(page)).toEqual(byRate.tree)
  expect(await page.evaluate(keyStyles, await shadowRootOf(page))).toEqual(byRate.styles)

  await page.locator('csp-crime-table').getByRole('button', { name: 'Area' }).click()
  expect(await elementTree(page)).toEqual((await staticTree('/static-name')).tree)
  await page.context().close()
})
