// Host pages for the browser tests.

/** What a careless or hostile site's stylesheet does to everything it can reach. */
export const hostileCss = `
*, *::before, *::after { margin: 0; padding: 0; border: 0; box-sizing: content-box; }
* {
  font-size: 40px !important; line-height: 3 !important; font-family: "Comic Sans MS", cursive !important;
  color: #f0f !important; text-transform: uppercase !important; letter-spacing: 3px !important;
  text-align: center !important; font-weight: 100 !important; white-space: nowrap !important;
  visibility: visible !important; direction: rtl !important; word-spacing: 1em !important;
}
html { font-size: 10px !important; }
body { background: #000; }
table { display: block !important; width: 10px !important; border-collapse: separate !important; }
th, td { padding: 40px !important; background: red !important; }
button { all: unset !important; display: none !important; }
caption, [role=status], [hidden] { display: none !important; }
a { color: red !important; }
section, p, div, h2 { display: inline !important; }
:focus { outline: none !important; }
`

/** The host element's own size, which is the host page's to set. */
export const hostLayoutCss = 'csp-crime-table { width: 640px; }'

/**
 * A policy a careful site might send: the widget's API as the only script and connect source,
 * styles only from the site itself, Trusted Types enforced.
 */
export function strictCsp(apiUrl: string): string {
  return [
    "default-src 'none'",
    `script-src ${apiUrl}`,
    `connect-src ${apiUrl}`,
    "style-src 'self'",
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types svelte-trusted-html',
  ].join('; ')
}
