// Uploading several police.uk files at once, with and without JavaScript; with it, the upload
// shows a progress bar.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { connectBrowser, signedIn, type OpenedContext } from './support/browser.ts'

// Real police.uk files beside the repository (../shared/data); the tests skip without them.
const sample = (name: string) =>
  fileURLToPath(new URL(`../../../../shared/data/police-uk/${name}`, import.meta.url))
const nottinghamshire = sample('2024-12-nottinghamshire-street.csv')
const cityOfLondon = sample('2023-01-city-of-london-street.csv')
const haveSamples = existsSync(nottinghamshire) && existsSync(cityOfLondon)

let browser: Browser
const contexts: OpenedContext[] = []

beforeAll(async () => {
  browser = await connectBrowser()
})

afterAll(async () => {
  await Promise.all(contexts.map((opened) => opened.context.close()))
  await browser?.close()
})

const bannerItems = (page: Page) =>
  page
    .locator('.govuk-notification-banner li')
    .evaluateAll((items) => items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim()))

const notPoliceUk = {
  name: 'notes.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('this,is\nnot,police.uk\n'),
}

describe.each([
  { js: false, name: 'without JavaScript' },
  { js: true, name: 'with JavaScript' },
])('$name', ({ js }) => {
  let opened: OpenedContext

  beforeAll(async () => {
    opened = await signedIn(browser, { javaScriptEnabled: js })
    contexts.push(opened)
  })

  test.skipIf(!haveSamples)('several files are imported one by one and listed', async () => {
    const { page } = opened
    await page.goto('/imports')
    await page.getByLabel('Street-level CSV files').setInputFiles([cityOfLondon, nottinghamshire])
    await Promise.all([
      page.waitForURL('**/imports?imported=*'),
      page.getByRole('button', { name: 'Import files' }).click(),
    ])
    expect(await page.locator('.govuk-notification-banner__heading').textContent()).toContain(
      '2 files were read'
    )
    expect(await bannerItems(page)).toEqual([
      '2023-01-city-of-london-street.csv: imported',
      '2024-12-nottinghamshire-street.csv: imported',
    ])
    // axe runs in the page, so only with JavaScript on; the markup is the same without.
    if (js) expect(await axeViolations(page)).toEqual([])
    await Promise.all([
      page.waitForURL('**/imports/*'),
      page.getByRole('link', { name: '2023-01-city-of-london-street.csv' }).first().click(),
    ])
    expect(await page.locator('main .govuk-tag').first().textContent()).toBe('Imported')
    expect(await opened.problems()).toEqual([])
  })

  test('a file that is not police.uk fails alone; a file that is not a CSV is refused', async () => {
    const { page } = opened
    await page.goto('/imports')
    await page
      .getByLabel('Street-level CSV files')
      .setInputFiles([{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') }])
    await page.getByRole('button', { name: 'Import files' }).click()
    await page.locator('.govuk-error-summary').waitFor()
    expect(await page.locator('.govuk-error-summary__list a').allTextContents()).toEqual([
      'notes.txt is not a CSV file: select police.uk CSV files',
    ])
    expect(await page.locator('#file-error').textContent()).toContain('notes.txt is not a CSV')

    await page.getByLabel('Street-level CSV files').setInputFiles([notPoliceUk])
    await Promise.all([
      page.waitForURL('**/imports/*'),
      page.getByRole('button', { name: 'Import files' }).click(),
    ])
    expect(await page.locator('main .govuk-tag').first().textContent()).toBe('Failed')
    expect(await page.locator('main').textContent()).toContain('Nothing from this file was saved')
  })
})

test.skipIf(!haveSamples)('with JavaScript, a progress bar shows the upload', async () => {
  const opened = await signedIn(browser)
  contexts.push(opened)
  const { page, context } = opened
  await page.goto('/imports')
  // Slow the upload to about 1 MB a second so the bar is there long enough to read.
  const devtools = await context.newCDPSession(page)
  await devtools.send('Network.enable')
  await devtools.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 1_000_000,
  })
  await page.getByLabel('Street-level CSV files').setInputFiles([nottinghamshire])
  await page.getByRole('button', { name: 'Import files' }).click()
  const bar = page.locator('progress#upload-progress')
  await bar.waitFor()
  expect(await page.getByLabel('Sending the file').count()).toBe(1)
  await page.waitForFunction(() => {
    const progress = document.querySelector('progress#upload-progress')
    return progress instanceof HTMLProgressElement && progress.value > 0
  })
  // The bytes sent: the file and the form's multipart framing around it.
  const max = Number(await bar.getAttribute('max'))
  expect(max).toBeGreaterThanOrEqual(2_145_449)
  expect(max).toBeLessThan(2_145_449 + 1000)
  expect(await page.locator('.app-upload-progress').textContent()).toMatch(/of 2\.1 MB \(\d+%\)/)
  expect(await axeViolations(page)).toEqual([])
  await page.waitForURL('**/imports/*', { timeout: 30_000 })
  expect(await page.locator('main .govuk-tag').first().textContent()).toBe('Imported')
  expect(await opened.problems()).toEqual([])
})

test('with JavaScript, an upload cut off says so on the form', async () => {
  const opened = await signedIn(browser)
  contexts.push(opened)
  const { page } = opened
  await page.goto('/imports')
  await page.route('**/imports', (route) =>
    route.request().method() === 'POST' ? route.abort('connectionreset') : route.continue()
  )
  await page.getByLabel('Street-level CSV files').setInputFiles([notPoliceUk])
  await page.getByRole('button', { name: 'Import files' }).click()
  await page.locator('.govuk-error-summary').waitFor()
  expect(await page.locator('.govuk-error-summary__list a').allTextContents()).toEqual([
    'The upload stopped before it finished: check your connection and try again',
  ])
  expect(await page.getByRole('button', { name: 'Import files' }).count()).toBe(1)
})
