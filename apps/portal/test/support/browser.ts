import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'
import { recordProblems } from '@csp/browser-testing'
import { inject } from 'vitest'
import { admin } from './accounts.ts'

export { admin }

/** The portal's address, e.g. `http://127.0.0.1:40123`. */
export const portal = () => inject('portalUrl')
/** The API's address. */
export const api = () => inject('apiUrl')

/** Connects to the run's Chromium (started in global-setup.ts). */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserWsEndpoint'))
}

export interface Credentials {
  email: string
  password: string
}

export interface OpenedContext {
  context: BrowserContext
  page: Page
  /** Console errors, uncaught errors and Content-Security-Policy violations seen so far. */
  problems(): Promise<string[]>
}

/** A fresh context (cookies and all) with one page that records what goes wrong. */
export async function openContext(
  browser: Browser,
  options: BrowserContextOptions = {}
): Promise<OpenedContext> {
  const context = await browser.newContext({
    baseURL: portal(),
    viewport: { width: 1024, height: 800 },
    ...options,
  })
  const page = await context.newPage()
  const problems = await recordProblems(context, page)
  return { context, page, problems }
}

/** Signs in through the form, as a person would, and waits to land elsewhere. */
export async function signIn(page: Page, who: Credentials = admin, path = '/sign-in') {
  await page.goto(path)
  await page.locator('#email').fill(who.email)
  await page.locator('#password').fill(who.password)
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/sign-in'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ])
}

/** A context already signed in (JavaScript on or off). */
export async function signedIn(
  browser: Browser,
  options: BrowserContextOptions = {},
  who: Credentials = admin
): Promise<OpenedContext> {
  const opened = await openContext(browser, options)
  await signIn(opened.page, who)
  return opened
}

/** The page's horizontal overflow in CSS pixels (0 when nothing scrolls sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  )
}

/**
 * Signs in as someone whose password an admin chose (every user added through the admin
 * pages): the portal asks them to choose their own first, and they choose `newPassword`.
 */
export async function signedInChoosingPassword(
  browser: Browser,
  options: BrowserContextOptions,
  who: Credentials,
  newPassword = `${who.password} of my own`
): Promise<OpenedContext> {
  const opened = await openContext(browser, options)
  await signIn(opened.page, who)
  await opened.page.waitForURL('**/account/password')
  await opened.page.locator('#currentPassword').fill(who.password)
  await opened.page.locator('#newPassword').fill(newPassword)
  await Promise.all([
    opened.page.waitForURL((url) => url.pathname !== '/account/password'),
    opened.page.getByRole('button', { name: 'Change password' }).click(),
  ])
  return opened
}
