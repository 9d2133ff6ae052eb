import {
  axeViolations as runAxe,
  wcagAndBestPractice,
  type AxeViolation,
} from '@csp/browser-testing'
import type { Page } from 'playwright-core'

export type { AxeViolation }

/** The portal's axe check: WCAG 2.0–2.2 A and AA and axe's best practices, over the page. */
export function axeViolations(page: Page): Promise<AxeViolation[]> {
  return runAxe(page, { tags: wcagAndBestPractice })
}
