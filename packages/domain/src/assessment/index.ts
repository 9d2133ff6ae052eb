export * from './schema.ts'
export * from './build-assessment.ts'
