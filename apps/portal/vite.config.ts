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
    }),
  ],
  css: {
    // govuk-frontend's CSS carries an IE hack (`@media screen\0`) that lightningcss's minifier
    // rejects; recover and drop the rule rather than fail the build.
    lightningcss: { errorRecovery: true },
  },
})
