import { defineConfig } from 'drizzle-kit'

// `pnpm --filter @csp/api db:generate` writes SQL migrations from the schema into drizzle/.
// Generation is offline; `csp migrate` applies the same folder to PGlite and to PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
  strict: true,
  verbose: true,
})
