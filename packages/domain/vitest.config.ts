import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // turbo runs every package's suite at once on the two-core machine, so a property test or a
    // database start can take many times its quiet duration; the timeouts only catch a hang.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
