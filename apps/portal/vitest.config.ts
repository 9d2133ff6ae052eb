import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vitest/config'

// Two kinds of test: unit and component tests beside the code (src/**/*.test.ts; components
// render with svelte/server), and end-to-end tests (test/**/*.test.ts) that drive Chromium
// against the built portal and a real API, both started once in test/support/global-setup.ts.
export default defineConfig({
  plugins: [svelte()],
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Chromium and the API share two cores with the test runner.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
