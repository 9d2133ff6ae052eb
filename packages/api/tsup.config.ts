import { defineConfig } from 'tsup'

// Three entries: the `csp` command (its shebang comes from src/cli/main.ts, which esbuild keeps,
// so the other entries do not get one), the typed client `@csp/api/client` and the shared zod
// schemas `@csp/api/schemas`; the last two have declarations.
export default defineConfig({
  entry: { cli: 'src/cli/main.ts', client: 'src/client.ts', schemas: 'src/schemas/index.ts' },
  format: ['esm'],
  target: 'node22',
  platform: 'node',
  sourcemap: true,
  clean: true,
  dts: { entry: { client: 'src/client.ts', schemas: 'src/schemas/index.ts' } },
})
