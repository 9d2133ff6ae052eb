// The case-review threshold policy and timescales, changed by an admin without JavaScript, then
// the page (and its errors) through axe with JavaScript. Only a timescale changes: other files
// check thresholds against the statutory count of 3 at the same time.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { connectBrowser, signedIn, type OpenedContext } from './support/browser.ts'

let browser: Browser
let admin: OpenedContext

beforeAll(async () => {
  browser = await connectBrowser()
  admin = await signedIn(browser, { javaScriptEnabled: false })
})

afterAll(async () => {
  await admin?.context.close()
  await browser?.close()
})

const summary = (page: Page) => page.locator('.govuk-error-summary__list a').allTextContents()
/** The summary list of the settings in force, key → value. */
const inForce = (page: Page) =>
  page
    .locator('.govuk-summary-list__row')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.querySelector('dt')?.textContent?.trim(),
          row.querySelector('dd')?.textContent?.trim(),
        ])
      )
    )
const acknowledge = '#timescales-acknowledge-amount'

async function open(page: Page) {
  await page.goto('/admin')
  await Promise.all([
    page.waitForURL('**/admin/case-review-settings'),
    page.getByRole('link', { name: 'Threshold policy and timescales' }).click(),
  ])
}

test('the settings in force are shown, with the law’s limit beside the statutory count', async () => {
  const { page } = admin
  await open(page)
  expect(await page.locator('h1').textContent()).toBe('Threshold policy and timescales')
  // The test API starts with the defaults saved, and records kept since 1 April 2019.
  expect(await page.locator('main').textContent()).toMatch(/Saved on \d{1,2} \w+ \d{4} at /)
  expect(await inForce(page)).toMatchObject({
    Threshold: '3 qualifying complaints',
    'Local routes': 'None',
    'Acknowledge the application': '3 working days',
    'Records kept since': '1 April 2019',
  })
  expect(await page.locator('#thresholdPolicy-statutoryCount-hint').textContent()).toContain(
    'may set fewer, but not more: enter 1, 2 or 3'
  )
  expect(await page.locator(acknowledge).inputValue()).toBe('3')
  expect(await page.locator('#recordsKeptSince-year').inputValue()).toBe('2019')
  expect(await page.getByLabel('Use the several people reporting route').isChecked()).toBe(false)
  // Issue 17: the Act counts every complaint; merging one person's reports is opt-in local practice.
  expect((await inForce(page))['Complaints about one incident']).toBe(
    'Each counted, whoever made it (the Act)'
  )
  const merge = page.getByLabel(
    'Local practice: count one person’s reports of one incident to several bodies once'
  )
  expect(await merge.isChecked()).toBe(false)
  expect(
    await page.locator('#thresholdPolicy-mergeSameComplainantIncident-hint').textContent()
  ).toContain('That is local practice, not law: off unless you turn it on')
})

test('a timescale is changed and saved', async () => {
  const { page } = admin
  await open(page)
  await page.locator(acknowledge).fill('5')
  await Promise.all([
    page.waitForURL('**/admin/case-review-settings?done=saved'),
    page.getByRole('button', { name: 'Save settings' }).click(),
  ])
  expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Settings saved')
  expect((await inForce(page))['Acknowledge the application']).toBe('5 working days')
  expect((await inForce(page))['Threshold']).toBe('3 qualifying complaints')
  const name = (await page.locator('header').textContent())?.match(
    /Signed in as (.+?)\s*(?:Your account|Sign out)/
  )
  expect(await page.locator('main').textContent()).toMatch(
    new RegExp(`Saved on \\d{1,2} \\w+ \\d{4} at \\d{2}:\\d{2} by ${name?.[1]}\\.`)
  )
  expect(await page.locator(acknowledge).inputValue()).toBe('5')
})

test('values the law or the schema refuse are explained beside their fields, and not saved', async () => {
  const { page } = admin
  await open(page)
  await page.getByLabel('Qualifying complaints that meet the threshold').fill('4')
  await page.locator(acknowledge).fill('ten')
  await page.getByRole('button', { name: 'Save settings' }).click()
  expect(await summary(page)).toEqual([
    'Enter 1, 2 or 3: the review procedure may set fewer qualifying complaints than 3, but not more',
    'Enter the number of days to acknowledge the application, as a whole number of 0 or more',
  ])
  expect(
    await page
      .locator('.govuk-error-summary__list a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  ).toEqual(['#thresholdPolicy-statutoryCount', acknowledge])
  expect(await page.locator(`${acknowledge}-error`).textContent()).toContain(
    'as a whole number of 0 or more'
  )
  expect(await page.title()).toMatch(/^Error: /)
  // What was typed stays in the boxes; what is in force has not changed.
  expect(await page.locator(acknowledge).inputValue()).toBe('ten')
  expect((await inForce(page))['Acknowledge the application']).toBe('5 working days')
  await open(page)
  expect(await page.locator(acknowledge).inputValue()).toBe('5')
})

test('the page passes axe, with and without its errors (JavaScript on)', async () => {
  const { page, context, problems } = await signedIn(browser)
  await page.goto('/admin/case-review-settings')
  expect(await axeViolations(page)).toEqual([])
  await page.locator(acknowledge).fill('')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await page.locator('.govuk-error-summary').waitFor()
  expect(await summary(page)).toEqual(['Enter the number of days to acknowledge the application'])
  expect(await axeViolations(page)).toEqual([])
  // The refused post answers 400, which Chromium logs; nothing else may appear.
  expect((await problems()).filter((p) => !p.includes('status of 400'))).toEqual([])
  await context.close()
})
