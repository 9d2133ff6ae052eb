import { redirect } from '@sveltejs/kit'
import type { Handle, ServerInit } from '@sveltejs/kit/hooks'
import { anonymousApi, apiUrl, publicApiUrl, sessionApi } from '#lib/server/api.ts'
import { currentUser } from '#lib/server/auth.ts'
import { allowOrigin } from '#lib/server/csp.ts'
import { signInPath } from '#lib/server/return-to.ts'
import { endSession, readSession } from '#lib/server/session.ts'

// Fail at start-up, not on the first request, when the API's address is missing.
export const init: ServerInit = () => {
  apiUrl()
}

// Pages anyone may open; everything else needs a session.
const publicPaths = new Set(['/sign-in'])

export const handle: Handle = async ({ event, resolve }) => {
  const token = readSession(event.cookies)
  const user = token ? await currentUser(event, token) : null
  if (token && !user) endSession(event.cookies)

  event.locals.user = user
  event.locals.api = token && user ? sessionApi(event, token) : anonymousApi(event)

  if (!user && !publicPaths.has(event.url.pathname)) {
    const here = event.request.method === 'GET' ? event.url : new URL(event.url.pathname, event.url)
    redirect(303, signInPath(here, { expired: Boolean(token) }))
  }

  const response = await resolve(event)
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
