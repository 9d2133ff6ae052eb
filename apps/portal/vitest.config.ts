import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vitest/config'

// Two projects: unit and component tests beside the code (components render through
// svelte/server), and end-to-end tests that drive Chromium against the built portal and a real
// API, both started once in test/support/global-setup.ts.
export default defineConfig({
  plugins: [svelte()],
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // Against a running toolkit (CSP_PORTAL_URL) only the newcomer's journey runs: the
          // other files publish returns, add users and change settings.
          include: process.env['CSP_PORTAL_URL']
            ? ['test/newcomer.test.ts']
            : ['test/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          // Chromium, the API and the portal share two cores with the test runner.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
