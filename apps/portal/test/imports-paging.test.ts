// The imports page shows the newest 50 jobs and links to older ones by the API's `next` cursor,
// without JavaScript. Its own API, so the 51 jobs made here change no other suite's list.
import { randomBytes } from 'node:crypto'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startApi, type RunningApi } from './support/api.ts'
import { admin, connectBrowser, openContext, signIn } from './support/browser.ts'
import { startPortal, type RunningPortal } from './support/portal.ts'

let browser: Browser
let api: RunningApi
let own: RunningPortal

beforeAll(async () => {
  browser = await connectBrowser()
  const secret = randomBytes(32).toString('base64url')
  api = await startApi({ CSP_PORTAL_SECRET: secret })
  own = await startPortal(api.url, { CSP_PORTAL_SECRET: secret })
  const signedIn = await fetch(`${api.url}/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  const { token } = (await signedIn.json()) as { token: string }
  // Files that are not police.uk files fail at once: 51 jobs, one more than a page.
  for (let n = 0; n < 51; n++) {
    const res = await fetch(`${api.url}/v1/imports/police-uk?file=notes-${n}.csv`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' },
      body: 'this,is\nnot,police.uk\n',
    })
    expect(res.status).toBeLessThan(500)
  }
}, 120_000)

afterAll(async () => {
  await own?.close()
  await api?.close()
  await browser?.close()
})

describe('the list of imports', () => {
  test('pages back to older imports and returns to the newest', async () => {
    const { context, page } = await openContext(browser, {
      baseURL: own.url,
      javaScriptEnabled: false,
    })
    await signIn(page)
    await page.goto('/imports')
    const files = () =>
      page
        .locator('table.govuk-table tbody th a')
        .evaluateAll((links) => links.map((link) => link.textContent?.trim()))
    const newest = await files()
    expect(newest).toHaveLength(50)
    await page.getByRole('link', { name: 'Older imports' }).click()
    await page.waitForURL('**/imports?cursor=*')
    const older = await files()
    expect(older).toHaveLength(1)
    expect(new Set([...newest, ...older]).size).toBe(51)
    expect(await page.getByRole('link', { name: 'Older imports' }).count()).toBe(0)
    await page.getByRole('link', { name: 'Newest imports' }).click()
    await page.waitForURL((url) => url.search === '')
    expect(await files()).toEqual(newest)
    await context.close()
  })

  test('a made-up cursor is a page not found, not an error', async () => {
    const { context, page } = await openContext(browser, {
      baseURL: own.url,
      javaScriptEnabled: false,
    })
    await signIn(page)
    const res = await page.goto('/imports?cursor=bm90LWEtY3Vyc29y')
    expect(res?.status()).toBe(404)
    await context.close()
  })
})
