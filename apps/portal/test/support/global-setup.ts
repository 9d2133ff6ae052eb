// Once per run: the API (PGlite takes seconds to start), the built portal in front of it, and
// one Chromium that every test file connects to.
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { startApi } from './api.ts'
import { chromiumOptions } from './chromium.ts'
import { startPortal } from './portal.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string
    portalUrl: string
    browserWsEndpoint: string
  }
}

export default async function setup(project: TestProject) {
  const api = await startApi()
  const portal = await startPortal(api.url)
  const browser = await chromium.launchServer(chromiumOptions)
  project.provide('apiUrl', api.url)
  project.provide('portalUrl', portal.url)
  project.provide('browserWsEndpoint', browser.wsEndpoint())
  return async () => {
    await browser.close()
    await portal.close()
    await api.close()
  }
}
