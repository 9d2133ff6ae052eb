export { Commencements, type CommencementsInput, defaultCommencements } from './commencements.ts'
export { type AsAtOptions, effectiveFrom, inForceOn, resolveAsAt } from './in-force.ts'
export { findLawRule, LawRule, lawRules } from './rules.ts'
export { type RuleRow, ruleTable } from './rule-table.ts'
