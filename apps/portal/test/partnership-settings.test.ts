// The partnership settings behind the dashboard's statutory deadlines, changed by an admin
// without JavaScript, then the page (and its errors) through axe with JavaScript. Other files
// run at the same time: test/annual-return.test.ts stores svStrategyPublishedOn through the API,
// so every save here sends back the value in force and changes only the plan start.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { todayInEngland } from '../src/lib/dates.ts'
import { formatDate } from '../src/lib/figures.ts'
import { axeViolations } from './support/axe.ts'
import { api, connectBrowser, signedIn, type OpenedContext } from './support/browser.ts'

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
const words = (text: string | null) => text?.replace(/\s+/g, ' ').trim() ?? ''

/** The API as the signed-in admin (the session cookie holds the API token). */
async function settingsApi() {
  const [cookie] = await admin.context.cookies()
  const headers = { authorization: `Bearer ${cookie!.value}`, 'content-type': 'application/json' }
  const url = `${api()}/v1/settings/partnership`
  return {
    get: async () => (await (await fetch(url, { headers })).json()) as SettingsBody,
    put: (body: object) => fetch(url, { method: 'PUT', headers, body: JSON.stringify(body) }),
  }
}
interface SettingsBody {
  isDefault: boolean
  notes: string[]
  partnership: Record<string, unknown> & { planStart: string; dhrNotifications: unknown[] }
}

async function open(page: Page) {
  await page.goto('/admin')
  await Promise.all([
    page.waitForURL('**/admin/partnership'),
    page.getByRole('link', { name: 'Partnership and statutory dates' }).click(),
  ])
}

/** A date one year before a day 30 days ahead (day 28 at most, so every month has it). */
function planStartDueSoon() {
  const soon = new Date(`${todayInEngland()}T00:00:00Z`)
  soon.setUTCDate(soon.getUTCDate() + 30)
  if (soon.getUTCDate() > 28) soon.setUTCDate(28)
  const refresh = soon.toISOString().slice(0, 10)
  const start = new Date(soon)
  start.setUTCFullYear(start.getUTCFullYear() - 1)
  return { start, refresh }
}

test('the settings in force are shown, and whether they are saved or worked out from the plan', async () => {
  const { page } = admin
  const settings = await (await settingsApi()).get()
  await open(page)
  expect(await page.locator('h1').textContent()).toBe('Partnership and statutory dates')
  // The seeded plan runs 2023-26 from 1 January 2023; the other files keep that plan start.
  expect(await inForce(page)).toMatchObject({
    Partnership: 'South Derbyshire Community Safety Partnership',
    Council: 'District council, in a two-tier area with a county council',
    Plan: '3 years from 1 January 2023',
    'Strategic assessment due by the end of': 'The month before the plan year starts',
    'DHR notifications recorded': 'None',
  })
  const main = words(await page.locator('main').textContent())
  // test/annual-return.test.ts may have saved settings already.
  if (settings.isDefault) {
    expect(main).toContain('Nothing has been saved, so these are worked out from the stored plan')
    expect(main).toContain('Derived from the stored plan')
    for (const note of settings.notes) expect(main).toContain(note)
  } else {
    expect(main).toMatch(/Saved on \d{1,2} \w+ \d{4} at \d{2}:\d{2} by /)
  }
  expect(await page.locator('#name').inputValue()).toBe(
    'South Derbyshire Community Safety Partnership'
  )
  expect(await page.locator('#tier').isChecked()).toBe(true)
  expect(await page.locator('#planStart-year').inputValue()).toBe('2023')
  expect(await page.locator('#strategicAssessmentMonth').inputValue()).toBe('')
  expect(await page.locator('#tier-hint').textContent()).toContain(
    'the county council holds the Domestic Abuse Act 2021 tier-one duties'
  )
})

