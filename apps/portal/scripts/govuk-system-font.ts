import type { Plugin } from 'vite'

/**
 * The system font stack the portal uses instead of GDS Transport, which is licensed for
 * GOV.UK services only (the toolkit is not one).
 */
export const systemFontStack =
  'system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif'

/**
 * Rewrites govuk-frontend's precompiled CSS: drops the GDS Transport `@font-face` rules (so no
 * font file is ever requested) and puts the system stack wherever the CSS names the font. The
 * alternative, compiling the Sass with `$govuk-font-family`, would need `sass` for one setting.
 *
 * @example
 * ```ts
 * rewriteGovukFonts('@font-face{font-family:GDS Transport;src:url(x)}a{font-family:GDS Transport,arial,sans-serif}')
 * //=> 'a{font-family:system-ui,…,sans-serif}'
 * ```
 */
export function rewriteGovukFonts(css: string): string {
  return css
    .replace(/@font-face\{font-family:GDS Transport;[^}]*\}/g, '')
    .replace(/font-family:GDS Transport,arial,sans-serif/g, `font-family:${systemFontStack}`)
    .replace(/font-family:GDS Transport\b/g, `font-family:${systemFontStack}`)
}

/** A Vite plugin applying {@link rewriteGovukFonts} to govuk-frontend.min.css. */
export function govukSystemFont(): Plugin {
  return {
    name: 'csp:govuk-system-font',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('/govuk-frontend.min.css')) return null
      return { code: rewriteGovukFonts(code), map: null }
    },
  }
}
