import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { admin, api, connectBrowser, openContext, portal, signIn } from './support/browser.ts'

let browser: Browser

beforeAll(async () => {
  browser = await connectBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe.each([
  { js: true, name: 'with JavaScript' },
  { js: false, name: 'without JavaScript' },
])('signing in $name', ({ js }) => {
  test('a visit to any page asks you to sign in, then takes you there', async () => {
    const { context, page, problems } = await openContext(browser, { javaScriptEnabled: js })
    await page.goto('/figures/hate-crime?period=2023')
    expect(new URL(page.url()).pathname).toBe('/sign-in')
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/figures/hate-crime?period=2023')
    await page.locator('#email').fill(admin.email)
    await page.locator('#password').fill(admin.password)
    await Promise.all([
      page.waitForURL('**/figures/hate-crime?period=2023'),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ])
    await expect(page.locator('h1').textContent()).resolves.toBe('Hate crime, 2023')
    expect(await problems()).toEqual([])
    await context.close()
  })

  test('empty fields get the error summary and inline errors', async () => {
    const { context, page } = await openContext(browser, { javaScriptEnabled: js })
    await page.goto('/sign-in')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.locator('.govuk-error-summary').waitFor()
    expect(await page.title()).toBe('Error: Sign in – CSP Toolkit')
    expect(await page.locator('.govuk-error-summary__list a').allTextContents()).toEqual([
      'Enter your email address',
      'Enter your password',
    ])
    expect(
      await page
        .locator('.govuk-error-summary__list a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    ).toEqual(['#email', '#password'])
    expect(await page.locator('#email-error').textContent()).toContain('Enter your email address')
    expect(await page.locator('#email').getAttribute('aria-describedby')).toBe('email-error')
    if (js) {
      // govuk-frontend moves focus to the summary so screen readers announce it.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
        .toContain('govuk-error-summary')
    }
    await context.close()
  })

  test('a wrong password keeps the email address, never the password', async () => {
    const { context, page } = await openContext(browser, { javaScriptEnabled: js })
    await page.goto('/sign-in')
    await page.locator('#email').fill('Admin@Example.org')
    await page.locator('#password').fill('not the password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.locator('.govuk-error-summary').waitFor()
    expect(await page.locator('.govuk-error-summary__list').textContent()).toContain(
      'they do not match any account'
    )
    expect(await page.locator('#email').inputValue()).toBe('Admin@Example.org')
    expect(await page.locator('#password').inputValue()).toBe('')
    expect(await page.content()).not.toContain('not the password')
    await context.close()
  })
})

test('the session cookie is HttpOnly, Secure and SameSite=Lax, and scripts cannot read it', async () => {
  const { context, page } = await openContext(browser)
  await signIn(page)
  const cookies = await context.cookies()
  expect(cookies).toHaveLength(1)
  expect(cookies[0]).toMatchObject({
    name: '__Host-csp-session',
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'Lax',
  })
  expect(await page.evaluate(() => document.cookie)).toBe('')
  expect(await page.content()).not.toContain(cookies[0]!.value)
  await context.close()
})

test('a returnTo that leaves the site is ignored', async () => {
  const { context, page } = await openContext(browser)
  await signIn(page, admin, '/sign-in?returnTo=//evil.example/')
  expect(page.url()).toBe(`${portal()}/`)
  await context.close()
})

test('an ended session sends you to sign in, and back to where you were', async () => {
  const { context, page } = await openContext(browser)
  await signIn(page)
  await page.goto('/plan')
  // The token is revoked behind the portal's back, as when it expires.
  const [cookie] = await context.cookies()
  const revoked = await fetch(`${api()}/v1/auth/token`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${cookie!.value}` },
  })
  expect(revoked.status).toBe(204)
  await page.goto('/figures/anti-social-behaviour?period=2023')
  const url = new URL(page.url())
  expect(url.pathname).toBe('/sign-in')
  expect(url.searchParams.get('returnTo')).toBe('/figures/anti-social-behaviour?period=2023')
  expect(await page.locator('.govuk-notification-banner').textContent()).toContain(
    'You have been signed out'
  )
  await page.locator('#email').fill(admin.email)
  await page.locator('#password').fill(admin.password)
  await Promise.all([
    page.waitForURL('**/figures/anti-social-behaviour?period=2023'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ])
  await context.close()
})

test('signing out revokes the token at the API and clears the cookie', async () => {
  const { context, page } = await openContext(browser)
  await signIn(page)
  const [cookie] = await context.cookies()
  await Promise.all([
    page.waitForURL('**/sign-in'),
    page.getByRole('button', { name: 'Sign out' }).click(),
  ])
  expect(await context.cookies()).toEqual([])
  const me = await fetch(`${api()}/v1/me`, {
    headers: { Authorization: `Bearer ${cookie!.value}` },
  })
  expect(me.status).toBe(401)
  await context.close()
})

test('a form posted from another site is refused (SvelteKit’s origin check)', async () => {
  const response = await fetch(`${portal()}/sign-in`, {
    method: 'POST',
    headers: {
      Origin: 'https://evil.example',
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ email: admin.email, password: admin.password }),
    redirect: 'manual',
  })
  expect(response.status).toBe(403)
  expect(response.headers.get('set-cookie')).toBeNull()
})

test('after five wrong passwords the account is locked for a while, and the page says so', async () => {
  const { context, page } = await openContext(browser, { javaScriptEnabled: false })
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.goto('/sign-in')
    await page.locator('#email').fill('nobody.in.particular@example.org')
    await page.locator('#password').fill(`wrong ${attempt}`)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.locator('.govuk-error-summary').waitFor()
  }
  expect(await page.locator('.govuk-error-summary__list').textContent()).toContain(
    'There have been too many attempts to sign in. Try again in 15 minutes'
  )
  await context.close()
})
