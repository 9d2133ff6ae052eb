// The main flows by keyboard alone, with a visible focus indicator on everything reached.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { admin, connectBrowser, openContext } from './support/browser.ts'

let browser: Browser

beforeAll(async () => {
  browser = await connectBrowser()
})

afterAll(async () => {
  await browser?.close()
})

interface Focused {
  tag: string
  text: string
  id: string
  /** What shows the focus: an outline, a box shadow or the yellow background. */
  indicator: string | null
  visible: boolean
}

/** The focused element and how its focus shows (GOV.UK: yellow, black underline or outline). */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) {
      return { tag: 'body', text: '', id: '', indicator: null, visible: false }
    }
    const style = getComputedStyle(element)
    const indicator =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
        ? `outline ${style.outlineWidth} ${style.outlineColor}`
        : style.boxShadow !== 'none'
          ? `box-shadow ${style.boxShadow}`
          : style.backgroundColor === 'rgb(255, 221, 0)'
            ? 'yellow background'
            : null
    const box = element.getBoundingClientRect()
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
      id: element.id,
      indicator,
      visible: box.width > 0 && box.height > 0,
    }
  })
}

/** Presses Tab (or `key`) until the focused element matches, checking each stop shows its focus. */
async function tabTo(
  page: Page,
  matches: (f: Focused) => boolean,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  limit = 40
): Promise<Focused> {
  let previous = ''
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key)
    const now = await focused(page)
    expect(
      now.indicator,
      `no visible focus on ${now.tag} "${now.text}" after "${previous}" on ${page.url()}`
    ).not.toBeNull()
    previous = `${now.tag} ${now.text}`
    expect(now.visible, `${now.tag} "${now.text}" is focused but not shown`).toBe(true)
    if (matches(now)) return now
  }
  throw new Error('never reached the element by Tab')
}

test.each([true, false])(
  'sign in, go to a measure and switch its period by keyboard (JavaScript %s)',
  async (js) => {
    const { context, page } = await openContext(browser, { javaScriptEnabled: js })
    await page.goto('/sign-in')

    // The skip link comes first, shows when focused, and moves on to the main content.
    const skip = await tabTo(page, () => true)
    expect(skip.text).toBe('Skip to main content')
    await page.keyboard.press('Enter')
    // With JavaScript, the router moves to the fragment after the key event has returned.
    await page.waitForURL((url) => url.hash === '#main-content')
    expect(new URL(page.url()).hash).toBe('#main-content')

    await tabTo(page, (f) => f.id === 'email')
    await page.keyboard.type(admin.email)
    await tabTo(page, (f) => f.id === 'password')
    await page.keyboard.type(admin.password)
    await tabTo(page, (f) => f.text === 'Sign in')
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/'),
      page.keyboard.press('Enter'),
    ])

    // The skip link's #main-content carries over the redirect, so the dashboard opens at its
    // main content: the navigation is behind.
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Figures', 'Shift+Tab')
    await Promise.all([page.waitForURL('**/figures'), page.keyboard.press('Enter')])
    await tabTo(page, (f) => f.tag === 'a' && f.text.startsWith('Anti-social behaviour'))
    await Promise.all([
      page.waitForURL('**/figures/anti-social-behaviour'),
      page.keyboard.press('Enter'),
    ])
    expect(await page.locator('h1').textContent()).toBe('Anti-social behaviour, 2024')

    await tabTo(page, (f) => f.id === 'period')
    // Arrow keys change a closed select's value in Chromium, without opening it.
    await page.keyboard.press('ArrowDown')
    expect(await page.locator('#period').inputValue()).toBe('2023')
    await tabTo(page, (f) => f.text === 'Show figures')
    await Promise.all([
      page.waitForURL('**/figures/anti-social-behaviour?period=2023'),
      page.keyboard.press('Enter'),
    ])
    expect(await page.locator('h1').textContent()).toBe('Anti-social behaviour, 2023')

    // The table's scrolling region is reachable too, and so is sign out.
    await tabTo(page, (f) => f.tag === 'div' && f.id === '')
    await page.goto('/')
    await tabTo(page, (f) => f.text === 'Sign out')
    await Promise.all([page.waitForURL('**/sign-in'), page.keyboard.press('Enter')])
    await context.close()
  }
)

test('the error summary links take the keyboard to the field', async () => {
  const { context, page } = await openContext(browser)
  await page.goto('/sign-in')
  await tabTo(page, (f) => f.text === 'Sign in')
  await page.keyboard.press('Enter')
  await page.locator('.govuk-error-summary').waitFor()
  // govuk-frontend puts focus on the summary; the first link is one Tab away.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.className))
    .toContain('govuk-error-summary')
  const link = await tabTo(page, (f) => f.tag === 'a')
  expect(link.text).toBe('Enter your email address')
  await page.keyboard.press('Enter')
  expect((await focused(page)).id).toBe('email')
  await context.close()
})
