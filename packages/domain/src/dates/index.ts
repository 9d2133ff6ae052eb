/**
 * @module
 * Dates without zod (`@csp/domain/dates`): ISO `YYYY-MM-DD` strings and day numbers, today in
 * England, financial years.
 */
export { addDays, addYears, dayNumber, daysIn, isIsoDate, isoOfDayNumber } from './day-number.ts'
export { type FinancialYear, financialYearOf, financialYearStarting } from './financial-year.ts'
export { todayInEngland } from './today.ts'
