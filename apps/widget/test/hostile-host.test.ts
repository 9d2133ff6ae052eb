import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { connectBrowser, openPage, shadowRootOf, waitForTable } from './support/browser.ts'
import { htmlPage, snippet, startHost, type HostServer } from './support/host.ts'
import { describeTree, keyStyles, meaningfulAttributes, pngSize } from './support/inspect.ts'
import { hostileCss, hostLayoutCss, strictCsp } from './support/pages.ts'

// The same widget on a plain page, on a page whose CSS attacks everything it can reach, and on
// a page with a strict Content-Security-Policy (and the same hostile CSS) must look and read
// the same: same shadow tree, same computed styles, same size.

let browser: Browser
let host: HostServer
const api = inject('apiUrl')

beforeAll(async () => {
  browser = await connectBrowser()
  host = await startHost({
    '/plain': { body: htmlPage({ head: `<style>${hostLayoutCss}</style>`, body: snippet(api) }) },
    '/hostile': {
      body: htmlPage({
        head: `<style>${hostLayoutCss}${hostileCss}</style>`,
        body: `<main><h1>Hostile</h1>${snippet(api)}</main>`,
      }),
    },
    '/strict': {
      headers: { 'Content-Security-Policy': strictCsp(api) },
      body: htmlPage({
        head: '<link rel="stylesheet" href="/host.css">',
        body: snippet(api),
      }),
    },
    '/host.css': { headers: { 'Content-Type': 'text/css' }, body: hostLayoutCss + hostileCss },
    // No style-src at all, and the script twice: Svelte's Trusted Types policy is created once.
    '/strictest': {
      headers: {
        'Content-Security-Policy': strictCsp(api).replace("style-src 'self'", "style-src 'none'"),
      },
      body: htmlPage({ body: `${snippet(api)}\n${snippet(api)}` }),
    },
  })
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

async function render(path: string) {
  const { page, problems } = await openPage(browser, `${host.url}${path}`)
  await waitForTable(page)
  const root = await shadowRootOf(page)
  const result = {
    tree: await page.evaluate(describeTree, [root, meaningfulAttributes] as const),
    styles: await page.evaluate(keyStyles, root),
    size: pngSize(await page.locator('csp-crime-table').screenshot()),
    problems: await problems(),
  }
  await page.context().close()
  return result
}

describe('one rendering whatever the host page', () => {
  let plain: Awaited<ReturnType<typeof render>>
  beforeAll(async () => {
    plain = await render('/plain')
  })

  test('the plain page renders the table at the size the page gives it', () => {
    expect(plain.problems).toEqual([])
    expect(plain.styles['table display']).toBe('table')
    expect(plain.styles['.csp font-size']).toBe('16px')
    expect(plain.size.width).toBe(640)
    expect(plain.size.height).toBeGreaterThan(400)
  })

  test.each(['/hostile', '/strict'])('%s renders identically', async (path) => {
    const other = await render(path)
    expect(other.tree).toEqual(plain.tree)
    expect(other.styles).toEqual(plain.styles)
    expect(other.size).toEqual(plain.size)
  })

  test('the strict Content-Security-Policy blocks nothing the widget does', async () => {
    const strict = await render('/strict')
    expect(strict.problems).toEqual([])
  })

  test('the widget needs no style-src at all, and loading the script twice is harmless', async () => {
    const { page, problems } = await openPage(browser, `${host.url}/strictest`)
    await waitForTable(page, 0)
    await waitForTable(page, 1)
    const styles = await page.evaluate(keyStyles, await shadowRootOf(page, 1))
    expect(styles['.csp font-size']).toBe('16px')
    expect(styles['tr:has(.csp-you) > th background-color']).toBe('rgb(255, 242, 168)')
    expect(await problems()).toEqual([])
    await page.context().close()
  })

  test('…and is enforced: the <style> element Svelte would have injected is refused', async () => {
    const { page, problems } = await openPage(browser, `${host.url}/strict`)
    await waitForTable(page)
    const applied = await page.locator('csp-crime-table').evaluate((host) => {
      const style = document.createElement('style')
      style.textContent = '.csp { color: rgb(1, 2, 3) }'
      host.shadowRoot!.append(style)
      return getComputedStyle(host.shadowRoot!.querySelector('.csp')!).color
    })
    expect(applied).toBe('rgb(11, 12, 12)')
    await expect.poll(problems).toContain('CSP: style-src-elem blocked inline')
    await page.context().close()
  })
})
