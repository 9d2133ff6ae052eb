// Once per test run: the API (PGlite takes seconds to start) and one Chromium that every test
// file connects to. The script in dist/ must be built first (`pnpm test` does).
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { scriptPath, startApi } from './api.ts'
import { chromiumOptions } from '@csp/browser-testing'

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string
    browserWsEndpoint: string
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(scriptPath)) throw new Error(`${scriptPath} is missing: run vite build first`)
  const api = await startApi()
  const browser = await chromium.launchServer(chromiumOptions)
  project.provide('apiUrl', api.url)
  project.provide('browserWsEndpoint', browser.wsEndpoint())
  return async () => {
    await browser.close()
    await api.close()
  }
}
