export { englandAndWalesBankHolidays } from './bank-holidays.ts'
export { compareWithGovUkFeed, type FeedComparison, GovUkBankHolidays } from './gov-uk-feed.ts'
export {
  BankHoliday,
  CalendarYear,
  type CalendarOptions,
  findHoliday,
  HolidayCalendar,
} from './holiday-calendar.ts'
export { OutsideCalendarRangeError } from './errors.ts'
export { endOfPeriodBeginningWith, isWithinPeriodBeginningWith } from './period.ts'
export {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from './working-days.ts'
