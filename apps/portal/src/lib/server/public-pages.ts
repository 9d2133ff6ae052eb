import { createHash } from 'node:crypto'

/** The public's pages: no sign-in, the same for everyone who is not signed in. */
const publicPages = new Set([
  '/',
  '/partnership',
  '/plan',
  '/crime-figures',
  '/contacts',
  '/asb-case-reviews',
  '/asb-case-reviews/how-to-apply',
  '/asb-case-reviews/apply',
  '/asb-case-reviews/status',
  '/asb-case-reviews/privacy',
])

/**
 * Whether `pathname` is one of the public's pages (everything else is the partners' area and
 * needs a sign-in).
 *
 * @example
 * ```ts
 * isPublicPage('/crime-figures/hate-crime') //=> true
 * isPublicPage('/case-reviews') //=> false
 * ```
 */
export function isPublicPage(pathname: string): boolean {
  return publicPages.has(pathname) || /^\/crime-figures\/[a-z0-9.-]+$/.test(pathname)
}

/** How long browsers and shared caches may keep a public page, in seconds. */
export const publicPageMaxAge = 300

/**
 * A public page's answer made cacheable: a strong ETag of its bytes, `Cache-Control: public`,
 * and 304 when the browser already holds those bytes. Errors, redirects and answers that set a
 * cookie pass unchanged.
 *
 * @example
 * ```ts
 * const response = await cacheablePage(event.request, await resolve(event))
 * ```
 */
export async function cacheablePage(request: Request, response: Response): Promise<Response> {
  if (response.status !== 200 || response.headers.has('set-cookie')) return response
  const body = new Uint8Array(await response.arrayBuffer())
  // The Content-Security-Policy nonce differs on every answer; the page does not.
  const page = new TextDecoder().decode(body).replace(/nonce="[^"]*"/g, 'nonce=""')
  const etag = `"${createHash('sha256').update(page).digest('base64url').slice(0, 27)}"`
  const headers = new Headers(response.headers)
  headers.set('ETag', etag)
  headers.set('Cache-Control', `public, max-age=${publicPageMaxAge}`)
  headers.append('Vary', 'Cookie')
  const seen = request.headers.get('if-none-match')
  if (seen?.split(',').some((tag) => tag.trim() === etag)) {
    // Without a policy the 304 leaves the stored one in force, whose nonce the stored page has.
    headers.delete('Content-Security-Policy')
    return new Response(null, { status: 304, headers })
  }
  return new Response(body, { status: 200, headers })
}
