// A resident on a slow connection sees the server's page before its script arrives, and may
// type into it meanwhile: hydration must keep what they typed.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { connectBrowser, openContext } from './support/browser.ts'

let browser: Browser

beforeAll(async () => {
  browser = await connectBrowser()
})

afterAll(async () => {
  await browser?.close()
})

test('what is typed into a text area before the page’s script arrives is kept', async () => {
  const { context, page } = await openContext(browser, { javaScriptEnabled: true })
  await page.goto('/')
  await page.getByRole('link', { name: 'Apply for an ASB Case Review' }).click()
  await page.locator('h1', { hasText: 'Apply for an ASB Case Review' }).waitFor()
  await page.getByRole('link', { name: 'Start now' }).click()
  await page.locator('h1', { hasText: 'Are you the victim' }).waitFor()
  await page.getByLabel('Yes, I am the victim').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.locator('h1', { hasText: 'Your contact details' }).waitFor()
  await page.getByLabel('Full name').fill('Sam Slow')
  await page.getByLabel('Phone number').fill('01283 000000')
  await page.getByLabel('Email address').fill('sam.slow@example.org')

  // The next page's scripts are held back until the resident has typed.
  let release = () => {}
  const typed = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    await typed
    await route.continue()
  })
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.locator('h1', { hasText: 'Where does the behaviour happen?' }).waitFor()
  const place = page.getByLabel('Address or place')
  await place.fill('Alley behind 5 High Street')
  release()
  await page.waitForLoadState('networkidle')

  expect(await place.inputValue()).toBe('Alley behind 5 High Street')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.locator('h1', { hasText: 'Tell us about an incident' }).waitFor()
  await context.close()
})
