import { defineConfig } from 'tsup'

export default defineConfig({
  // The main entry, and `@csp/domain/police-uk`: the police.uk reader without zod.
  entry: { index: 'src/index.ts', 'police-uk': 'src/police-uk/entry.ts' },
  format: ['esm'],
  dts: { compilerOptions: { allowImportingTsExtensions: true } },
  tsconfig: 'tsconfig.build.json',
  target: 'es2023',
  sourcemap: true,
  clean: true,
  treeshake: true,
})
