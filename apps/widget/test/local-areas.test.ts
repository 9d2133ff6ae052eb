// <csp-local-areas>: the second element. Its own script (within the 20 kB budget), the
// district's wards as a map from the API's TopoJSON and a table of the API's change rows, a
// flagged ward marked by pattern and named for screen readers; axe finds nothing; an error is
// said, never a blank box.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { derbyshireGeography } from '@csp/domain/boundaries'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { connectBrowser, openPage } from './support/browser.ts'
import { htmlPage, jsonReply, startHost, type HostServer } from './support/host.ts'

const script = readFileSync(new URL('../dist/csp-local-areas.js', import.meta.url))
const geography = derbyshireGeography()
const district = 'E07000039'
const wards = geography.wards(district)
const risen = wards[0]!
const risenName = geography.area(risen)!.name

const changes = {
  area: {
    code: district,
    name: 'South Derbyshire',
    kind: 'district',
    districtCode: district,
    note: null,
  },
  measure: 'police-uk.anti-social-behaviour',
  window: 'rolling-12',
  month: '2024-12',
  current: { from: '2024-01', to: '2024-12', months: [] },
  baseline: { from: '2023-01', to: '2023-12', months: [] },
  rows: wards.map((code, i) => ({
    area: code,
    name: geography.area(code)!.name,
    kind: 'ward',
    current: i === 0 ? 144 : 24,
    baseline: 24,
    difference: i === 0 ? 120 : 0,
    flag: i === 0 ? 'increase' : null,
  })),
  source: { publisher: 'police.uk', title: 'police.uk street-level crime data', note: 'OGL v3.0.' },
  suppression: { threshold: 5, rule: 'Counts from 1 to 4 are not shown.' },
}

let browser: Browser
let host: HostServer

beforeAll(async () => {
  browser = await connectBrowser()
  host = await startHost({
    '/csp-local-areas.js': { headers: { 'Content-Type': 'text/javascript' }, body: script },
    [`/v1/areas/${district}/changes`]: jsonReply(changes),
    [`/v1/geography/${district}.topojson`]: jsonReply(geography.districtTopology(district)),
    '/v1/areas/E07000036/changes': jsonReply(
      { title: 'Not found', detail: 'No police.uk data is imported yet.' },
      404
    ),
    '/v1/geography/E07000036.topojson': jsonReply(geography.districtTopology('E07000036')),
  })
  const page = (code: string) => ({
    body: htmlPage({
      body: `<main><h1>Our area</h1><script src="/csp-local-areas.js" defer></script>
<csp-local-areas district="${code}" measure="police-uk.anti-social-behaviour" api="${host.url}"></csp-local-areas></main>`,
    }),
  })
  host.route('/ok', page(district))
  host.route('/none', page('E07000036'))
})

afterAll(async () => {
  await host?.close()
  await browser?.close()
})

test('csp-local-areas.js is at most 20 kB gzipped (level 9) and bundles no geometry', () => {
  const gzipped = gzipSync(script, { level: 9 }).length
  console.info(`csp-local-areas.js: ${gzipped} bytes gzipped`)
  expect(gzipped).toBeLessThanOrEqual(20_000)
  expect(script.toString('utf8')).not.toContain(risen)
})

test('draws the wards from the API and lists the same figures, the rise marked', async () => {
  const { page, problems } = await openPage(browser, `${host.url}/ok`)
  const element = page.locator('csp-local-areas')
  await element.locator('table').waitFor()
  expect(await element.locator('svg path[role="img"]').count()).toBe(wards.length)
  const flagged = element.locator('svg path[aria-label*="significant increase"]')
  expect(await flagged.count()).toBe(1)
  expect(await flagged.getAttribute('aria-label')).toBe(
    `${risenName}: 144 against 24, significant increase`
  )
  expect(await flagged.getAttribute('fill')).toBe('url(#u)')
  const row = element.locator('tbody tr', { hasText: risenName })
  expect(await row.locator('td').allTextContents()).toEqual(['144', '24', '120', 'Increase'])
  expect(await element.locator('p.s').last().textContent()).toContain(
    'Office for National Statistics'
  )
  await flagged.focus()
  expect(await axeViolations(page)).toEqual([])
  expect(await problems()).toEqual([])
  await page.context().close()
})

test('says why the figures could not be loaded', async () => {
  const { page } = await openPage(browser, `${host.url}/none`)
  const alert = page.locator('csp-local-areas [role="alert"]')
  await alert.waitFor()
  expect(await alert.textContent()).toBe(
    'The local figures could not be loaded: No police.uk data is imported yet.'
  )
  await page.context().close()
})
