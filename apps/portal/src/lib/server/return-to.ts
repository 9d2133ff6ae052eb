// Where to go after signing in. `returnTo` comes from the query string, so anyone can craft
// it: only a path on this site is accepted, never another origin (an open redirect).

const fallback = '/'
// Pages that make no sense to come back to (and would loop).
const excluded = ['/sign-in', '/sign-out']
const base = 'http://portal.invalid'

/**
 * The same-origin path in `value`, or `/`. Rejects absolute and protocol-relative URLs
 * (`https://x`, `//x`, `/\x`), backslashes and control characters, which browsers treat
 * inconsistently, and the sign-in and sign-out pages themselves.
 *
 * @example
 * ```ts
 * safeReturnTo('/figures/hate-crime?period=2023') //=> '/figures/hate-crime?period=2023'
 * safeReturnTo('//evil.example/') //=> '/'
 * safeReturnTo('https://evil.example/') //=> '/'
 * ```
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return fallback
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return fallback
  }
  if (url.origin !== base) return fallback
  // Dot segments can turn `/..//x` into `//x`, which a browser reads as another site.
  if (url.pathname.startsWith('//')) return fallback
  if (excluded.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`))) {
    return fallback
  }
  return url.pathname + url.search + url.hash
}

/**
 * The sign-in page's address that comes back to `url` afterwards; `expired` adds the notice
 * that the previous session ended.
 *
 * @example
 * ```ts
 * signInPath(new URL('http://portal/figures/hate-crime?period=2023'))
 * //=> '/sign-in?returnTo=%2Ffigures%2Fhate-crime%3Fperiod%3D2023'
 * ```
 */
export function signInPath(url: URL, { expired = false }: { expired?: boolean } = {}): string {
  const params = new URLSearchParams()
  const returnTo = safeReturnTo(url.pathname + url.search)
  if (returnTo !== fallback) params.set('returnTo', returnTo)
  if (expired) params.set('expired', '1')
  const query = params.toString()
  return query ? `/sign-in?${query}` : '/sign-in'
}
