// The acceptance journey for local monitoring: an analyst new to the portal imports
// two years of police.uk files, reaches Local areas from the dashboard, sees the flagged areas
// in the table and on the map, opens one area's chart and downloads the tasking list — with
// JavaScript off and on, axe finding nothing (it runs in the page, so with JavaScript on), and
// the pages' scripts within the budget.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { derbyshireGeography } from '@csp/domain/boundaries'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { streetHeader, streetLine } from '@csp/api/testing'
import { axeViolations } from './support/axe.ts'
import { connectBrowser, signedIn, signedInChoosingPassword } from './support/browser.ts'
import type { OpenedContext } from './support/browser.ts'
import { startOwnToolkit, type OwnToolkit } from './support/own-toolkit.ts'

const lsoas = derbyshireGeography().lsoas('E07000039')
const hot = derbyshireGeography().area(lsoas[0]!)!.name
const dir = mkdtempSync(join(tmpdir(), 'csp-local-'))

/**
 * A year of Derbyshire's anti-social behaviour in South Derbyshire: two rows a month in every
 * LSOA, and in the second year twelve a month in the first LSOA (a rise the test must flag).
 */
function yearFile(year: number, rising: boolean): string {
  const lines: string[] = []
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`
    const row = { month, district: 'South Derbyshire', crimeType: 'Anti-social behaviour' as const }
    lsoas.forEach((_, i) => {
      for (let n = 0; n < 2; n++) lines.push(streetLine(row, i))
    })
    if (rising) for (let n = 0; n < 10; n++) lines.push(streetLine(row, 0))
  }
  const path = join(dir, `${year}-derbyshire-street.csv`)
  writeFileSync(path, streetHeader + '\n' + lines.join(''))
  return path
}
const files = [yearFile(2023, false), yearFile(2024, true)]

let browser: Browser
// Two years of street files change every police.uk figure: this file has a toolkit of its own.
let own: OwnToolkit
const analyst = { email: `ana.${Date.now()}@example.org`, password: 'a temporary passphrase 42' }

beforeAll(async () => {
  browser = await connectBrowser()
  own = await startOwnToolkit()
  const admin = await signedIn(browser, { javaScriptEnabled: false, baseURL: own.portalUrl })
  const token = (await admin.context.cookies())[0]!.value
  await admin.context.close()
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
  const organisations = await (await fetch(`${own.apiUrl}/v1/organisations`, { headers })).json()
  const res = await fetch(`${own.apiUrl}/v1/users`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      email: analyst.email,
      name: 'Ana Analyst',
      role: 'analyst',
      organisationId: (organisations as { items: { id: string }[] }).items[0]!.id,
      password: analyst.password,
    }),
  })
  expect(res.status).toBe(201)
})

afterAll(async () => {
  await browser?.close()
  await own?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Clicks a link and waits for the page it leads to (loaded, or rendered by the router). */
async function follow(page: Page, name: string | RegExp, path: RegExp, h1: string | RegExp) {
  await Promise.all([
    page.waitForURL((url) => path.test(url.pathname), { timeout: 20_000 }),
    page.getByRole('link', { name }).first().click({ timeout: 20_000 }),
  ]).catch(async (error: unknown) => {
    await page.screenshot({ path: '/tmp/local-areas-fail.png' })
    throw new Error(`${String(error)} at ${page.url()}: ${await page.locator('h1').textContent()}`)
  })
  await page.locator('h1', { hasText: h1 }).waitFor()
}

describe.each([{ js: false }, { js: true }])('an analyst, JavaScript on: $js', ({ js }) => {
  let opened: OpenedContext

  beforeAll(async () => {
    const password = `${analyst.password} of my own`
    const baseURL = own.portalUrl
    opened = js
      ? await signedIn(browser, { javaScriptEnabled: js, baseURL }, { ...analyst, password })
      : await signedInChoosingPassword(
          browser,
          { javaScriptEnabled: js, baseURL },
          analyst,
          password
        )
  })

  afterAll(async () => {
    await opened?.context.close()
  })

  test('imports two years of files', { timeout: 120_000 }, async () => {
    const { page } = opened
    await page.goto('/imports')
    await page.getByLabel('Street-level CSV files').setInputFiles(files)
    await Promise.all([
      page.waitForURL('**/imports?imported=*', { timeout: 110_000 }),
      page.getByRole('button', { name: 'Import files' }).click(),
    ])
    expect(await page.locator('.govuk-notification-banner__heading').textContent()).toBe(
      '2 files imported'
    )
  })

  test('reaches Local areas from the dashboard and sees the rise in table and map', async () => {
    const { page } = opened
    await page.goto('/')
    await follow(page, 'Local areas', /^\/local-areas$/, 'Local areas')
    await page.getByLabel('Areas').selectOption('lsoa')
    await Promise.all([
      page.waitForURL((url) => url.search.includes('level=lsoa')),
      page.getByRole('button', { name: 'Show areas' }).click(),
    ])
    await page.locator('caption', { hasText: 'change by LSOA' }).waitFor()
    const row = page.locator('main table tbody tr', { hasText: hot })
    expect(await row.locator('.govuk-tag').textContent()).toContain('Increase')
    const flaggedOnMap = page.locator('svg a[aria-label*="significant increase"]')
    expect(await flaggedOnMap.count()).toBeGreaterThanOrEqual(1)
    expect(await flaggedOnMap.first().getAttribute('aria-label')).toContain(hot)
    expect(await page.locator('figcaption').textContent()).toMatch(
      /Office for National Statistics|ONS/
    )
    if (js) expect(await axeViolations(page)).toEqual([])
  })

  test('opens the area’s chart, with its table twin', async () => {
    const { page } = opened
    await follow(page, new RegExp(`^${hot}$`), /^\/local-areas\/E0/, hot)
    expect(await page.locator('svg[role="img"] polyline').count()).toBeGreaterThan(0)
    const months = page.locator('main table tbody tr')
    expect(await months.count()).toBe(36)
    expect(await months.last().locator('td').first().textContent()).toContain('12')
    if (js) expect(await axeViolations(page)).toEqual([])
  })

  test('downloads the tasking list', async () => {
    const { page } = opened
    await page.goto('/local-areas')
    await follow(page, 'Hot spots and the tasking list', /^\/local-areas\/hot-spots$/, 'Hot spots')
    expect(await page.locator('main table tbody tr').first().textContent()).toContain(hot)
    if (js) expect(await axeViolations(page)).toEqual([])
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the tasking list as CSV' }).click(),
    ])
    const saved = join(dir, `tasking-${js}.csv`)
    await download.saveAs(saved)
    const csv = readFileSync(saved, 'utf8')
    expect(csv.split('\r\n')[0]).toMatch(/^rank,unit,name,count,persistence,/)
    expect(csv.split('\r\n')[1]).toContain(hot)
  })

  test.runIf(js)('each Local areas page loads at most 60 kB of gzipped scripts', async () => {
    for (const path of ['/local-areas', `/local-areas/${lsoas[0]}`, '/local-areas/hot-spots']) {
      const page = await opened.context.newPage()
      const scripts = new Map<string, number>()
      page.on('response', async (response) => {
        if (!response.url().endsWith('.js')) return
        const body = await response.body().catch(() => null)
        if (body) scripts.set(response.url(), gzipSync(body).length)
      })
      await page.goto(path, { waitUntil: 'networkidle' })
      const total = [...scripts.values()].reduce((a, b) => a + b, 0)
      console.info(`${path}: ${scripts.size} scripts, ${(total / 1024).toFixed(1)} kB gzipped`)
      expect(total).toBeLessThanOrEqual(60 * 1024)
      await page.close()
    }
  })
})
