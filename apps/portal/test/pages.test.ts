// Every page: axe finds nothing (WCAG 2.2 A/AA and best practice), one h1, a skip link first,
// nothing blocked by the Content-Security-Policy, and no sideways scrolling at 320 CSS pixels
// (WCAG 1.4.10), with JavaScript and without.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import {
  admin,
  connectBrowser,
  horizontalOverflow,
  openContext,
  type OpenedContext,
} from './support/browser.ts'

const pages = [
  { path: '/', h1: 'Dashboard' },
  { path: '/figures', h1: 'Figures' },
  { path: '/figures/anti-social-behaviour', h1: 'Anti-social behaviour, 2024' },
  { path: '/figures/hate-crime?period=2023', h1: 'Hate crime, 2023' },
  { path: '/local-areas', h1: 'Local areas' },
  { path: '/local-areas/hot-spots', h1: 'Hot spots: Anti-social behaviour (police.uk)' },
  { path: '/plan', h1: 'South Derbyshire CSP Partnership Plan 2023-26' },
  { path: '/embed', h1: 'Embed the figures on a website' },
  {
    path: '/embed?measure=hate-crime&period=1999&highlight=',
    h1: 'Embed the figures on a website',
  },
  { path: '/figures/no-such-measure', h1: 'Page not found' },
  { path: '/case-reviews', h1: 'ASB Case Reviews' },
  { path: '/case-reviews/new', h1: 'Record an application' },
  { path: '/case-reviews/annual-return', h1: 'Annual return' },
  { path: '/case-reviews/annual-return?year=2025', h1: 'Annual return' },
  // A day that does not exist is ignored: the page shows the latest return.
  { path: '/case-reviews/annual-return?from=2025-02-30&to=2025-03-31', h1: 'Annual return' },
  { path: '/actions', h1: 'Actions' },
  { path: '/actions/new', h1: 'Record an action' },
  { path: '/pspos', h1: 'Public Spaces Protection Orders' },
  { path: '/pspos/new', h1: 'Add an order' },
  { path: '/imports', h1: 'Import police.uk data' },
  { path: '/admin', h1: 'Users and organisations' },
  { path: '/admin/users/new', h1: 'Add a user' },
  { path: '/admin/organisations/new', h1: 'Add an organisation' },
  { path: '/admin/case-review-settings', h1: 'Threshold policy and timescales' },
  { path: '/admin/partnership', h1: 'Partnership and statutory dates' },
]

let browser: Browser
// One signed-in session per JavaScript setting, shared by the page checks; its problems()
// collects the CSP violations of every page opened in it.
const sessions = new Map<boolean, OpenedContext>()

async function session(js: boolean) {
  return (await opened(js)).context
}

async function opened(js: boolean): Promise<OpenedContext> {
  let session = sessions.get(js)
  if (!session) {
    const opened = await openContext(browser, { javaScriptEnabled: js })
    await opened.page.goto('/sign-in')
    await opened.page.locator('#email').fill(admin.email)
    await opened.page.locator('#password').fill(admin.password)
    await Promise.all([
      opened.page.waitForURL((url) => url.pathname === '/'),
      opened.page.getByRole('button', { name: 'Sign in' }).click(),
    ])
    await opened.page.close()
    session = opened
    sessions.set(js, session)
  }
  return session
}

beforeAll(async () => {
  browser = await connectBrowser()
})

afterAll(async () => {
  for (const { context } of sessions.values()) await context.close()
  await browser?.close()
})

describe.each(pages)('$path', ({ path, h1 }) => {
  test('passes axe, has one h1 and a skip link, and breaks no CSP rule', async () => {
    const withJs = await opened(true)
    const violationsBefore = (await withJs.problems()).length
    const page = await withJs.context.newPage()
    const errors: string[] = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    expect(await page.locator('h1').allTextContents()).toEqual([h1])
    const first = await page.evaluate(() => {
      const link = document.querySelector('a, button, input, select, textarea')
      return link ? [link.className, link.getAttribute('href')] : null
    })
    expect(first).toEqual(['govuk-skip-link', '#main-content'])
    // Reported by the context's listener (see openContext), before axe adds its own script.
    const violations = (await withJs.problems()).slice(violationsBefore)
    expect(violations.filter((p) => p.startsWith('CSP:'))).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    // A missing page answers 404, which Chromium logs; nothing else may appear.
    expect(errors.filter((e) => !e.includes('404'))).toEqual([])
    await page.close()
  })

  test.each([true, false])('reflows at 320 CSS pixels (JavaScript %s)', async (js) => {
    const context = await session(js)
    const page = await context.newPage()
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(path)
    expect(await page.locator('h1').textContent()).toBe(h1)
    expect(await horizontalOverflow(page)).toBe(0)
    await page.close()
  })
})

test('the sign-in page passes axe too, with errors showing', async () => {
  const { context, page } = await openContext(browser)
  await page.goto('/sign-in')
  expect(await axeViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.locator('.govuk-error-summary').waitFor()
  expect(await axeViolations(page)).toEqual([])
  await page.setViewportSize({ width: 320, height: 640 })
  expect(await horizontalOverflow(page)).toBe(0)
  await context.close()
})

test('the axe check can fail: it finds a planted image without alt text', async () => {
  const context = await session(true)
  const page = await context.newPage()
  await page.goto('/plan')
  // After hydration, which would drop a node the server did not render.
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => {
    const image = document.createElement('img')
    image.src = '/favicon.svg'
    document.querySelector('main')!.append(image)
  })
  expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt')
  await page.close()
})
