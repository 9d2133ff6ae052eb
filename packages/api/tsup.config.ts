import { defineConfig } from 'tsup'

// Four entries: the `csp` command (its shebang comes from src/cli/main.ts, which esbuild keeps,
// so the other entries do not get one), the typed client `@csp/api/client`, the shared zod
// schemas `@csp/api/schemas` and `@csp/api/testing` (a seeded API for other packages' tests);
// the last three have declarations.
export default defineConfig({
  entry: {
    cli: 'src/cli/main.ts',
    client: 'src/client.ts',
    schemas: 'src/schemas/index.ts',
    testing: 'src/testing.ts',
  },
  format: ['esm'],
  target: 'node22',
  platform: 'node',
  sourcemap: true,
  clean: true,
  dts: {
    entry: { client: 'src/client.ts', schemas: 'src/schemas/index.ts', testing: 'src/testing.ts' },
  },
})
