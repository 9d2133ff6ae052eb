// Recording an action, adding a PSPO and importing a police.uk file, without JavaScript.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
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

async function fillDate(page: Page, id: string, day: string, month: string, year: string) {
  await page.locator(`#${id}-day`).fill(day)
  await page.locator(`#${id}-month`).fill(month)
  await page.locator(`#${id}-year`).fill(year)
}

test('an action is recorded and counted', async () => {
  const { page } = admin
  await page.goto('/actions/new')
  await page.getByLabel('How many').fill('')
  await page.getByRole('button', { name: 'Record action' }).click()
  expect(await summary(page)).toEqual([
    'Select the power or intervention',
    'Enter the date it was used',
  ])
  await page
    .getByLabel('Power or intervention')
    .selectOption({ label: 'Community Protection Warning' })
  await fillDate(page, 'date', '31', '2', '2025')
  await page.getByLabel('How many').fill('three')
  await page.getByRole('button', { name: 'Record action' }).click()
  expect(await summary(page)).toEqual([
    'Enter a real date, like 27 3 2025',
    'Enter how many, as a whole number of 1 or more',
  ])
  expect(await page.getByLabel('Power or intervention').inputValue()).toBe(
    'community-protection-warning'
  )
  const today = new Date()
  await fillDate(
    page,
    'date',
    String(today.getDate()),
    String(today.getMonth() + 1),
    String(today.getFullYear())
  )
  await page.getByLabel('How many').fill('3')
  await page.getByLabel('Where (optional)').fill('Eureka Park')
  await page.getByRole('button', { name: 'Record action' }).click()
  await page.waitForURL('**/actions?done=recorded')
  expect(
    await page.locator('table', { hasText: 'Recorded actions by power' }).first().textContent()
  ).toContain('Community Protection Warning3')
  expect(await page.locator('tr', { hasText: 'Eureka Park' }).textContent()).toContain(
    'South Derbyshire District Council'
  )
})

test('an order goes on the PSPO register with its dates worked out', async () => {
  const { page } = admin
  await page.goto('/pspos/new')
  await page.getByLabel('Title').fill('Town centre PSPO')
  await page.getByLabel('Where it applies').fill('Swadlincote town centre')
  await fillDate(page, 'madeOn', '1', '5', '2025')
  await fillDate(page, 'startsOn', '1', '6', '2025')
  // More than three years: the domain refuses it, and the API says why, beside the field.
  await fillDate(page, 'endsOn', '1', '6', '2030')
  await page.getByRole('button', { name: 'Add order' }).click()
  const errors = await summary(page)
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/^2030-06-01 is after 2028-05-31, the most a standard PSPO may run/)
  await fillDate(page, 'endsOn', '31', '5', '2028')
  await page.getByRole('button', { name: 'Add order' }).click()
  await page.waitForURL('**/pspos?done=added')
  const card = page.locator('.govuk-summary-card', { hasText: 'Town centre PSPO' })
  expect(await card.textContent()).toContain('1 June 2025 to 31 May 2028')
  // Six weeks beginning with the day it was made (the domain's rule).
  expect(await card.textContent()).toMatch(/Closed on\s+11 June 2025/)
})

// A real force file with a few rows in Derbyshire districts (the repository's extract), its rows
// written four times so the upload (700 kB) is more than adapter-node's default body limit.
const [header, ...rows] = readFileSync(
  fileURLToPath(
    new URL(
      '../../../fixtures/police-uk/2024-12-nottinghamshire-street-extract.csv',
      import.meta.url
    )
  ),
  'utf8'
)
  .trim()
  .split('\n')
const sample = {
  name: '2024-12-nottinghamshire-street.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([header, ...rows, ...rows, ...rows, ...rows].join('\n') + '\n'),
}

test('a police.uk file is imported and reported; a file that is not one saves nothing', async () => {
  const { page } = admin
  await page.goto('/imports')
  await page.getByRole('button', { name: 'Import files' }).click()
  expect(await summary(page)).toEqual(['Select one or more police.uk street-level CSV files'])

  await page.getByLabel('Street-level CSV files').setInputFiles(sample)
  await page.getByRole('button', { name: 'Import files' }).click()
  await page.waitForURL('**/imports/*')
  expect(await page.locator('h1').textContent()).toBe('2024-12-nottinghamshire-street.csv')
  expect(await page.locator('main .govuk-tag').first().textContent()).toBe('Imported')
  expect(await page.locator('main').textContent()).toContain('Rows outside the partnership’s areas')
  // The police.uk tables of 2024 were rebuilt (incomplete: one month), linked to their figures.
  await Promise.all([
    page.waitForURL('**/figures/police-uk.anti-social-behaviour?period=2024'),
    page.getByRole('link', { name: 'Anti-social behaviour (police.uk), 2024' }).click(),
  ])
  expect(await page.locator('.govuk-warning-text').first().textContent()).toContain('incomplete')

  await page.goto('/imports')
  await page.getByLabel('Street-level CSV files').setInputFiles({
    name: 'notes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('this,is\nnot,police.uk\n'),
  })
  await page.getByRole('button', { name: 'Import files' }).click()
  await page.waitForURL('**/imports/*')
  expect(await page.locator('main .govuk-tag').first().textContent()).toBe('Failed')
  expect(await page.locator('main').textContent()).toContain('Nothing from this file was saved')
})
