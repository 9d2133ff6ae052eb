import { createRequire } from 'node:module'
import type { AxeResults, RunOptions } from 'axe-core'
import type { Page } from 'playwright-core'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/**
 * Best practices about the host page's own outline, which an embedded widget must not supply:
 * a page of nothing but the snippet has no <main> and no <h1>.
 */
export const hostPageRules = ['landmark-one-main', 'page-has-heading-one']

/**
 * Runs axe-core over the whole document (it audits open shadow roots too) with its default
 * rules, WCAG 2.x A/AA and best practices alike, less any `disabled`, and returns the
 * violations.
 */
export async function axeViolations(page: Page, disabled: string[] = []): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath })
  return page.evaluate(async (disabled) => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: RunOptions): Promise<AxeResults> }
    }
    const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]))
    const results = await axe.run(document, { rules })
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }))
  }, disabled)
}
