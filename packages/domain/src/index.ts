/**
 * @module
 * Typed, validated rules and data for Community Safety Partnerships in England.
 */
export * from './source/index.ts'
export { IsoDate, isoDateRange } from './_lib/iso-date.ts'
export { RuleViolation } from './_lib/rule-violation.ts'
export { plainText, plainTextPattern, type PlainTextOptions } from './_lib/plain-text.ts'
export * from './geography/index.ts'
export * from './crime/index.ts'
export * from './calendar/index.ts'
export * from './priorities/index.ts'
export * from './plans/index.ts'
export * from './police-uk/index.ts'
export * from './asb-case-review/index.ts'
export * from './duties/index.ts'
export * from './actions/index.ts'
export * from './local-monitoring/index.ts'
export * from './law/index.ts'
export * from './format/index.ts'
export * from './dates/index.ts'
export * from './patterns/index.ts'
export * from './csv/index.ts'
export * from './assessment/index.ts'
