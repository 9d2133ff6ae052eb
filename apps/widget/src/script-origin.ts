/**
 * The API the script was loaded from: `https://api.example/widget/csp-widget.js` gives
 * `https://api.example/`, so a page that loads the script from the API needs no `api` attribute.
 * Null when the script did not come from a `…/widget/…` address (then `api` is required).
 *
 * @example
 * ```ts
 * apiBaseOf('https://csp.example/toolkit/widget/csp-widget.js?v=1') //=> 'https://csp.example/toolkit/'
 * ```
 */
export function apiBaseOf(scriptSrc: string): string | null {
  try {
    const url = new URL(scriptSrc)
    const at = url.pathname.lastIndexOf('/widget/')
    if (at < 0 || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null
    return `${url.origin}${url.pathname.slice(0, at + 1)}`
  } catch {
    return null
  }
}

// Read while the script itself runs: the only moment `document.currentScript` names it.
// (An SVG <script> has no `src`; outside a browser there is no document.)
const script = typeof document === 'undefined' ? null : document.currentScript
const src = script && 'src' in script ? script.src : ''

/** Where this copy of the script came from, as an API base address (see {@link apiBaseOf}). */
export const scriptApiBase: string | null = src ? apiBaseOf(src) : null
