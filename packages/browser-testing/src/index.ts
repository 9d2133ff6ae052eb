// The portal's and the widget's browser tests share these; each app keeps what is its own.
export { axeViolations, wcagAndBestPractice, type AxeOptions, type AxeViolation } from './axe.ts'
export { chromiumOptions } from './chromium.ts'
export { recordProblems } from './problems.ts'
