// An ASB Case Review from application to the next step, without JavaScript (the harder case),
// then the case page with the threshold check showing, through axe with JavaScript.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import {
  connectBrowser,
  signedIn,
  signedInChoosingPassword,
  type OpenedContext,
} from './support/browser.ts'

let browser: Browser
let admin: OpenedContext
let caseUrl = ''

beforeAll(async () => {
  browser = await connectBrowser()
  admin = await signedIn(browser, { javaScriptEnabled: false })
})

afterAll(async () => {
  await admin?.context.close()
  await browser?.close()
})

const summary = (page: Page) => page.locator('.govuk-error-summary__list a').allTextContents()

async function fillDate(page: Page, id: string, iso: string) {
  const [year, month, day] = iso.split('-')
  await page.locator(`#${id}-day`).fill(String(Number(day)))
  await page.locator(`#${id}-month`).fill(String(Number(month)))
  await page.locator(`#${id}-year`).fill(year!)
}

test('an application is recorded with its complaints, and mistakes are explained', async () => {
  const { page } = admin
  await page.goto('/case-reviews/new')
  await page.getByRole('button', { name: 'Record application' }).click()
  expect(await summary(page)).toEqual([
    'Enter the date the application was received',
    'Select who applied',
    'Enter the applicant’s name',
    'Enter an email address, a phone number or an address',
    'Enter where the behaviour happens',
    'Describe the behaviour',
  ])
  // The summary's date link goes to the day box.
  expect(await page.locator('.govuk-error-summary__list a').first().getAttribute('href')).toBe(
    '#receivedOn-day'
  )

  await fillDate(page, 'receivedOn', '2025-05-20')
  await page.getByLabel('The victim', { exact: true }).check()
  await page.getByLabel('Applicant’s name').fill('Ann Applicant')
  await page.getByLabel('Phone number').fill('01283 000000')
  await page.getByLabel('Where it happens').fill('Outside 1 High Street, Swadlincote')
  await page.getByLabel('What the applicant reports').fill('Shouting and damage at night.')
  // Three complaints, two rows added with the button (a plain form post).
  await fillDate(page, 'complaints-0-behaviourOn', '2025-03-01')
  await fillDate(page, 'complaints-0-complainedOn', '2025-03-02')
  await page
    .locator('#complaints-0-receivedBy')
    .selectOption({ label: 'South Derbyshire District Council' })
  // Who made it: kept with the case's personal data, shown in its complaints table.
  await page.locator('#complaints-0-complainant').fill('Resident A')
  for (const [row, behaviour, complained] of [
    [1, '2025-04-01', '2025-04-03'],
    [2, '2025-05-01', '2025-05-02'],
  ] as const) {
    await page.getByRole('button', { name: 'Add another complaint' }).click()
    await fillDate(page, `complaints-${row}-behaviourOn`, behaviour)
    // A complaint before its behaviour is refused beside the row.
    await fillDate(page, `complaints-${row}-complainedOn`, row === 2 ? '2025-04-30' : complained)
    await page
      .locator(`#complaints-${row}-receivedBy`)
      .selectOption({ label: 'South Derbyshire District Council' })
  }
  expect(await page.getByLabel('Applicant’s name').inputValue()).toBe('Ann Applicant')
  await page.getByRole('button', { name: 'Record application' }).click()
  expect(await summary(page)).toEqual([
    'The complaint must be on or after the date of the behaviour',
  ])
  expect(await page.locator('#complaints-2-complainedOn-error').textContent()).toContain(
    'on or after the date of the behaviour'
  )
  await fillDate(page, 'complaints-2-complainedOn', '2025-05-02')
  await page.getByRole('button', { name: 'Record application' }).click()
  await page.waitForURL('**/case-reviews/*?done=added')
  caseUrl = page.url().split('?')[0]!
  expect(await page.locator('h1').textContent()).toBe('Application received 20 May 2025')
  const complaints = page.locator('main table', { hasText: 'Reported' }).locator('tbody tr')
  expect(await complaints.count()).toBe(3)
  expect(await complaints.first().textContent()).toContain('Resident A')
  expect(await complaints.nth(1).textContent()).toContain('Not recorded')
})

test('the threshold is checked, confirmed, and the next step recorded', async () => {
  const { page } = admin
  await page.goto(caseUrl)
  await page.getByRole('button', { name: 'Check the threshold' }).click()
  await page.waitForURL('**?done=evaluated')
  expect(await page.locator('#threshold ~ p').first().textContent()).toContain('threshold met')
  await page.getByRole('button', { name: /^Confirm/ }).click()
  await page.waitForURL('**?done=decided')
  expect(await page.locator('main').textContent()).toContain('confirming the check')

  // Only the steps the stage allows are offered.
  const offered = await page
    .locator('input[name="type"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
  expect(offered).toContain('inform-applicant')
  expect(offered).not.toContain('hold-review')
  await page.getByRole('button', { name: 'Record', exact: true }).click()
  expect(await summary(page)).toEqual(['Select what happened'])
  await page.getByLabel('Applicant told of the threshold decision').check()
  await page.getByRole('button', { name: 'Record', exact: true }).click()
  await page.waitForURL('**?done=event')
  expect(await page.locator('main ol').textContent()).toContain(
    'Applicant told of the threshold decision'
  )

  // The dashboard lists the case's next deadline among what is coming up, linked to the case.
  await page.goto('/')
  const due = page.locator('main li', { hasText: 'case review received 20 May 2025' })
  expect(await due.count()).toBeGreaterThan(0)
  expect(await due.first().locator('a').getAttribute('href')).toBe(new URL(caseUrl).pathname)
})

test('the case page, with its forms and errors, passes axe', async () => {
  const { page, context } = await signedIn(browser)
  await page.goto(caseUrl)
  await page.getByRole('button', { name: 'Record', exact: true }).click()
  await page.locator('.govuk-error-summary').waitFor()
  expect(await axeViolations(page)).toEqual([])
  await context.close()
})

test('viewers see the counts, never a case', async () => {
  const viewer = { email: 'cr.viewer@example.org', password: 'a long enough password' }
  const { page } = admin
  await page.goto('/admin/users/new')
  await page.getByLabel('Name').fill('Case Viewer')
  await page.getByLabel('Email address').fill(viewer.email)
  await page.getByLabel('Organisation').selectOption({ label: 'South Derbyshire District Council' })
  await page.getByLabel('Viewer').check()
  await page.locator('#password').fill(viewer.password)
  await page.getByRole('button', { name: 'Add user' }).click()
  await page.waitForURL('**/admin?done=user-added')

  const other = await signedInChoosingPassword(browser, { javaScriptEnabled: false }, viewer)
  await other.page.goto('/case-reviews')
  // Other files record applications against the same API meanwhile: this file's one counts.
  const counts = await other.page.locator('main dl').textContent()
  expect(Number(counts?.match(/Applications\s*(\d+)/)?.[1])).toBeGreaterThanOrEqual(1)
  expect(await other.page.locator('main table').count()).toBe(0)
  const response = await other.page.goto(caseUrl)
  expect(response?.status()).toBe(403)
  await other.context.close()
})
