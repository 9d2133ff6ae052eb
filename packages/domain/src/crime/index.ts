export * from './measures.ts'
export * from './table.ts'
