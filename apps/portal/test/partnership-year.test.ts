// The partnership's year in the portal, without JavaScript: upload a force table (a wrong one
// refused with its finding, GOV.UK style), open the assessment, revise the plan with a claim
// the tables contradict, adopt it with a reason, publish it, and record a duty as done. Every
// page passes axe.
import { crimeTableCsv, crimeTables2023, derbyshireAreas } from '@csp/domain'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { connectBrowser, signedIn, type OpenedContext } from './support/browser.ts'
import { startOwnToolkit, type OwnToolkit } from './support/own-toolkit.ts'

let browser: Browser
let opened: OpenedContext
let checker: OpenedContext
// A newer force table, an adopted plan and duties done change the dashboard: this file has a
// toolkit of its own.
let own: OwnToolkit

beforeAll(async () => {
  browser = await connectBrowser()
  own = await startOwnToolkit()
  opened = await signedIn(browser, { javaScriptEnabled: false, baseURL: own.portalUrl })
  opened.page.setDefaultTimeout(60_000)
  // axe runs in the page, which a context without JavaScript cannot do: the page reached
  // without JavaScript is checked again, by address, in a signed-in context with it.
  checker = await signedIn(browser, { baseURL: own.portalUrl })
})

async function axeOf(page: Page) {
  await checker.page.goto(page.url())
  return axeViolations(checker.page)
}

afterAll(async () => {
  await checker?.context.close()
  await opened?.context.close()
  await browser?.close()
  await own?.close()
})

const da = crimeTables2023.find((t) => t.measure === 'domestic-abuse')!
const csv2024 = crimeTableCsv(
  {
    ...da,
    period: '2024',
    from: '2024-01-01',
    to: '2024-12-31',
    source: { publisher: 'Derbyshire Constabulary', title: 'Force-recorded crime, 2024' },
  },
  { areas: derbyshireAreas }
)

async function submit(page: Page, button: string) {
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('button', { name: button }).click(),
  ])
}

async function upload(page: Page, csv: string) {
  await page.goto('/crime-tables/upload')
  await page.getByLabel('Measure').selectOption('domestic-abuse')
  await page.getByLabel('Period').fill('2024')
  await page.getByLabel('Table (CSV)').setInputFiles({
    name: 'domestic-abuse-2024.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  })
  await submit(page, 'Upload table')
}

describe('a partnership year in the portal', { timeout: 240_000 }, () => {
  test('a force table: a wrong county row is refused with its finding, a right one stored', async () => {
    const { page } = opened
    await upload(page, csv2024.replace(',12193,', ',12000,'))
    const summary = page.locator('.govuk-error-summary')
    expect(await summary.textContent()).toContain(
      'line 11, column 7 (volume): Derbyshire volume 12,000 is not the sum of its 8 districts (12,193).'
    )
    expect(await page.title()).toMatch(/^Error: /)
    expect(await axeOf(page)).toEqual([])
    await upload(page, csv2024)
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain(
      'domestic-abuse/2024 table was stored'
    )
  })

  test('the 2024 assessment shows the figure with its source, printable', async () => {
    const { page } = opened
    await page.goto('/assessments/2024')
    expect(await page.locator('h1').textContent()).toContain('Strategic assessment 2024')
    const text = (await page.locator('main').textContent()) ?? ''
    expect(text).toContain('1,434')
    expect(text).toContain('Derbyshire Constabulary: Force-recorded crime, 2024')
    expect(await axeOf(page)).toEqual([])
  })

  test('a draft with a contradicted claim is adopted with a reason and published', async () => {
    const { page } = opened
    await page.goto('/plan/revisions')
    expect(await axeOf(page)).toEqual([])
    await page.getByLabel('Plan year').fill('2026')
    await submit(page, 'Start draft')
    expect(page.url()).toMatch(/\/plan\/revisions\/[0-9a-f-]{36}$/)
    await page
      .getByLabel('Sentence')
      .fill('Domestic abuse in South Derbyshire was the lowest in 2024.')
    await page.getByLabel('What it claims').selectOption('rank')
    await page.getByLabel('Measure').selectOption('domestic-abuse')
    await page.getByLabel('Period').fill('2024')
    await page.getByLabel('Direction or order').selectOption('lowest')
    await page.getByLabel('Position (rank only)').fill('1')
    await submit(page, 'Add claim and check it')
    const row = page.locator('tr', { hasText: 'was the lowest in 2024' })
    expect(await row.textContent()).toContain('contradicted')
    expect(await page.locator('ul.govuk-list--bullet').first().textContent()).toContain(
      'Claim added'
    )
    expect(await axeOf(page)).toEqual([])
    await page.getByLabel(/Why adopt with/).fill('The board approved the wording.')
    await submit(page, 'Adopt this revision')
    expect(await page.locator('h1').textContent()).toContain('adopted')
    await page.getByLabel('Where it is published').fill('https://example.org/plan-2026.pdf')
    await submit(page, 'Record publication')
    expect(await page.locator('h1').textContent()).toContain('published')
  })

  test('a past duty is recorded as done and the dashboard says so', async () => {
    const { page } = opened
    await page.goto('/')
    const link = page.getByRole('link', { name: /^Record as done/ }).first()
    const href = (await link.getAttribute('href')) ?? ''
    const title = new URL(href, 'http://x').searchParams.get('title') ?? ''
    await link.click()
    await page.waitForLoadState('load')
    expect(await axeOf(page)).toEqual([])
    await page.getByLabel('Evidence').fill('https://example.org/evidence.pdf')
    await submit(page, 'Record as done')
    expect(new URL(page.url()).pathname).toBe('/')
    const item = page.locator('li', { hasText: title }).filter({ hasText: 'Done on' })
    expect(await item.count()).toBeGreaterThan(0)
    expect(await axeOf(page)).toEqual([])
  })
})
