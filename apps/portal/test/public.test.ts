// The public's side, signed out: every route of the portal is walked; the public's pages answer
// 200 with a title, a description, a canonical address and cache headers (and 304 when the
// browser has them), pass axe with and without JavaScript; every partner page sends the visitor
// to sign in.
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { connectBrowser, horizontalOverflow, openContext, portal } from './support/browser.ts'

const routesDir = fileURLToPath(new URL('../src/routes', import.meta.url))

/** Every page route of the portal, from the files SvelteKit routes (`+page.svelte`). */
function allRoutes(dir = routesDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return allRoutes(path)
    if (name !== '+page.svelte') return []
    return [`/${relative(routesDir, dir)}`.replace(/\/$/, '') || '/']
  })
}

// A sample value for each dynamic segment.
const samples: Record<string, string> = {
  '[measure]': 'anti-social-behaviour',
  '[id]': '0b6f3c1e-8d2a-4d55-9a57-5f1f1d0c2a11',
}
const concrete = (route: string) => route.replace(/\[\w+\]/g, (segment) => samples[segment] ?? 'x')

/** The public's pages and their h1. */
const publicPages: Record<string, string> = {
  '/': 'South Derbyshire Community Safety Partnership',
  '/partnership': 'The partnership and its members',
  '/plan': 'South Derbyshire CSP Partnership Plan 2023-26',
  '/crime-figures': 'Figures',
  '/crime-figures/anti-social-behaviour': 'Anti-social behaviour, 2024',
  '/asb-case-reviews': 'ASB Case Reviews',
  '/asb-case-reviews/how-to-apply': 'Apply for an ASB Case Review',
  '/asb-case-reviews/apply': 'Are you the victim of the anti-social behaviour?',
  '/asb-case-reviews/status': 'Check the progress of your application',
  '/asb-case-reviews/privacy': 'Privacy notice: ASB Case Review applications',
  '/contacts': 'Contacts',
}
// Open to everyone, but not the public's content: signing in and out.
const signInPages = new Set(['/sign-in', '/sign-in/code', '/sign-out'])

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${portal()}${path}`, { redirect: 'manual', headers: { Accept: 'text/html', ...headers } })

describe('signed out, every route', () => {
  const routes = allRoutes().map(concrete)

  test('the walk covers the public pages and the partners’ pages', () => {
    expect(routes).toEqual(expect.arrayContaining(Object.keys(publicPages)))
    expect(routes).toEqual(expect.arrayContaining(['/case-reviews', '/admin', '/figures']))
  })

  test.each(routes.filter((r) => !publicPages[r] && !signInPages.has(r)))(
    'partner page %s sends the visitor to sign in',
    async (path) => {
      const res = await get(path)
      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toMatch(/^\/sign-in(\?|$)/)
    }
  )

  test.each(Object.keys(publicPages))(
    'public page %s: 200, title, description, canonical, cacheable',
    async (path) => {
      const res = await get(path)
      expect(res.status).toBe(200)
      const html = await res.text()
      expect(html).toMatch(/<title>[^<]+ – CSP Toolkit<\/title>/)
      expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/)
      expect(html).toContain(`<link rel="canonical" href="${portal()}${path}"`)
      expect(res.headers.get('cache-control')).toBe('public, max-age=300')
      const etag = res.headers.get('etag')
      expect(etag).toMatch(/^"[\w-]+"$/)
      const again = await get(path, { 'If-None-Match': etag! })
      expect(again.status).toBe(304)
    }
  )
})

let browser: Browser

beforeAll(async () => {
  browser = await connectBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe.each([true, false])('the public pages, JavaScript %s', (js) => {
  test.each(Object.entries(publicPages))(
    '%s has its one h1, passes axe, reflows at 320 pixels',
    async (path, h1) => {
      const { context, page, problems } = await openContext(browser, { javaScriptEnabled: js })
      await page.goto(path)
      if (js) await page.waitForLoadState('networkidle')
      expect(await page.locator('h1').allTextContents()).toEqual([h1])
      // axe runs in the page: with JavaScript on (the markup is the same without it).
      if (js) expect(await axeViolations(page)).toEqual([])
      await page.setViewportSize({ width: 320, height: 640 })
      expect(await horizontalOverflow(page)).toBe(0)
      expect(await problems()).toEqual([])
      await context.close()
    }
  )
})
