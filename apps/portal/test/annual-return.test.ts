// The ASB Case Review annual return (read, download, publish) and the statutory deadlines on
// the dashboard, without and with JavaScript.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { todayInEngland } from '../src/lib/dates.ts'
import { financialYearOf } from '../src/lib/financial-years.ts'
import { api, connectBrowser, signedIn, type OpenedContext } from './support/browser.ts'

let browser: Browser
const contexts: OpenedContext[] = []

beforeAll(async () => {
  browser = await connectBrowser()
})

afterAll(async () => {
  await Promise.all(contexts.map((opened) => opened.context.close()))
  await browser?.close()
})

const figureRows = (page: Page) =>
  page
    .locator('table tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim()))
    )

const text = async (page: Page, selector: string) =>
  (await page.locator(selector).first().textContent())?.replace(/\s+/g, ' ').trim()

// Years long past and before the seeded 2024-25 return, whatever today is.
describe.each([
  { js: false, name: 'without JavaScript', year: '2019-20' },
  { js: true, name: 'with JavaScript', year: '2020-21' },
])('$name', ({ js, year }) => {
  let opened: OpenedContext

  beforeAll(async () => {
    opened = await signedIn(browser, { javaScriptEnabled: js })
    contexts.push(opened)
  })

  test('the latest published return, its source and its CSV', async () => {
    const { page } = opened
    await page.goto('/case-reviews')
    await Promise.all([
      page.waitForURL('**/case-reviews/annual-return'),
      page.getByRole('link', { name: /The annual return/ }).click(),
    ])
    expect(await page.locator('table caption').textContent()).toBe('2024-25')
    expect(await figureRows(page)).toEqual([
      ['Applications for an ASB Case Review', '2'],
      ['Decisions that the threshold for a review was not met', '1'],
      ['ASB Case Reviews carried out', '1'],
      ['ASB Case Reviews that resulted in recommendations', '1'],
    ])
    expect(await text(page, 'main p.govuk-body-s')).toContain(
      '1 April 2024 to 31 March 2025. Source: the published 2024-25 return.'
    )
    // Published already: nothing to publish.
    expect(await page.getByRole('button', { name: 'Publish the return' }).count()).toBe(0)
    const href = await page
      .getByRole('link', { name: /Download the return as CSV/ })
      .getAttribute('href')
    const csv = await (await fetch(href!)).text()
    expect(csv.split(/\r?\n/)[0]).toMatch(/^figure,/)
    expect(csv).toMatch(/applications,.*,2,2024-04-01,2025-03-31/)
    if (js) expect(await axeViolations(page)).toEqual([])

    // The switch goes to this financial year, which the records count so far.
    const current = financialYearOf(todayInEngland())
    await page.getByLabel('Financial year').selectOption({ label: current.label })
    await Promise.all([
      page.waitForURL(`**/case-reviews/annual-return?year=${current.from.slice(0, 4)}`),
      page.getByRole('button', { name: 'Show return' }).click(),
    ])
    expect(await page.locator('table caption').textContent()).toBe(current.label)
    expect(await text(page, 'main p.govuk-body-s')).toContain(
      'Source: counted from the toolkit’s case-review records.'
    )
    expect(await opened.problems()).toEqual([])
  })

  test(`the ${year} return is counted from case records, checked and published`, async () => {
    const { page } = opened
    await page.goto(`/case-reviews/annual-return?year=${year.slice(0, 4)}`)
    expect(await page.locator('table caption').textContent()).toBe(year)
    expect(
      await page.getByLabel('Financial year').evaluate((select: HTMLSelectElement) => {
        return select.selectedOptions[0]?.textContent
      })
    ).toBe(year)
    expect(await text(page, 'main p.govuk-body-s')).toContain(
      'Source: counted from the toolkit’s case-review records.'
    )
    expect(await page.getByLabel('Period').inputValue()).toBe(year)

    await page
      .getByLabel('Web page where the figures are published (optional)')
      .fill('council site')
    await page.getByRole('button', { name: 'Publish the return' }).click()
    await page.locator('.govuk-error-summary').waitFor()
    expect(await page.locator('.govuk-error-summary__list a').allTextContents()).toEqual([
      'Enter a web address starting https:// or http://',
    ])
    if (js) expect(await axeViolations(page)).toEqual([])

    await page
      .getByLabel('Web page where the figures are published (optional)')
      .fill('https://www.south-derbys.gov.uk/asb-case-review')
    await Promise.all([
      page.waitForURL('**/case-reviews/annual-return?done=published&*'),
      page.getByRole('button', { name: 'Publish the return' }).click(),
    ])
    expect(await text(page, '.govuk-notification-banner')).toContain('The return is published')
    expect(await page.locator('table caption').textContent()).toBe(year)
    expect(await text(page, 'main p.govuk-body-s')).toContain(
      `Source: the published ${year} return.`
    )
    expect(await page.getByRole('button', { name: 'Publish the return' }).count()).toBe(0)
    // The refused attempt's 400 is the only thing the browser reports.
    const problems = await opened.problems()
    expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([])
  })
})

test('a window that overlaps a published return is refused, with the reason', async () => {
  const opened = await signedIn(browser, { javaScriptEnabled: false })
  contexts.push(opened)
  const { page } = opened
  await page.goto('/case-reviews/annual-return?year=2023')
  // The seeded 2024/25 return does not cover 2023/24: it is counted from records.
  await page.getByLabel('Period').fill('2023/24')
  await page.locator('#to-year').fill('2024')
  await page.locator('#to-month').fill('6')
  await page.locator('#to-day').fill('30')
  await page.getByRole('button', { name: 'Publish the return' }).click()
  await page.locator('.govuk-error-summary').waitFor()
  const [message] = await page.locator('.govuk-error-summary__list a').allTextContents()
  expect(message).toMatch(/2024-25/)
})

test('the dashboard lists the statutory deadlines of the next 90 days', async () => {
  const opened = await signedIn(browser, { javaScriptEnabled: false })
  contexts.push(opened)
  const { page, context } = opened
  const [cookie] = await context.cookies()
  const authorization = `Bearer ${cookie!.value}`
  // A serious violence strategy published 11 months ago is due its annual review in a month.
  const published = new Date()
  published.setUTCMonth(published.getUTCMonth() - 11)
  const settings = await (
    await fetch(`${api()}/v1/settings/partnership`, { headers: { authorization } })
  ).json()
  const saved = await fetch(`${api()}/v1/settings/partnership`, {
    method: 'PUT',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({
      ...settings.partnership,
      svStrategyPublishedOn: published.toISOString().slice(0, 10),
    }),
  })
  expect(saved.status).toBe(200)
  const due = await (await fetch(`${api()}/v1/duties/due`, { headers: { authorization } })).json()
  const titles: string[] = due.items.map((item: { title: string }) => item.title)
  expect(titles).toContain('Review the serious violence strategy')

  await page.goto('/')
  const listed = await page
    .locator('main li')
    .evaluateAll((items) => items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim()))
  for (const title of titles) expect(listed.some((item) => item?.startsWith(title))).toBe(true)
  const review = listed.find((item) => item?.startsWith('Review the serious violence strategy'))
  expect(review).toContain('Guidance')
  expect(review).toContain('Serious Violence Duty guidance: review annually')
  await Promise.all([
    page.waitForURL('**/plan#duty-serious-violence-duty'),
    page.getByRole('link', { name: 'Review the serious violence strategy', exact: true }).click(),
  ])
  expect(await page.locator('#duty-serious-violence-duty').count()).toBe(1)
})
