// Once per run: the API (PGlite takes seconds to start), the built portal in front of it, and
// one Chromium that every test file connects to.
import { randomBytes } from 'node:crypto'
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { startApi } from './api.ts'
import { startMailServer } from './mail.ts'
import { chromiumOptions } from './chromium.ts'
import { startPortal } from './portal.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string
    portalUrl: string
    browserWsEndpoint: string
    /** The secret the suite's portal and API share (CSP_PORTAL_SECRET). */
    portalSecret: string
    /** Where the suite's SMTP server writes each message it receives, one file each. */
    mailDir: string
  }
}

export default async function setup(project: TestProject) {
  const running = process.env['CSP_PORTAL_URL']
  if (running) return useRunningToolkit(project, running)
  // As `npm start` does: a secret per run, for the portal to sign each sign-in's address with.
  const portalSecret = randomBytes(32).toString('base64url')
  const mail = await startMailServer()
  const api = await startApi({
    CSP_PORTAL_SECRET: portalSecret,
    CSP_SMTP_URL: mail.url,
    CSP_MAIL_FROM: 'csp-toolkit@example.org',
    CSP_PARTNERSHIP_INBOX: 'community.safety@example.org',
  })
  const portal = await startPortal(api.url, { CSP_PORTAL_SECRET: portalSecret })
  const browser = await chromium.launchServer(chromiumOptions)
  project.provide('apiUrl', api.url)
  project.provide('portalUrl', portal.url)
  project.provide('browserWsEndpoint', browser.wsEndpoint())
  project.provide('portalSecret', portalSecret)
  project.provide('mailDir', mail.dir)
  return async () => {
    await mail.close()
    await browser.close()
    await portal.close()
    await api.close()
  }
}

/**
 * With CSP_PORTAL_URL set (and CSP_API_URL, CSP_ADMIN_EMAIL, CSP_ADMIN_PASSWORD as `npm start`
 * printed them), the tests drive that toolkit instead of starting their own: how the
 * newcomer's journey is checked against a fresh `npm start`. Only test/newcomer.test.ts expects
 * nothing beyond the seed.
 */
async function useRunningToolkit(project: TestProject, portalUrl: string) {
  const browser = await chromium.launchServer(chromiumOptions)
  project.provide('apiUrl', process.env['CSP_API_URL'] ?? 'http://localhost:8787')
  project.provide('portalUrl', portalUrl.replace(/\/$/, ''))
  project.provide('browserWsEndpoint', browser.wsEndpoint())
  project.provide('portalSecret', process.env['CSP_PORTAL_SECRET'] ?? '')
  project.provide('mailDir', '')
  return () => browser.close()
}
