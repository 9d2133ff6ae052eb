// Uploading several police.uk files at once, with and without JavaScript; with it, the upload
// shows a progress bar.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { connectBrowser, signedIn, type OpenedContext } from './support/browser.ts'

// Real police.uk files: the repository's fixtures, uploaded under the force files' own names.
const sample = (fixture: string, name: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: readFileSync(
    fileURLToPath(new URL(`../../../fixtures/police-uk/${fixture}`, import.meta.url))
  ),
})
const nottinghamshire = sample(
  '2024-12-nottinghamshire-street-extract.csv',
  '2024-12-nottinghamshire-street.csv'
)
const cityOfLondon = sample(
  '2023-01-city-of-london-street.csv',
  '2023-01-city-of-london-street.csv'
)
// The size of a whole force file (2.2 MB): the extract's rows written twelve times.
const [header, ...rows] = nottinghamshire.buffer.toString('utf8').trim().split('\n')
const forceSized = {
  ...nottinghamshire,
  buffer: Buffer.from([header, ...Array(12).fill(rows).flat()].join('\n') + '\n'),
}

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

  test('several files are imported one by one and listed', async () => {
    const { page } = opened
    await page.goto('/imports')
    await page.getByLabel('Street-level CSV files').setInputFiles([cityOfLondon, nottinghamshire])
    await Promise.all([
      page.waitForURL('**/imports?imported=*'),
      page.getByRole('button', { name: 'Import files' }).click(),
    ])
    expect(await page.locator('.govuk-notification-banner__heading').textContent()).toBe(
      '2 files imported'
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

test('with JavaScript, a progress bar shows the upload', async () => {
  const opened = await signedIn(browser)
  contexts.push(opened)
  const { page, context } = opened
  await page.goto('/imports')
  // Slow the upload to about 300 kB a second, so the bar stays for about 7 seconds.
  const devtools = await context.newCDPSession(page)
  await devtools.send('Network.enable')
  await devtools.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 300_000,
  })
  await page.getByLabel('Street-level CSV files').setInputFiles([forceSized])
  await page.getByRole('button', { name: 'Import files' }).click()
  // Everything read at one moment, while the file is being sent.
  const sending = await page.waitForFunction(() => {
    const bar = document.querySelector('progress#upload-progress')
    if (!(bar instanceof HTMLProgressElement) || !(bar.value > 0) || !bar.hasAttribute('max')) {
      return null
    }
    return {
      max: bar.max,
      label: document
        .querySelector('label[for="upload-progress"]')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim(),
      text: document.querySelector('.app-upload-progress')?.textContent?.replace(/\s+/g, ' '),
      announced: document.querySelector('[aria-live="polite"]')?.textContent?.trim(),
      focused: document.activeElement?.textContent?.trim(),
    }
  })
  const seen = (await sending.jsonValue())!
  // The bytes sent: the file and the form's multipart framing around it.
  expect(seen.max).toBeGreaterThanOrEqual(forceSized.buffer.length)
  expect(seen.max).toBeLessThan(forceSized.buffer.length + 1000)
  expect(seen.label).toBe('Sending the file')
  expect(seen.text).toMatch(/of 2\.2 MB \(\d+%\)/)
  expect(seen.announced).toBe('Sending the file (2.2 MB).')
  expect(seen.focused).toBe('Import files')
  expect(await axeViolations(page)).toEqual([])
  await page.waitForURL('**/imports/*', { timeout: 30_000 })
  expect(await page.locator('main .govuk-tag').first().textContent()).toBe('Imported')
  expect(await opened.problems()).toEqual([])
})

test('two files for the same month are refused together: the second would replace the first', async () => {
  const opened = await signedIn(browser, { javaScriptEnabled: false })
  contexts.push(opened)
  const { page } = opened
  await page.goto('/imports')
  const file = (name: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from('x\n') })
  await page
    .getByLabel('Street-level CSV files')
    .setInputFiles([file('2024-12-derbyshire-street.csv'), file('2024-12-btp-street.csv')])
  await page.getByRole('button', { name: 'Import files' }).click()
  expect(await page.locator('.govuk-error-summary__list a').allTextContents()).toEqual([
    '2024-12-derbyshire-street.csv and 2024-12-btp-street.csv are both for 2024-12: here the second would replace the first, so import them together with csp import police-uk',
  ])
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

test('with JavaScript, an upload the server refuses before the form sees it says why', async () => {
  const opened = await signedIn(browser)
  contexts.push(opened)
  const { page } = opened
  await page.goto('/imports')
  // What adapter-node answers past its body size limit: plain text, no action result.
  await page.route('**/imports', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 413, contentType: 'text/plain', body: 'Payload Too Large' })
      : route.continue()
  )
  await page.getByLabel('Street-level CSV files').setInputFiles([notPoliceUk])
  await page.getByRole('button', { name: 'Import files' }).click()
  await page.locator('.govuk-error-summary').waitFor()
  expect(await page.locator('.govuk-error-summary__list a').allTextContents()).toEqual([
    'The files are too large to send at once: send fewer files at a time',
  ])
})
