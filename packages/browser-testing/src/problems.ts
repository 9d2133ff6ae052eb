import type { BrowserContext, Page } from 'playwright-core'

/**
 * Records what goes wrong on `page`: uncaught errors, console errors and, from every page and
 * frame of `context`, Content-Security-Policy violations (`CSP: <directive> blocked <what>`).
 * Call it before the page loads anything; the returned function reads what was seen so far.
 */
export async function recordProblems(
  context: BrowserContext,
  page: Page
): Promise<() => Promise<string[]>> {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  // Reported from the page as it loads, before any of its own scripts (and with JS off, never).
  await context.exposeBinding('__cspViolation', (_source, text: string) => problems.push(text))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation?: (text: string) => void })
        .__cspViolation
      report?.(`CSP: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`)
    })
  })
  return async () => [...problems]
}
