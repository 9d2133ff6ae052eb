/**
 * @module
 * Typed, validated rules and data for Community Safety Partnerships in England.
 */
export * from './source/index.ts'
export * from './geography/index.ts'
export * from './crime/index.ts'
