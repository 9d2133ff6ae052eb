import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: { compilerOptions: { allowImportingTsExtensions: true } },
  tsconfig: 'tsconfig.build.json',
  target: 'es2023',
  sourcemap: true,
  clean: true,
  treeshake: true,
})
