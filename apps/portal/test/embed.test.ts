import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { api, connectBrowser, signedIn } from './support/browser.ts'

let browser: Browser

beforeAll(async () => {
  browser = await connectBrowser()
})

afterAll(async () => {
  await browser?.close()
})

test('without JavaScript: a GET form builds the snippet in a read-only box, the iframe previews it', async () => {
  const { page, context } = await signedIn(browser, { javaScriptEnabled: false })
  await page.goto('/embed')
  const snippet = page.getByLabel('Snippet', { exact: true })
  expect(await snippet.getAttribute('readonly')).not.toBeNull()
  const published = (await (await fetch(`${api()}/widget/snippet.json`)).json()) as {
    src: string
    integrity: string
  }
  expect(await snippet.inputValue()).toBe(
    `<script src="${published.src}" integrity="${published.integrity}" crossorigin="anonymous" defer></script>\n` +
      '<csp-crime-table measure="anti-social-behaviour" period="2024" highlight="E07000039"></csp-crime-table>'
  )
  // No copy button without a script to press it.
  expect(await page.getByRole('button', { name: 'Copy snippet' }).count()).toBe(0)

  await page.getByLabel('Measure').selectOption({ label: 'Hate crime' })
  await page.getByLabel('Period').selectOption('2024')
  await page.getByLabel('Area to highlight').selectOption({ label: 'High Peak' })
  await page.getByRole('button', { name: 'Update snippet' }).click()
  // Hate crime has no 2024 table: said beside the field, and no snippet for it.
  expect(await page.locator('.govuk-error-summary__list').textContent()).toContain(
    'There are no Hate crime figures for 2024; select one of 2023'
  )
  expect(await page.getByLabel('Snippet', { exact: true }).count()).toBe(0)

  await page.getByLabel('Period').selectOption('2023')
  await page.getByRole('button', { name: 'Update snippet' }).click()
  expect(new URL(page.url()).search).toBe('?measure=hate-crime&period=2023&highlight=E07000037')
  expect(await snippet.inputValue()).toContain(
    '<csp-crime-table measure="hate-crime" period="2023" highlight="E07000037"></csp-crime-table>'
  )
  const iframe = page.getByLabel('Snippet for an iframe')
  expect(await iframe.inputValue()).toBe(
    `<iframe src="${api()}/widget/embed?measure=hate-crime&amp;period=2023&amp;highlight=E07000037" title="Hate crime, 2023" style="width: 100%; border: 0" height="760"></iframe>`
  )
  // The preview is the API's iframe page, allowed by this page's CSP.
  const frame = page.frameLocator('iframe.app-embed-preview')
  await expect.poll(() => frame.locator('caption').textContent()).toContain('Hate crime')
  expect(await frame.locator('tr', { hasText: 'High Peak' }).textContent()).toContain('(your area)')
  await context.close()
})

test('with JavaScript: the live widget previews the choice and the copy button copies it', async () => {
  const { page, context, problems } = await signedIn(browser)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/embed?measure=domestic-abuse&period=2023&highlight=E07000039')
  const widget = page.locator('csp-crime-table')
  await widget.locator('table caption').waitFor()
  expect(await widget.locator('h2').textContent()).toBe('Domestic abuse, 2023')
  expect(await widget.locator('tr:has(.csp-you) th').textContent()).toContain('South Derbyshire')

  await page.getByRole('button', { name: 'Copy snippet' }).click()
  await expect.poll(() => page.locator('#snippet-copy-status').textContent()).toBe('Snippet copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await page.getByLabel('Snippet', { exact: true }).inputValue()
  )
  // The widget's script and data come from the API, which only this page's CSP allows.
  expect(await problems()).toEqual([])
  await context.close()
})
