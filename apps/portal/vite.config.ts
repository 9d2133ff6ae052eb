import adapter from '@sveltejs/adapter-node'
import { sveltekit } from '@sveltejs/kit/vite'
import { defineConfig } from 'vite'
import { govukSystemFont } from './scripts/govuk-system-font.ts'

export default defineConfig({
  plugins: [
    govukSystemFont(),
    sveltekit({
      adapter: adapter(),
      // The origin check on form posts stays on (no trustedOrigins): it is the CSRF defence
      // alongside SameSite=Lax session cookies.
      csp: {
        // Nonces for SvelteKit's own inline start-up script and the one in app.html.
        mode: 'auto',
        directives: {
          'default-src': ['self'],
          'script-src': ['self'],
          'style-src': ['self'],
          // SvelteKit's route announcer (the live region that reads the new page's title after
          // client-side navigation) hides itself with this one style attribute; nothing else
          // may use inline styles. The e2e suite fails on any CSP violation, so a SvelteKit
          // upgrade that changes the attribute shows up there.
          'style-src-attr': [
            'unsafe-hashes',
            'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=',
          ],
          'img-src': ['self', 'data:'],
          'font-src': ['self'],
          'connect-src': ['self'],
          'frame-src': ['self'],
          'form-action': ['self'],
          'frame-ancestors': ['none'],
          'base-uri': ['none'],
          'object-src': ['none'],
        },
      },
    }),
  ],
  environments: {
    client: {
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              // Every page loads the layout, which renders GOV.UK components, so every page loads
              // Svelte's runtime and some of src/lib/govuk. Left to automatic splitting, each
              // component became its own chunk of a few hundred bytes, each repeating its imports
              // from the runtime and each gzipped alone: one chunk of all the GOV.UK components
              // with their dependencies (the runtime among them) weighs less on every page than
              // the handful of small ones it replaces (page-weight.test.ts measures it).
              // govuk-frontend itself (govuk/modules.ts) stays a dynamic import, loaded after
              // hydration. Client build only: the server build keeps its own chunking.
              groups: [{ name: 'govuk', test: /src[\\/]lib[\\/]govuk[\\/][^\\/]+\.svelte$/ }],
            },
          },
        },
      },
    },
  },
  css: {
    // govuk-frontend's CSS carries an IE hack (`@media screen\0`) that lightningcss's minifier
    // rejects; recover and drop the rule rather than fail the build.
    lightningcss: { errorRecovery: true },
  },
})
