import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import {
  api,
  connectBrowser,
  portal,
  signedIn,
  signedInChoosingPassword,
  type OpenedContext,
} from './support/browser.ts'

let browser: Browser
let admin: OpenedContext

const viewer = { email: 'vic.viewer@example.org', password: 'a long enough password' }

beforeAll(async () => {
  browser = await connectBrowser()
  // The admin forms are checked without JavaScript: that is the harder case.
  admin = await signedIn(browser, { javaScriptEnabled: false })
})

afterAll(async () => {
  await admin?.context.close()
  await browser?.close()
})

const summary = () => admin.page.locator('.govuk-error-summary__list a').allTextContents()

test('an organisation is added, and a clash or a gap is explained beside the field', async () => {
  const { page } = admin
  await page.goto('/admin/organisations/new')
  await page.getByRole('button', { name: 'Add organisation' }).click()
  expect(await summary()).toEqual([
    'Enter the organisation’s name',
    'Select the kind of organisation',
  ])
  await page.getByLabel('Name').fill('Derbyshire Fire and Rescue Service')
  await page.getByLabel('Fire and rescue').check()
  await page.getByRole('button', { name: 'Add organisation' }).click()
  await page.waitForURL('**/admin?done=organisation-added')
  expect(await page.locator('.govuk-notification-banner').textContent()).toContain(
    'Organisation added'
  )
  expect(await page.locator('main dl').textContent()).toContain(
    'Derbyshire Fire and Rescue Service'
  )

  await page.goto('/admin/organisations/new')
  await page.getByLabel('Name').fill('Derbyshire Fire and Rescue Service')
  await page.getByLabel('Police').check()
  await page.getByRole('button', { name: 'Add organisation' }).click()
  expect(await summary()).toEqual(['An organisation with this name already exists'])
  expect(await page.getByLabel('Name').inputValue()).toBe('Derbyshire Fire and Rescue Service')
  expect(await page.getByLabel('Police').isChecked()).toBe(true)
})

test('a user is added; the form keeps what was typed but the password', async () => {
  const { page } = admin
  await page.goto('/admin/users/new')
  await page.getByLabel('Name').fill('Vic Viewer')
  await page.getByLabel('Email address').fill('not an email')
  await page.locator('#password').fill('short')
  await page.getByRole('button', { name: 'Add user' }).click()
  expect(await summary()).toEqual([
    'Enter an email address in the correct format, like name@example.com',
    'Select their organisation',
    'Select a role',
    'Enter a password of at least 12 characters (and no more than 1,024)',
  ])
  expect(await page.getByLabel('Name').inputValue()).toBe('Vic Viewer')
  expect(await page.locator('#password').inputValue()).toBe('')

  await page.getByLabel('Email address').fill(viewer.email)
  await page.getByLabel('Organisation').selectOption({ label: 'South Derbyshire District Council' })
  await page.getByLabel('Viewer').check()
  await page.locator('#password').fill(viewer.password)
  await page.getByRole('button', { name: 'Add user' }).click()
  await page.waitForURL('**/admin?done=user-added')
  const row = page.locator('tr', { hasText: viewer.email })
  expect(await row.locator('td').nth(1).textContent()).toContain('Viewer')
})

test('a role is changed, and the admin cannot lock themselves out', async () => {
  const { page } = admin
  await page.goto('/admin')
  await page
    .locator('tr', { hasText: viewer.email })
    .getByRole('link', { name: /Change/ })
    .click()
  expect(await page.locator('h1').textContent()).toBe('Vic Viewer')
  expect(await page.getByLabel('Viewer').isChecked()).toBe(true)
  await page.getByLabel('Officer').check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await page.waitForURL('**/admin?done=user-changed')
  expect(await page.locator('tr', { hasText: viewer.email }).textContent()).toContain('Officer')

  // The admin's own row has no Change link; the address still works, and the API says no.
  const adminRow = page.locator('tr', { hasText: 'admin@example.org' })
  expect(await adminRow.getByRole('link').count()).toBe(0)
  const me = await (
    await fetch(`${api()}/v1/users`, { headers: { Authorization: `Bearer ${await token()}` } })
  ).json()
  const own = (me as { items: { id: string; email: string }[] }).items.find(
    (u) => u.email === 'admin@example.org'
  )!
  await page.goto(`/admin/users/${own.id}`)
  await page.getByLabel('Cannot sign in').check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  expect(await summary()).toEqual(['You cannot disable yourself or give up your own admin role'])
})

test('the forms pass axe with their errors showing (JavaScript on)', async () => {
  const { page, context } = await signedIn(browser)
  for (const [path, button] of [
    ['/admin/users/new', 'Add user'],
    ['/admin/organisations/new', 'Add organisation'],
  ] as const) {
    await page.goto(path)
    await page.getByRole('button', { name: button }).click()
    await page.locator('.govuk-error-summary').waitFor()
    expect(await axeViolations(page), path).toEqual([])
  }
  await context.close()
})

test('people who are not admins get no Admin link and a 403 for its pages and forms', async () => {
  const officer = await signedInChoosingPassword(browser, { javaScriptEnabled: false }, viewer)
  const { page, context } = officer
  expect(await page.locator('.govuk-service-navigation__list').textContent()).not.toContain('Admin')
  for (const path of [
    '/admin',
    '/admin/users/new',
    '/admin/organisations/new',
    '/admin/case-review-settings',
  ]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(403)
    expect(await page.locator('h1').textContent()).toBe('You cannot see this page')
  }
  // A post straight to the form's action is refused too, before it reaches the API.
  const cookies = await context.cookies()
  const posted = await fetch(`${portal()}/admin/organisations/new`, {
    method: 'POST',
    headers: {
      Origin: portal(),
      Cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ name: 'Sneaky', kind: 'other' }),
    redirect: 'manual',
  })
  expect(posted.status).toBe(403)
  await context.close()
})

/** The admin's API token, from the portal's cookie (which only the browser holds). */
async function token() {
  const [cookie] = await admin.context.cookies()
  return cookie!.value
}
