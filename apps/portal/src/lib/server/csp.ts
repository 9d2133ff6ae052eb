/**
 * Adds `origin` to the given directives of a Content-Security-Policy header value (a directive
 * that is absent is left to default-src). The embed page uses it to let the widget preview load
 * its script from the API and fetch figures from it.
 *
 * @example
 * ```ts
 * allowOrigin("default-src 'self'; script-src 'self' 'nonce-x'", 'https://api.example', ['script-src'])
 * //=> "default-src 'self'; script-src 'self' 'nonce-x' https://api.example"
 * ```
 */
export function allowOrigin(policy: string, origin: string, directives: readonly string[]): string {
  return policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const name = part.split(/\s+/, 1)[0]!
      return directives.includes(name) && !part.split(/\s+/).includes(origin)
        ? `${part} ${origin}`
        : part
    })
    .join('; ')
}
