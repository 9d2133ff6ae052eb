import { defineConfig } from 'tsup'

// Two entries: the readers, and the worker thread they start (dist/worker.js, found beside the
// code that starts it through import.meta.url).
export default defineConfig({
  entry: { index: 'src/index.ts', worker: 'src/worker.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' }, compilerOptions: { allowImportingTsExtensions: true } },
  tsconfig: 'tsconfig.build.json',
  target: 'node22',
  platform: 'node',
  sourcemap: true,
  clean: true,
})
