export { englandAndWalesBankHolidays } from './bank-holidays.ts'
export {
  BankHoliday,
  type CalendarOptions,
  findHoliday,
  HolidayCalendar,
  OutsideCalendarRangeError,
} from './holiday-calendar.ts'
export { endOfPeriodBeginningWith, isWithinPeriodBeginningWith } from './period.ts'
export {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from './working-days.ts'
