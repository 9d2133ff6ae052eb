import { axeViolations as runAxe, type AxeViolation } from '@csp/browser-testing'
import type { Page } from 'playwright-core'

export type { AxeViolation }

/**
 * Best practices about the host page's own outline, which an embedded widget must not supply:
 * a page of nothing but the snippet has no <main> and no <h1>.
 */
export const hostPageRules = ['landmark-one-main', 'page-has-heading-one']

/**
 * The widget's axe check: axe's default rules, WCAG 2.x A/AA and best practices alike, over the
 * whole document (open shadow roots too), less any `disabled`.
 */
export function axeViolations(page: Page, disabled: string[] = []): Promise<AxeViolation[]> {
  return runAxe(page, { disabled })
}
