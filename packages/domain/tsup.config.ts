import { defineConfig } from 'tsup'

export default defineConfig({
  // `boundaries` holds the ~0.5 MB Derbyshire TopoJSON (inlined from data/geography): its own
  // entry, so that importing the main entry never loads it. `police-uk` is the police.uk
  // reader without zod. `format`, `dates`, `patterns` and `csv` are the shared vocabulary
  // without zod, for the widget and the portal's pages.
  entry: {
    index: 'src/index.ts',
    boundaries: 'src/boundaries.ts',
    'police-uk': 'src/police-uk/entry.ts',
    format: 'src/format/index.ts',
    dates: 'src/dates/index.ts',
    patterns: 'src/patterns/index.ts',
    csv: 'src/csv/index.ts',
  },
  format: ['esm'],
  dts: { compilerOptions: { allowImportingTsExtensions: true } },
  tsconfig: 'tsconfig.build.json',
  target: 'es2023',
  sourcemap: true,
  clean: true,
  treeshake: true,
})
