import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { connectBrowser, openPage, waitForTable } from './support/browser.ts'
import { htmlPage, jsonReply, snippet, startHost, type HostServer } from './support/host.ts'
import { realViewJson } from './support/real-view.ts'

// Never a blank box: the skeleton while loading, then the table or a short message with the
// reason. The failures are served by a local server (a 500, broken JSON, the wrong JSON).

let browser: Browser
let host: HostServer
const api = inject('apiUrl')

function page(attributes: string) {
  return { body: htmlPage({ body: `<main><h1>States</h1>${snippet(api, attributes)}</main>` }) }
}

beforeAll(async () => {
  browser = await connectBrowser()
  const json = await realViewJson()
  host = await startHost({
    '/v1/crime-tables/slow/2023': { ...jsonReply(json), delayMs: 1_500 },
    '/v1/crime-tables/broken/2023': jsonReply(
      {
        type: 'about:blank',
        title: 'Internal error',
        status: 500,
        detail: 'The database is down.',
      },
      500
    ),
    '/v1/crime-tables/truncated/2023': jsonReply('{"measure": "anti-social'),
    '/v1/crime-tables/other/2023': jsonReply({ items: [] }),
  })
  const local = `api="${host.url}" period="2023"`
  host.route('/slow', page(`${local} measure="slow"`))
  host.route('/broken', page(`${local} measure="broken"`))
  host.route('/truncated', page(`${local} measure="truncated"`))
  host.route('/other', page(`${local} measure="other"`))
  host.route('/unreachable', page('api="http://127.0.0.1:9" measure="x" period="2023"'))
  host.route('/unknown', page('measure="no-such-measure" period="2023"'))
  host.route('/missing', page('measure="anti-social-behaviour" period="1999"'))
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

test('while loading: the table’s skeleton and a Loading… status, then the table', async () => {
  const { page: tab } = await openPage(browser, `${host.url}/slow`)
  const widget = tab.locator('csp-crime-table')
  await widget.locator('[role=status]').waitFor()
  expect(await widget.locator('[role=status]').textContent()).toBe('Loading…')
  expect(await widget.locator('section').getAttribute('aria-busy')).toBe('true')
  expect(await widget.locator('table[aria-hidden], [aria-hidden] table').count()).toBe(1)
  expect(await widget.locator('tbody tr').count()).toBe(11)
  expect(
    await widget.locator('section').evaluate((s) => s.getBoundingClientRect().height)
  ).toBeGreaterThan(300)
  expect(await axeViolations(tab)).toEqual([])
  await waitForTable(tab)
  expect(await widget.locator('section').getAttribute('aria-busy')).toBeNull()
  await tab.context().close()
})

test.each([
  ['/broken', 'The server answered 500: The database is down.'],
  ['/truncated', 'The server’s answer was not valid JSON.'],
  ['/other', 'The server’s answer is not a crime table: measure is not text.'],
  ['/unreachable', 'http://127.0.0.1:9 could not be reached.'],
  [
    '/unknown',
    'The server answered 404: "no-such-measure" is not a known measure; see /v1/measures.',
  ],
  ['/missing', 'The server answered 404: There is no anti-social-behaviour table for 1999.'],
])('%s: a short message and the reason', async (path, reason) => {
  const { page: tab } = await openPage(browser, `${host.url}${path}`)
  const alert = tab.locator('csp-crime-table [role=alert]')
  await alert.waitFor()
  expect(await alert.locator('p').allTextContents()).toEqual([
    'The figures could not be loaded.',
    reason,
  ])
  if (path === '/broken') expect(await axeViolations(tab)).toEqual([])
  await tab.context().close()
})
