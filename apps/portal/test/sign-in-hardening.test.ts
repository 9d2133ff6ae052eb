// Sign-in as an attacker would try it: many wrong passwords from one address must not lock out
// people elsewhere, an unreachable API must not stop signing out, and odd requests get a plain
// answer rather than a 500. The lockout tests run against an API with the limits a deployment
// has (the suite's shared API raises them, as every test signs in from 127.0.0.1).
import { randomBytes } from 'node:crypto'
import { request } from 'node:http'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startApi, type RunningApi } from './support/api.ts'
import { admin, connectBrowser, openContext, portal, signedIn } from './support/browser.ts'
import { startPortal, type RunningPortal } from './support/portal.ts'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
}

/**
 * A form post over a connection from `localAddress` (any 127.x address reaches the portal on
 * 127.0.0.1): a person somewhere else than the browser the tests drive.
 */
function postFrom(
  localAddress: string,
  url: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {}
): Promise<Answer> {
  const body = new URLSearchParams(fields).toString()
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        localAddress,
        headers: {
          Origin: new URL(url).origin,
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }))
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

let browser: Browser

beforeAll(async () => {
  browser = await connectBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('a stranger’s failed sign-ins', () => {
  let api: RunningApi
  let own: RunningPortal

  beforeAll(async () => {
    const secret = randomBytes(32).toString('base64url')
    api = await startApi({ CSP_PORTAL_SECRET: secret, CSP_TEST_DEFAULT_LIMITS: '1' })
    own = await startPortal(api.url, { CSP_PORTAL_SECRET: secret })
  })

  afterAll(async () => {
    await own?.close()
    await api?.close()
  })

  const adminSignsIn = async () => {
    const { context, page } = await openContext(browser, {
      baseURL: own.url,
      javaScriptEnabled: false,
    })
    await page.goto('/sign-in')
    await page.locator('#email').fill(admin.email)
    await page.locator('#password').fill(admin.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForLoadState()
    const path = new URL(page.url()).pathname
    const error =
      path === '/sign-in' ? await page.locator('.govuk-error-summary').textContent() : ''
    await context.close()
    return { path, error }
  }

  test(
    '100 wrong passwords with random emails from one address leave the real admin able to sign in',
    { timeout: 300_000 },
    async () => {
      for (let i = 0; i < 100; i++) {
        const email = `${randomBytes(6).toString('hex')}@example.org`
        const answer = await postFrom('127.0.0.2', `${own.url}/sign-in`, {
          email,
          password: `wrong guess ${i}`,
        })
        expect(answer.status, `attempt ${i + 1}`).toBe(400)
      }
      expect(await adminSignsIn()).toEqual({ path: '/', error: '' })
    }
  )

  test('five wrong passwords for the admin’s own email do not lock the admin out', async () => {
    for (let i = 0; i < 6; i++) {
      await postFrom('127.0.0.3', `${own.url}/sign-in`, {
        email: admin.email,
        password: `wrong guess ${i}`,
      })
    }
    const locked = await postFrom('127.0.0.3', `${own.url}/sign-in`, {
      email: admin.email,
      password: admin.password,
    })
    expect(locked.status).toBe(429)
    expect(await adminSignsIn()).toEqual({ path: '/', error: '' })
  })
})

test('signing out clears the cookie even when the API cannot be reached', async () => {
  // Nothing listens on port 9 (discard): every call to the API fails to connect.
  const orphan = await startPortal('http://127.0.0.1:9', {
    CSP_PORTAL_SECRET: randomBytes(32).toString('base64url'),
  })
  try {
    const res = await fetch(`${orphan.url}/sign-out`, {
      method: 'POST',
      headers: {
        Origin: orphan.url,
        Accept: 'text/html',
        Cookie: `__Host-csp-session=${randomBytes(32).toString('base64url')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: '',
      redirect: 'manual',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/sign-in')
    expect(res.headers.get('set-cookie')).toMatch(/^__Host-csp-session=;.*Max-Age=0/)
  } finally {
    await orphan.close()
  }
})

test('a returnTo that turns into another site after its dots are resolved goes home instead', async () => {
  const res = await fetch(
    `${portal()}/sign-in?returnTo=${encodeURIComponent('/..//evil.example')}`,
    {
      method: 'POST',
      headers: {
        Origin: portal(),
        Accept: 'text/html',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ email: admin.email, password: admin.password }),
      redirect: 'manual',
    }
  )
  expect(res.status).toBe(303)
  expect(res.headers.get('location')).toBe('/')
})

test('form fields named like Object’s own properties are ordinary fields', async () => {
  const { context } = await signedIn(browser, { javaScriptEnabled: false })
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
  for (const name of ['__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
    const body = new URLSearchParams([
      [name, 'x'],
      [name, 'y'],
      ['applicant.name', 'Jo Bloggs'],
    ])
    const res = await fetch(`${portal()}/case-reviews/new`, {
      method: 'POST',
      headers: {
        Origin: portal(),
        Accept: 'text/html',
        Cookie: cookie,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body,
      redirect: 'manual',
    })
    expect(res.status, name).toBe(400)
  }
  await context.close()
})

test('a sign-in body larger than a sign-in form is refused before it is read', async () => {
  const size = 60 * 1024 * 1024
  const answer = await new Promise<number>((resolve, reject) => {
    const req = request(
      `${portal()}/sign-in`,
      {
        method: 'POST',
        headers: {
          Origin: portal(),
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': size,
        },
      },
      (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
        req.destroy()
      }
    )
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)))
    // Only the start is sent: the portal must answer without waiting for the rest.
    req.write(`email=${'a'.repeat(64 * 1024)}`)
  })
  expect(answer).toBe(413)
})

test('the portal tells browsers to use HTTPS only (HSTS)', async () => {
  const res = await fetch(`${portal()}/sign-in`)
  expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
})
