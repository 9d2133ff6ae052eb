import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'
import { connectBrowser, openPage, shadowRootOf, waitForTable } from './support/browser.ts'
import { htmlPage, jsonReply, snippet, startHost, type HostServer } from './support/host.ts'
import { tableCells } from './support/inspect.ts'
import { realViewJson } from './support/real-view.ts'

// Script injection through the element's attributes and through the API's data. Every payload
// sets window.pwned if it ever runs; the widget must show it as text or refuse it.

let browser: Browser
let host: HostServer
const api = inject('apiUrl')
const payload = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>'

function escapeAttribute(value: string) {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')
}

beforeAll(async () => {
  browser = await connectBrowser()
  // The real API's table with every text the widget shows replaced by the payload: the only
  // place the tests serve JSON that the API did not write.
  const json = await realViewJson()
  json['measureInfo'] = { ...(json['measureInfo'] as object), label: payload }
  json.rows = json.rows.map((row) => ({ ...row, areaName: payload }))
  json.source = { ...json.source, title: payload, note: payload, url: 'javascript:window.pwned=1' }
  json.statements = json.statements.map((s) => ({ ...s, sentences: [payload] }))
  json['completeness'] = { complete: false, notes: [payload] }
  json['findings'] = [{ code: 'unknown-area', message: payload }]
  host = await startHost({
    '/v1/crime-tables/anti-social-behaviour/2023': jsonReply(json),
    '/attributes': {
      body: htmlPage({
        body: [
          snippet(
            api,
            `measure="anti-social-behaviour" period="2023" highlight="${escapeAttribute(payload)}"`
          ),
          `<csp-crime-table measure="../../x" period="2023"></csp-crime-table>`,
          `<csp-crime-table measure="anti-social-behaviour" period="2023" api="javascript:window.pwned=1//"></csp-crime-table>`,
        ].join('\n'),
      }),
    },
  })
  // The widget reads this server as its API (the script still comes from the real one).
  host.route('/data', {
    body: htmlPage({
      body: snippet(
        api,
        `api="${host.url}" measure="anti-social-behaviour" period="2023" highlight="E07000039"`
      ),
    }),
  })
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

test('hostile attributes are refused with a message that shows them as text', async () => {
  const { page } = await openPage(browser, `${host.url}/attributes`)
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  const widgets = page.locator('csp-crime-table')
  await widgets.nth(2).locator('[role=alert]').waitFor()
  // An invalid highlight falls back to none (HTML's invalid-value default): the figures show.
  await waitForTable(page, 0)
  expect(await widgets.nth(0).locator('[role=alert]').count()).toBe(0)
  expect(await widgets.nth(0).locator('.csp-you').count()).toBe(0)
  // An invalid sort likewise, with one console warning naming the attribute.
  await widgets.nth(0).evaluate((el) => el.setAttribute('sort', 'rnak'))
  await expect.poll(() => warnings.filter((w) => w.includes('sort attribute'))).toHaveLength(1)
  expect(warnings.find((w) => w.includes('sort attribute'))).toContain('"rnak" is not')
  await waitForTable(page, 0)
  expect(await widgets.nth(1).locator('[role=alert] p').allTextContents()).toEqual([
    'The figures could not be loaded.',
    'The measure attribute must be lowercase words joined by hyphens, such as anti-social-behaviour; "../../x" is not.',
  ])
  expect(await widgets.nth(2).locator('[role=alert]').textContent()).toContain(
    'The api attribute must be the http or https address of a CSP Toolkit API'
  )

  await widgets.nth(1).evaluate((el, bad) => el.setAttribute('period', bad), payload)
  await widgets.nth(1).evaluate((el) => el.setAttribute('measure', 'hate-crime'))
  await expect
    .poll(() => widgets.nth(1).locator('[role=alert]').textContent())
    .toContain('The period attribute must be a year such as 2023')
  for (let i = 0; i < 3; i++) expect(await widgets.nth(i).locator('img, script').count()).toBe(0)
  expect(requests.filter((url) => url.includes('/v1/'))).toEqual([])
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined()
  await page.context().close()
})

test('hostile text from the API is shown as text, and a javascript: source link is dropped', async () => {
  const { page } = await openPage(browser, `${host.url}/data`)
  await waitForTable(page)
  const widget = page.locator('csp-crime-table')
  const cells = await page.evaluate(tableCells, await shadowRootOf(page))
  expect(cells.filter((c) => c[0] === payload)).toHaveLength(10)
  expect(cells.filter((c) => c[0] === `${payload}(your area)`)).toHaveLength(1)
  expect(await widget.locator('h2').textContent()).toBe(`${payload}, 2023`)
  expect(await widget.locator('.csp-summary').textContent()).toBe(payload)
  expect(await widget.locator('.csp-warning li').allTextContents()).toEqual([payload, payload])
  expect(await widget.locator('.csp-source').textContent()).toBe(
    `Source: South Derbyshire Community Safety Partnership, ${payload}.`
  )
  expect(await widget.locator('.csp-source a').count()).toBe(0)
  expect(await widget.locator('img, script').count()).toBe(0)
  await page.waitForTimeout(200)
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined()
  await page.context().close()
})
