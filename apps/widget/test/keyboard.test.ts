import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, expect, inject, test } from 'vitest'
import { connectBrowser, openPage, shadowRootOf, waitForTable } from './support/browser.ts'
import { htmlPage, snippet, startHost, type HostServer } from './support/host.ts'
import { tableCells } from './support/inspect.ts'

// Sorting with the keyboard alone: Tab reaches the header buttons, Enter and Space sort,
// aria-sort follows, focus stays put, and the CSV download follows the order on screen.

let browser: Browser
let host: HostServer
let page: Page
let widget: Locator

beforeAll(async () => {
  browser = await connectBrowser()
  host = await startHost({
    '/': {
      body: htmlPage({ body: `<main><h1>Figures</h1>${snippet(inject('apiUrl'))}</main>` }),
    },
  })
})

beforeEach(async () => {
  await page?.context().close()
  page = (await openPage(browser, `${host.url}/`)).page
  widget = page.locator('csp-crime-table')
  await waitForTable(page)
})

afterAll(async () => {
  await page?.context().close()
  await browser?.close()
  await host?.close()
})

/** The focused element inside the widget: its text and whether it is a sort button. */
function focused() {
  return widget.evaluate((host) => {
    const active = host.shadowRoot!.activeElement
    return active ? `${active.localName}: ${active.textContent}` : null
  })
}

const ariaSorts = () =>
  widget.locator('thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('aria-sort')))

async function areas() {
  return (await page.evaluate(tableCells, await shadowRootOf(page))).map((cells) => cells[0])
}

test('Tab reaches the header buttons in order, with a visible focus ring', async () => {
  await page.keyboard.press('Tab')
  expect(await focused()).toBe('button: Area↕')
  await page.keyboard.press('Tab')
  expect(await focused()).toBe('button: Number recorded↕')
  await page.keyboard.press('Tab')
  expect(await focused()).toBe('button: Rate per 1,000 aged 16+▼')
  const ring = await widget.locator('button:focus-visible').evaluate((b) => {
    const style = getComputedStyle(b)
    return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
  })
  expect(ring).toBe('solid 3px rgb(11, 12, 12)')
})

test('Enter and Space sort; aria-sort and the order follow; totals stay last', async () => {
  expect(await ariaSorts()).toEqual([null, null, 'descending', null])
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab')

  await page.keyboard.press('Enter')
  expect(await ariaSorts()).toEqual([null, null, 'ascending', null])
  expect(await focused()).toBe('button: Rate per 1,000 aged 16+▲')
  expect((await areas()).slice(0, 2)).toEqual(['Derbyshire Dales', 'South Derbyshire(your area)'])
  expect(await widget.locator('[role=status]').textContent()).toBe('Sorted by rate, lowest first.')

  await page.keyboard.press('Space')
  expect(await ariaSorts()).toEqual([null, null, 'descending', null])
  expect((await areas())[0]).toBe('Derby')

  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Enter')
  expect(await ariaSorts()).toEqual([null, 'descending', null, null])
  expect(await focused()).toBe('button: Number recorded▼')
  expect(await widget.locator('caption').textContent()).toContain(
    'Sorted by number recorded, highest first.'
  )

  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Space')
  expect(await ariaSorts()).toEqual(['ascending', null, null, null])
  const order = await areas()
  expect(order.slice(0, 9)).toEqual([
    'Amber Valley',
    'Bolsover',
    'Chesterfield',
    'Derby',
    'Derbyshire Dales',
    'Erewash',
    'High Peak',
    'North East Derbyshire',
    'South Derbyshire(your area)',
  ])
  expect(order.slice(9)).toEqual([
    'Totals (not ranked)',
    'Derbyshire',
    'Derbyshire Police Force Area',
  ])
})

test('the CSV download is exactly what is shown, in the order shown', async () => {
  await widget.getByRole('button', { name: 'Change on the year before' }).press('Enter')
  const shown = (await page.evaluate(tableCells, await shadowRootOf(page))).filter(
    (cells) => cells.length === 4
  )
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget.getByRole('link', { name: 'Download these figures (CSV)' }).press('Enter'),
  ])
  expect(download.suggestedFilename()).toBe('anti-social-behaviour-2023.csv')
  const stream = await download.createReadStream()
  let csv = ''
  for await (const chunk of stream) csv += String(chunk)
  const rows = csv
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(','))
  expect(rows.map((r) => r[5])).toEqual(shown.map((cells) => cells[0]!.replace('(your area)', '')))
  expect(rows.map((r) => r[6])).toEqual(shown.map((cells) => cells[1]!.replace(',', '')))
  expect(rows.map((r) => r[7])).toEqual(shown.map((cells) => cells[2]))
  expect(rows[0]!.slice(4, 13)).toEqual([
    'E07000039',
    'South Derbyshire',
    '1695',
    '19.5',
    '-6.9',
    '2',
    '9',
    'second lowest',
    'true',
  ])
})