test('a new plan start is saved, and the dashboard lists the plan’s refresh it brings within 90 days', async () => {
  const { page } = admin
  const settingsAt = await settingsApi()
  // A notification decided long ago (no deadline now): saving the page must keep it.
  const before = await settingsAt.get()
  const notification = {
    id: 'DHR-E2E-1',
    notifiedOn: '2020-01-06',
    decision: 'no-review',
    decidedOn: '2020-01-20',
  }
  const stored = await settingsAt.put({ ...before.partnership, dhrNotifications: [notification] })
  expect(stored.status).toBe(200)

  await open(page)
  expect(await page.locator('#dhrNotifications').textContent()).toContain(
    'Notifications recorded: 1.'
  )
  const { start, refresh } = planStartDueSoon()
  const year = start.getUTCFullYear()
  await page.locator('#planStart-day').fill(String(start.getUTCDate()))
  await page.locator('#planStart-month').fill(String(start.getUTCMonth() + 1))
  await page.locator('#planStart-year').fill(String(year))
  const svShown = await Promise.all(
    ['day', 'month', 'year'].map((box) =>
      page.locator(`#svStrategyPublishedOn-${box}`).inputValue()
    )
  )
  await Promise.all([
    page.waitForURL('**/admin/partnership?done=saved'),
    page.getByRole('button', { name: 'Save settings' }).click(),
  ])
  expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Settings saved')
  const planStart = start.toISOString().slice(0, 10)
  expect((await inForce(page))['Plan']).toBe(`3 years from ${formatDate(planStart)}`)
  expect(await page.locator('#planStart-year').inputValue()).toBe(String(year))
  const name = (await page.locator('header').textContent())?.match(
    /Signed in as (.+?)\s*(?:Your account|Sign out)/
  )
  expect(words(await page.locator('main').textContent())).toMatch(
    new RegExp(`Saved on \\d{1,2} \\w+ \\d{4} at \\d{2}:\\d{2} by ${name?.[1]}\\.`)
  )

  const saved = await settingsAt.get()
  expect(saved.partnership.planStart).toBe(planStart)
  expect(saved.partnership.dhrNotifications).toEqual([notification])
  // The serious violence strategy date went back as the form showed it.
  const sv = saved.partnership['svStrategyPublishedOn'] as string | undefined
  expect(sv ? sv.split('-').map(Number).reverse().map(String) : ['', '', '']).toEqual(svShown)

  await page.goto('/')
  const label = `${year}-${String((year + 3) % 100).padStart(2, '0')}`
  const listed = await page
    .locator('main li')
    .evaluateAll((items) => items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim()))
  const item = listed.find((text) =>
    text?.startsWith(`Partnership plan ${label}: annual refresh for year 2`)
  )
  expect(item).toContain(`due ${formatDate(refresh)}`)
  expect(
    listed.some((text) =>
      text?.startsWith(`Send partnership plan ${label} (year 2 refresh) to the PCC`)
    )
  ).toBe(true)
})

test('an empty name, a day that does not exist and month 13 are explained beside their fields, and nothing is saved', async () => {
  const { page } = admin
  const before = (await (await settingsApi()).get()).partnership
  await open(page)
  await page.locator('#name').fill('')
  await page.locator('#planStart-day').fill('31')
  await page.locator('#planStart-month').fill('2')
  await page.locator('#daStrategyPublishedOn-day').fill('1')
  await page.locator('#daStrategyPublishedOn-month').fill('13')
  await page.locator('#daStrategyPublishedOn-year').fill('2022')
  await page.getByRole('button', { name: 'Save settings' }).click()
  expect(await summary(page)).toEqual([
    'Enter the partnership’s name',
    'Enter a real date, like 1 4 2025',
    'Enter a real date, like 1 4 2025',
  ])
  expect(
    await page
      .locator('.govuk-error-summary__list a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  ).toEqual(['#name', '#planStart-day', '#daStrategyPublishedOn-day'])
  expect(await page.locator('#name-error').textContent()).toContain('Enter the partnership’s name')
  expect(await page.locator('#planStart-error').textContent()).toContain('Enter a real date')
  expect(await page.locator('#daStrategyPublishedOn-error').textContent()).toContain(
    'Enter a real date'
  )
  expect(await page.title()).toMatch(/^Error: /)
  // What was typed stays in the boxes; what is in force has not changed.
  expect(await page.locator('#planStart-day').inputValue()).toBe('31')
  expect(await page.locator('#daStrategyPublishedOn-month').inputValue()).toBe('13')
  const after = (await (await settingsApi()).get()).partnership
  expect({ name: after['name'], planStart: after.planStart }).toEqual({
    name: before['name'],
    planStart: before.planStart,
  })
  expect(after['daStrategyPublishedOn']).toBeUndefined()
})

test('the page passes axe, with and without its errors (JavaScript on)', async () => {
  const { page, context, problems } = await signedIn(browser)
  await page.goto('/admin/partnership')
  expect(await axeViolations(page)).toEqual([])
  await page.locator('#planYears').fill('11')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await page.locator('.govuk-error-summary').waitFor()
  expect(await summary(page)).toEqual([
    'Enter how many years the plan runs, as a whole number from 1 to 10',
  ])
  expect(await axeViolations(page)).toEqual([])
  // The refused post answers 400, which Chromium logs; nothing else may appear.
  expect((await problems()).filter((p) => !p.includes('status of 400'))).toEqual([])
  await context.close()
})
