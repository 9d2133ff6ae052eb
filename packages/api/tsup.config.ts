import { defineConfig } from 'tsup'

// Two entries: the `csp` command (its shebang comes from src/cli/main.ts, which esbuild keeps,
// so the client entry does not get one) and the typed client `@csp/api/client`, the only entry
// with declarations.
export default defineConfig({
  entry: { cli: 'src/cli/main.ts', client: 'src/client.ts' },
  format: ['esm'],
  target: 'node22',
  platform: 'node',
  sourcemap: true,
  clean: true,
  dts: { entry: { client: 'src/client.ts' } },
})
