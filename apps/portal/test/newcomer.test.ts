// The acceptance journey, as someone new to the portal would take it: sign in, read the
// figures, record a warning letter, and take a case-review application to its threshold
// decision, following the links the pages offer. Once without JavaScript and once with it: both
// must work the same, and with it nothing may go wrong in the browser.
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { formatDate } from '../src/lib/figures.ts'
import { todayInEngland } from '../src/lib/dates.ts'
import { admin, connectBrowser, openContext, type OpenedContext } from './support/browser.ts'

let browser: Browser

beforeAll(async () => {
  browser = await connectBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const today = todayInEngland()

/** `days` before the ISO date `iso`. */
function daysBefore(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - days)
  return date.toISOString().slice(0, 10)
}

async function fillDate(page: Page, id: string, iso: string) {
  const [year, month, day] = iso.split('-')
  await page.locator(`#${id}-day`).fill(String(Number(day)))
  await page.locator(`#${id}-month`).fill(String(Number(month)))
  await page.locator(`#${id}-year`).fill(year!)
}

/**
 * Clicks `target` (a link or a submit button) and waits for the page it leads to, whether the
 * browser loads it (no JavaScript, form posts) or SvelteKit's router renders it.
 */
async function follow(page: Page, target: Locator, path: RegExp, h1: string | RegExp) {
  await Promise.all([
    page.waitForURL((url) => path.test(url.pathname + url.search)),
    target.click(),
  ])
  await page.locator('h1', { hasText: h1 }).waitFor()
}

const banner = (page: Page) => page.locator('.govuk-notification-banner__heading').textContent()
const rowCells = (row: Locator) =>
  row.evaluate((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim())
  )

describe.each([{ js: false }, { js: true }])('a newcomer, JavaScript on: $js', ({ js }) => {
  let opened: OpenedContext
  const label = js ? 'JS on' : 'JS off'
  const place = `Maurice Lea Park (newcomer, ${label})`
  const applicant = `Nina Newcomer (${label})`

  beforeAll(async () => {
    opened = await openContext(browser, { javaScriptEnabled: js })
  })

  afterAll(async () => {
    await opened?.context.close()
  })

  test('finds the public home, signs in from it, and lands on the dashboard', async () => {
    const { page } = opened
    await page.goto('/')
    expect(new URL(page.url()).pathname).toBe('/')
    expect(await page.locator('h1').textContent()).toBe(
      'South Derbyshire Community Safety Partnership'
    )
    await follow(
      page,
      page.getByRole('link', { name: 'Partner sign in' }),
      /^\/sign-in$/,
      'Sign in'
    )
    // govuk-frontend's scripts start only with JavaScript: the password's Show button is theirs.
    const show = page.getByRole('button', { name: 'Show password' })
    // govuk-frontend's script adds the button once it has started; without JavaScript, never.
    if (js) await show.waitFor()
    else expect(await show.isVisible()).toBe(false)
    await page.getByLabel('Email address').fill(admin.email)
    await page.getByLabel('Password', { exact: true }).fill(admin.password)
    await follow(page, page.getByRole('button', { name: 'Sign in' }), /^\/$/, 'Dashboard')
    expect(await page.locator('header').textContent()).toContain('Signed in as')
  })

  test('finds South Derbyshire’s anti-social behaviour rank for 2023', async () => {
    const { page } = opened
    await follow(
      page,
      page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Figures' }),
      /^\/figures$/,
      'Figures'
    )
    await follow(
      page,
      page.getByRole('link', { name: 'Anti-social behaviour', exact: true }),
      /^\/figures\/anti-social-behaviour$/,
      /^Anti-social behaviour, \d{4}$/
    )
    // The latest year shows first. 2023 is the year the plan reports; after an import (as in
    // the test API, with an incomplete 2024) the newcomer switches to it.
    if ((await page.locator('h1').textContent()) !== 'Anti-social behaviour, 2023') {
      await page.getByLabel('Period').selectOption('2023')
      await follow(
        page,
        page.getByRole('button', { name: 'Show figures' }),
        /^\/figures\/anti-social-behaviour\?period=2023$/,
        'Anti-social behaviour, 2023'
      )
    }
    const own = page.locator('main table tbody tr', { hasText: 'South Derbyshire' })
    expect(await rowCells(own)).toEqual([
      'South Derbyshire (your area) ◆',
      '1,695',
      '19.5',
      'Fell 6.9%',
      'second lowest of 9',
    ])
    expect(await page.locator('.govuk-inset-text').textContent()).toContain(
      'That is the second lowest rate of the nine areas.'
    )
  })

  test('records an ASB warning letter and sees it listed', async () => {
    const { page } = opened
    await follow(
      page,
      page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Actions' }),
      /^\/actions$/,
      'Actions'
    )
    await follow(
      page,
      page.getByRole('button', { name: 'Record an action' }),
      /^\/actions\/new$/,
      'Record an action'
    )
    await page.getByLabel('Power or intervention').selectOption({ label: 'ASB warning letter' })
    await fillDate(page, 'date', today)
    await page
      .getByLabel('Organisation that used it')
      .selectOption({ label: 'South Derbyshire District Council' })
    await page
      .getByLabel('Priority it serves (optional)')
      .selectOption({ label: 'ASB and Safer Spaces' })
    await page.getByLabel('Where (optional)').fill(place)
    await follow(
      page,
      page.getByRole('button', { name: 'Record action' }),
      /^\/actions\?done=recorded$/,
      'Actions'
    )
    expect(await banner(page)).toContain('Action recorded')
    // With JavaScript, govuk-frontend moves focus to the success banner, as the pattern asks.
    // The success banner's script moves focus to it once it starts.
    const bannerFocused = () =>
      page.evaluate(() => document.activeElement?.classList.contains('govuk-notification-banner'))
    if (js) await expect.poll(bannerFocused).toBe(true)
    else expect(await bannerFocused()).toBe(false)
    const listed = page.locator('table', { hasText: 'Recorded actions, newest first' })
    expect(await rowCells(listed.locator('tr', { hasText: place }))).toEqual([
      formatDate(today),
      'ASB warning letter',
      '1',
      'South Derbyshire District Council',
      place,
    ])
  })

  test('files a case-review application and takes it to a threshold decision', async () => {
    const { page } = opened
    await follow(
      page,
      page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Case reviews' }),
      /^\/case-reviews$/,
      'ASB Case Reviews'
    )
    await follow(
      page,
      page.getByRole('button', { name: 'Record an application' }),
      /^\/case-reviews\/new$/,
      'Record an application'
    )
    await fillDate(page, 'receivedOn', today)
    await page.getByLabel('Someone on the victim’s behalf').check()
    await page.getByLabel('Applicant’s name').fill(applicant)
    await page.getByLabel('Email address').fill('nina.newcomer@example.org')
    await page.getByLabel('The victim agreed to the application').check()
    await page.getByLabel('A person or household').check()
    await page.getByLabel('Victim’s name, if not the applicant').fill(`Victor Victim (${label})`)
    await page.getByLabel('Where it happens').fill('Alley behind 3 Market Street, Swadlincote')
    await page.getByLabel('What the applicant reports').fill('Groups shouting and throwing stones.')
    // Three complaints within the last six months, each reported within days of the behaviour.
    const complaints = [
      [daysBefore(today, 100), daysBefore(today, 99)],
      [daysBefore(today, 60), daysBefore(today, 58)],
      [daysBefore(today, 20), daysBefore(today, 19)],
    ] as const
    for (const [row, [behaviourOn, complainedOn]] of complaints.entries()) {
      if (row > 0) {
        await follow(
          page,
          page.getByRole('button', { name: 'Add another complaint' }),
          /^\/case-reviews\/new$/,
          'Record an application'
        )
        await page.locator(`#complaints-${row}-behaviourOn-day`).waitFor()
      }
      await fillDate(page, `complaints-${row}-behaviourOn`, behaviourOn)
      await fillDate(page, `complaints-${row}-complainedOn`, complainedOn)
      await page
        .locator(`#complaints-${row}-receivedBy`)
        .selectOption({ label: 'South Derbyshire District Council' })
    }
    // What was typed before the rows were added is still there.
    expect(await page.getByLabel('Applicant’s name').inputValue()).toBe(applicant)
    await follow(
      page,
      page.getByRole('button', { name: 'Record application' }),
      /^\/case-reviews\/[^/]+\?done=added$/,
      `Application received ${formatDate(today)}`
    )
    expect(await banner(page)).toContain('Application recorded')
    const caseId = new URL(page.url()).pathname.split('/').at(-1)!
    expect(await page.locator('main dl').textContent()).toContain(
      `${applicant} (on the victim’s behalf)`
    )

    await follow(
      page,
      page.getByRole('button', { name: 'Check the threshold' }),
      /\?done=evaluated$/,
      'Application received'
    )
    expect(await banner(page)).toContain('Threshold checked')
    const threshold = page.locator('#threshold ~ p').first()
    expect((await threshold.textContent())?.replace(/\s+/g, ' ')).toBe(
      'The check found: threshold met. The threshold is met: 3 qualifying complaints were made,' +
        ' and the review procedures require 3.'
    )
    await follow(
      page,
      page.getByRole('button', { name: 'Confirm: threshold met' }),
      /\?done=decided$/,
      'Application received'
    )
    expect(await banner(page)).toContain('Threshold decision recorded')
    const decided = (await page.locator('main').textContent())?.replace(/\s+/g, ' ')
    expect(decided).toContain(`Decided on ${formatDate(today)}, confirming the check.`)
    expect(await page.locator('#threshold ~ p .govuk-tag').first().textContent()).toBe(
      'Threshold met'
    )
    const deadline = page.locator('main table tr', {
      hasText: 'Decide whether the threshold is met',
    })
    expect(await deadline.locator('td').nth(1).textContent()).toContain(formatDate(today))

    // Back on the list, the application is there at its new stage.
    await follow(
      page,
      page.getByRole('link', { name: 'Back to case reviews' }),
      /^\/case-reviews$/,
      'ASB Case Reviews'
    )
    // Server-rendered links are relative (SvelteKit's paths.relative), so match the end.
    const listed = page.locator('main tbody tr', { has: page.locator(`a[href$="/${caseId}"]`) })
    expect(await listed.locator('td').first().textContent()).toBe('Threshold decided')
  })

  // Page errors, console errors (failed loads too) and, with JavaScript, CSP violations.
  test('nothing went wrong in the browser on the way', async () => {
    expect(await opened.problems()).toEqual([])
  })
})
