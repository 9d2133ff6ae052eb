// The whole schema, one module per topic. drizzle-kit reads this file (drizzle.config.ts), and
// the database type is built from it, so a new topic file must be re-exported here.
export * from './plans.ts'
export * from './crime-tables.ts'
export * from './plan-figures.ts'
export * from './people.ts'
export * from './audit.ts'
export * from './casework.ts'
export * from './imports.ts'
export * from './read-model.ts'
export * from './plan-revisions.ts'
