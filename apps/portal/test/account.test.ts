// People's own accounts through the portal: a password an admin chose is replaced before
// anything else (without JavaScript), and two-factor sign-in is set up and used (with it, so
// axe can check each page on the way).
import { totpCode } from '@csp/api/testing'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { api, connectBrowser, openContext, signedIn } from './support/browser.ts'

let browser: Browser
let adminToken: string

beforeAll(async () => {
  browser = await connectBrowser()
  const admin = await signedIn(browser, { javaScriptEnabled: false })
  adminToken = (await admin.context.cookies())[0]!.value
  await admin.context.close()
})

afterAll(async () => {
  await browser?.close()
})

const summary = (page: Page) => page.locator('.govuk-error-summary__list a').allTextContents()

/** A user an admin adds through the API, with a password the admin chose. */
async function addUser(email: string, password: string) {
  const headers = { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' }
  const organisations = await (await fetch(`${api()}/v1/organisations`, { headers })).json()
  const res = await fetch(`${api()}/v1/users`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      email,
      name: 'Robin Account',
      role: 'viewer',
      organisationId: (organisations as { items: { id: string }[] }).items[0]!.id,
      password,
    }),
  })
  expect(res.status).toBe(201)
}

async function signInAs(page: Page, email: string, password: string) {
  await page.goto('/sign-in')
  await page.locator('#email').fill(email)
  await page.locator('#password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForLoadState()
}

test('someone whose password an admin chose must choose their own before anything else', async () => {
  const email = `robin.${Date.now()}@example.org`
  await addUser(email, 'a temporary passphrase 42')

  const { context, page } = await openContext(browser, { javaScriptEnabled: false })
  await signInAs(page, email, 'a temporary passphrase 42')
  expect(new URL(page.url()).pathname).toBe('/account/password')
  expect(await page.locator('h1').textContent()).toContain('Choose your own password')
  await page.goto('/plan')
  expect(new URL(page.url()).pathname).toBe('/account/password')

  await page.locator('#currentPassword').fill('a temporary passphrase 42')
  await page.locator('#newPassword').fill('password1234')
  await page.getByRole('button', { name: 'Change password' }).click()
  expect(await summary(page)).toEqual(['Is too close to a commonly used password'])
  expect(await page.locator('#newPassword').inputValue()).toBe('')

  await page.locator('#currentPassword').fill('a temporary passphrase 42')
  await page.locator('#newPassword').fill('my own secret passphrase')
  await page.getByRole('button', { name: 'Change password' }).click()
  await page.waitForURL('**/account?done=password-changed')
  expect(await page.locator('.govuk-notification-banner').textContent()).toContain(
    'Your password has been changed'
  )
  await page.goto('/plan')
  expect(new URL(page.url()).pathname).toBe('/plan')
  await context.close()
})

test('two-factor sign-in is set up with a QR code or its key, and asked for at every sign-in', async () => {
  const email = `kit.${Date.now()}@example.org`
  await addUser(email, 'a temporary passphrase 43')
  const { context, page } = await openContext(browser)
  await signInAs(page, email, 'a temporary passphrase 43')
  await page.locator('#currentPassword').fill('a temporary passphrase 43')
  await page.locator('#newPassword').fill('kit keeps a passphrase')
  await page.getByRole('button', { name: 'Change password' }).click()
  await page.waitForURL('**/account?done=password-changed')

  await page.getByRole('link', { name: 'Set up two-factor sign-in' }).click()
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click()
  await page.locator('.app-qr svg').waitFor()
  expect(await page.locator('.app-qr svg').count()).toBe(1)
  expect(await axeViolations(page)).toEqual([])
  const key = (await page.locator('.app-secret').textContent())!.replace(/\s/g, '')
  const code = () => totpCode(key, new Date())

  await page.locator('#code').fill(code() === '000000' ? '111111' : '000000')
  await page.locator('#password').fill('kit keeps a passphrase')
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click()
  await page.locator('.govuk-error-summary').waitFor()
  expect(await summary(page)).toEqual(['Is not a code your authenticator app shows now'])
  await page.locator('#code').fill(code())
  await page.locator('#password').fill('kit keeps a passphrase')
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click()
  await page.locator('.app-recovery-codes').waitFor()
  const codes = await page.locator('.app-recovery-codes code').allTextContents()
  expect(codes).toHaveLength(10)
  expect(await axeViolations(page)).toEqual([])
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/'),
    page.getByRole('button', { name: 'I have saved my recovery codes' }).click(),
  ])
  await Promise.all([
    page.waitForURL('**/sign-in'),
    page.getByRole('button', { name: 'Sign out' }).click(),
  ])

  // The password alone is not enough; a wrong code is refused, a recovery code works once.
  await signInAs(page, email, 'kit keeps a passphrase')
  expect(new URL(page.url()).pathname).toBe('/sign-in/code')
  expect(await axeViolations(page)).toEqual([])
  await page.locator('#code').fill('123456')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.locator('.govuk-error-summary').waitFor()
  expect(await summary(page)).toEqual([
    'Enter the code your authenticator app shows now. If it keeps failing, sign in with your password again',
  ])
  await page.locator('#code').fill(codes[0]!)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => url.pathname === '/')
  const cookies = await context.cookies()
  expect(cookies.map((c) => c.name)).toEqual(['__Host-csp-session'])
  await context.close()
})

test('the account pages pass axe, errors showing', async () => {
  const { context, page } = await signedIn(browser)
  await page.goto('/account')
  expect(await axeViolations(page)).toEqual([])
  await page.goto('/account/password')
  await page.getByRole('button', { name: 'Change password' }).click()
  await page.locator('.govuk-error-summary').waitFor()
  expect(await summary(page)).toEqual(['Enter your current password', 'Enter a new password'])
  expect(await axeViolations(page)).toEqual([])
  await context.close()
})

test('admins choose which roles must use two-factor sign-in', async () => {
  const { context, page } = await signedIn(browser)
  await page.goto('/admin')
  await Promise.all([
    page.waitForURL('**/admin/sign-in'),
    page.getByRole('link', { name: 'Roles that must use two-factor sign-in' }).click(),
  ])
  expect(await page.locator('h1').textContent()).toBe('Two-factor sign-in for roles')
  expect(await axeViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Save' }).click()
  await page.waitForURL('**/admin?done=sign-in-changed')
  expect(await page.locator('.govuk-notification-banner').textContent()).toContain(
    'Two-factor sign-in settings saved'
  )
  await context.close()
})
