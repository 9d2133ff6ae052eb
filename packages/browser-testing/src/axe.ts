import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

/** One axe violation, with the selectors of the elements it was found on. */
export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/** WCAG 2.0–2.2 at levels A and AA, and axe's best practices. */
export const wcagAndBestPractice = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
]

/** What {@link axeViolations} runs. */
export interface AxeOptions {
  /** Only the rules with these tags (default: axe's default rules). */
  tags?: readonly string[]
  /** Rules left out, e.g. the host-page rules an embedded widget must not satisfy. */
  disabled?: readonly string[]
}

/**
 * Runs axe over the page (open shadow roots included) and returns the violations. axe goes in
 * through the DevTools protocol, so the page's Content-Security-Policy does not stop it.
 */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  let builder = new AxeBuilder({ page })
  if (options.tags) builder = builder.withTags([...options.tags])
  if (options.disabled?.length) builder = builder.disableRules([...options.disabled])
  const results = await builder.analyze()
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    targets: v.nodes.map((n) => JSON.stringify(n.target)),
  }))
}
