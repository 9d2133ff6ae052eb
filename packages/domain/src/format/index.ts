/**
 * @module
 * Words for figures and dates without zod (`@csp/domain/format`): the API, the portal and the
 * widget write counts, percentages, changes and dates the same way.
 */
export { formatCount, formatPercent, trendWords } from './numbers.ts'
export { formatDateRange, formatDateTime, formatLongDate } from './dates.ts'
