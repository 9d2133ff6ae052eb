import { defineConfig } from 'tsup'

export default defineConfig({
  // `boundaries` holds the ~0.5 MB Derbyshire TopoJSON (inlined from data/geography): its own
  // entry, so that importing the main entry never loads it. `police-uk` is the police.uk
  // reader without zod.
  entry: {
    index: 'src/index.ts',
    boundaries: 'src/boundaries.ts',
    'police-uk': 'src/police-uk/entry.ts',
  },
  format: ['esm'],
  dts: { compilerOptions: { allowImportingTsExtensions: true } },
  tsconfig: 'tsconfig.build.json',
  target: 'es2023',
  sourcemap: true,
  clean: true,
  treeshake: true,
})
