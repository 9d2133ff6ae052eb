import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { recordProblems } from '@csp/browser-testing'

/** Connects to the run's Chromium (started in global-setup.ts). */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserWsEndpoint'))
}

export interface OpenedPage {
  page: Page
  /** Console errors, uncaught errors and CSP violations seen so far. */
  problems: () => Promise<string[]>
}

/**
 * Opens `url` in a fresh context. The browser speaks German by default, so a test that reads
 * "1,695" proves the widget writes en-GB whatever the reader's language.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {}
): Promise<OpenedPage> {
  const context = await browser.newContext({
    locale: 'de-DE',
    viewport: { width: 1000, height: 1400 },
    ...options,
  })
  const page = await context.newPage()
  const problems = await recordProblems(context, page)
  await page.goto(url)
  return { page, problems }
}

/** Waits until the n-th widget on the page shows its table. */
export async function waitForTable(page: Page, nth = 0): Promise<void> {
  await page.locator('csp-crime-table').nth(nth).locator('table caption').waitFor()
}

/** The shadow root of the n-th widget, to pass to the functions in inspect.ts. */
export async function shadowRootOf(page: Page, nth = 0) {
  return page
    .locator('csp-crime-table')
    .nth(nth)
    .evaluateHandle((host) => host.shadowRoot as ShadowRoot)
}
