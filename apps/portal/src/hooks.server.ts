import { redirect } from '@sveltejs/kit'
import type { Handle, ServerInit } from '@sveltejs/kit/hooks'
import { anonymousApi, apiUrl, portalSecret, publicApiUrl, sessionApi } from '#lib/server/api.ts'
import { currentUser } from '#lib/server/auth.ts'
import { allowOrigin } from '#lib/server/csp.ts'
import { cacheablePage, isPublicPage } from '#lib/server/public-pages.ts'
import { signInPath } from '#lib/server/return-to.ts'
import { endSession, readSession } from '#lib/server/session.ts'
import { setupPath } from '#lib/server/account.ts'

// Fail at start-up, not on the first request, when the API's address is missing.
export const init: ServerInit = () => {
  apiUrl()
  portalSecret()
}

// Pages anyone may open; everything else needs a session.
const publicPaths = new Set(['/sign-in', '/sign-in/code'])
// Signing out needs no API: it must work when the API is down (see its action).
const sessionFreePaths = new Set(['/sign-out'])

/**
 * The largest body someone who is not signed in may send: a sign-in form is a few hundred
 * bytes. Signed-in people's uploads keep adapter-node's BODY_SIZE_LIMIT (server.js).
 */
export const unauthenticatedBodyLimit = 64 * 1024

const hasBody = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method)

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

export const handle: Handle = async ({ event, resolve }) => {
  const token = readSession(event.cookies)
  const sessionFree = sessionFreePaths.has(event.url.pathname)
  const user = token && !sessionFree ? await currentUser(event, token) : null
  if (token && !user && !sessionFree) endSession(event.cookies)

  event.locals.user = user
  event.locals.api = token && user ? sessionApi(event, token) : anonymousApi(event)

  // Refused before anything reads it: a stranger cannot make the portal hold a large body.
  if (!user && hasBody(event.request.method)) {
    const length = event.request.headers.get('content-length')
    if (length === null) return plain(411, 'Send the form with a Content-Length.')
    if (Number(length) > unauthenticatedBodyLimit) {
      return plain(413, 'The form is larger than a sign-in form can be.')
    }
  }

  const open = publicPaths.has(event.url.pathname) || isPublicPage(event.url.pathname)
  if (!user && !open && !sessionFree) {
    const here = event.request.method === 'GET' ? event.url : new URL(event.url.pathname, event.url)
    redirect(303, signInPath(here, { expired: Boolean(token) }))
  }

  // An account that must change a password someone else chose, or switch on two-factor
  // sign-in, can do only that (the API refuses the rest too).
  const setup = user && setupPath(user.requires)
  if (setup && event.url.pathname !== setup && !sessionFree) redirect(303, setup)

  const resolved = await resolve(event)
  // The public's pages are the same for every visitor who is not signed in: shared caches may
  // keep them, and a repeat visit is a 304.
  const response =
    !user && isPublicPage(event.url.pathname) && event.request.method === 'GET'
      ? await cacheablePage(event.request, resolved)
      : resolved
  response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  // Pages show a person's own data: never stored by shared caches or the back-forward cache.
  if (user) response.headers.set('Cache-Control', 'private, no-store')
  response.headers.set('X-Content-Type-Options', 'nosniff')
  response.headers.set('Referrer-Policy', 'same-origin')
  const policy = response.headers.get('Content-Security-Policy')
  if (policy && event.route.id === '/embed') {
    // The widget preview loads its script from the API and fetches the figures from it, or
    // (without JavaScript) frames the API's embed page.
    const origin = new URL(publicApiUrl()).origin
    response.headers.set(
      'Content-Security-Policy',
      allowOrigin(policy, origin, ['script-src', 'connect-src', 'frame-src'])
    )
  }
  return response
}
