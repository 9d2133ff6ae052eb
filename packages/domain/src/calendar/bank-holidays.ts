import type { HolidayCalendar } from './holiday-calendar.ts'

/**
 * England & Wales bank holidays 2018–2030, as the GOV.UK feed lists them (division
 * `england-and-wales`): every day off that is not already a weekend, including Good Friday and
 * Christmas Day (common-law holidays, BH-02) and substitute days (`notes: 'Substitute day'`).
 * When 25 or 26 December falls at a weekend, only the weekday substitute is listed, as in the feed.
 *
 * Provenance (BH-03, BH-04): this list was compiled on 2026-11-26 without network access
 * (`source.compiledOn`; it was never retrieved from the feed) from the statutory and proclaimed
 * pattern (Easter by the anonymous Gregorian algorithm; first and last Mondays in May; last
 * Monday in August; New Year's Day, Christmas and Boxing Day with substitutes) plus the one-off
 * days 2020-05-08, 2022-06-02/03, 2022-09-19 and 2023-05-08, and it is cross-checked against an
 * independent computation in `bank-holidays.test.ts`. `years` says how each year was obtained:
 * 2018–2026 `proclaimed` (the days proclaimed for those years, one-offs included), 2027–2030
 * `computed` (not yet proclaimed when compiled: a proclamation can still add or move a day).
 * Compare it with GOV.UK's feed with `pnpm bank-holidays:check bank-holidays.json` (a file saved
 * from `https://www.gov.uk/bank-holidays.json`) before refreshing it; it is never fetched at
 * runtime.
 *
 * @example
 * ```ts
 * englandAndWalesBankHolidays.coversTo //=> '2030-12-31'
 * englandAndWalesBankHolidays.holidays.find((h) => h.date === '2026-12-28')
 * //=> { date: '2026-12-28', title: 'Boxing Day', notes: 'Substitute day' }
 * ```
 */
export const englandAndWalesBankHolidays: HolidayCalendar = deepFreeze({
  division: 'england-and-wales',
  source: {
    title: 'UK bank holidays (GOV.UK)',
    url: 'https://www.gov.uk/bank-holidays.json',
    compiledOn: '2026-11-26',
    note:
      'Compiled offline from the bank holiday rules and the proclaimed one-off days, not ' +
      'retrieved from the feed; compare with the feed using pnpm bank-holidays:check. Years not ' +
      'yet proclaimed when compiled (2027 onwards) are computed.',
  },
  coversFrom: '2018-01-01',
  coversTo: '2030-12-31',
  years: [
    ...[2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((year) => ({
      year,
      obtained: 'proclaimed' as const,
    })),
    ...[2027, 2028, 2029, 2030].map((year) => ({ year, obtained: 'computed' as const })),
  ],
  holidays: [
    // 2018
    { date: '2018-01-01', title: 'New Year’s Day' },
    { date: '2018-03-30', title: 'Good Friday' },
    { date: '2018-04-02', title: 'Easter Monday' },
    { date: '2018-05-07', title: 'Early May bank holiday' },
    { date: '2018-05-28', title: 'Spring bank holiday' },
    { date: '2018-08-27', title: 'Summer bank holiday' },
    { date: '2018-12-25', title: 'Christmas Day' },
    { date: '2018-12-26', title: 'Boxing Day' },
    // 2019
    { date: '2019-01-01', title: 'New Year’s Day' },
    { date: '2019-04-19', title: 'Good Friday' },
    { date: '2019-04-22', title: 'Easter Monday' },
    { date: '2019-05-06', title: 'Early May bank holiday' },
    { date: '2019-05-27', title: 'Spring bank holiday' },
    { date: '2019-08-26', title: 'Summer bank holiday' },
    { date: '2019-12-25', title: 'Christmas Day' },
    { date: '2019-12-26', title: 'Boxing Day' },
    // 2020
    { date: '2020-01-01', title: 'New Year’s Day' },
    { date: '2020-04-10', title: 'Good Friday' },
    { date: '2020-04-13', title: 'Easter Monday' },
    // Moved from Monday 4 May for the 75th anniversary of VE Day.
    { date: '2020-05-08', title: 'Early May bank holiday (VE day)' },
    { date: '2020-05-25', title: 'Spring bank holiday' },
    { date: '2020-08-31', title: 'Summer bank holiday' },
    { date: '2020-12-25', title: 'Christmas Day' },
    { date: '2020-12-28', title: 'Boxing Day', notes: 'Substitute day' },
    // 2021
    { date: '2021-01-01', title: 'New Year’s Day' },
    { date: '2021-04-02', title: 'Good Friday' },
    { date: '2021-04-05', title: 'Easter Monday' },
    { date: '2021-05-03', title: 'Early May bank holiday' },
    { date: '2021-05-31', title: 'Spring bank holiday' },
    { date: '2021-08-30', title: 'Summer bank holiday' },
    { date: '2021-12-27', title: 'Christmas Day', notes: 'Substitute day' },
    { date: '2021-12-28', title: 'Boxing Day', notes: 'Substitute day' },
    // 2022
    { date: '2022-01-03', title: 'New Year’s Day', notes: 'Substitute day' },
    { date: '2022-04-15', title: 'Good Friday' },
    { date: '2022-04-18', title: 'Easter Monday' },
    { date: '2022-05-02', title: 'Early May bank holiday' },
    // Spring bank holiday moved from Monday 30 May; 3 June added for the Platinum Jubilee.
    { date: '2022-06-02', title: 'Spring bank holiday' },
    { date: '2022-06-03', title: 'Platinum Jubilee bank holiday' },
    { date: '2022-08-29', title: 'Summer bank holiday' },
    // One-off, proclaimed September 2022.
    { date: '2022-09-19', title: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
    { date: '2022-12-26', title: 'Boxing Day' },
    { date: '2022-12-27', title: 'Christmas Day', notes: 'Substitute day' },
    // 2023
    { date: '2023-01-02', title: 'New Year’s Day', notes: 'Substitute day' },
    { date: '2023-04-07', title: 'Good Friday' },
    { date: '2023-04-10', title: 'Easter Monday' },
    { date: '2023-05-01', title: 'Early May bank holiday' },
    // One-off, in addition to the early May bank holiday on 1 May.
    { date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III' },
    { date: '2023-05-29', title: 'Spring bank holiday' },
    { date: '2023-08-28', title: 'Summer bank holiday' },
    { date: '2023-12-25', title: 'Christmas Day' },
    { date: '2023-12-26', title: 'Boxing Day' },
    // 2024
    { date: '2024-01-01', title: 'New Year’s Day' },
    { date: '2024-03-29', title: 'Good Friday' },
    { date: '2024-04-01', title: 'Easter Monday' },
    { date: '2024-05-06', title: 'Early May bank holiday' },
    { date: '2024-05-27', title: 'Spring bank holiday' },
    { date: '2024-08-26', title: 'Summer bank holiday' },
    { date: '2024-12-25', title: 'Christmas Day' },
    { date: '2024-12-26', title: 'Boxing Day' },
    // 2025
    { date: '2025-01-01', title: 'New Year’s Day' },
    { date: '2025-04-18', title: 'Good Friday' },
    { date: '2025-04-21', title: 'Easter Monday' },
    { date: '2025-05-05', title: 'Early May bank holiday' },
    { date: '2025-05-26', title: 'Spring bank holiday' },
    { date: '2025-08-25', title: 'Summer bank holiday' },
    { date: '2025-12-25', title: 'Christmas Day' },
    { date: '2025-12-26', title: 'Boxing Day' },
    // 2026
    { date: '2026-01-01', title: 'New Year’s Day' },
    { date: '2026-04-03', title: 'Good Friday' },
    { date: '2026-04-06', title: 'Easter Monday' },
    { date: '2026-05-04', title: 'Early May bank holiday' },
    { date: '2026-05-25', title: 'Spring bank holiday' },
    { date: '2026-08-31', title: 'Summer bank holiday' },
    { date: '2026-12-25', title: 'Christmas Day' },
    { date: '2026-12-28', title: 'Boxing Day', notes: 'Substitute day' },
    // 2027
    { date: '2027-01-01', title: 'New Year’s Day' },
    { date: '2027-03-26', title: 'Good Friday' },
    { date: '2027-03-29', title: 'Easter Monday' },
    { date: '2027-05-03', title: 'Early May bank holiday' },
    { date: '2027-05-31', title: 'Spring bank holiday' },
    { date: '2027-08-30', title: 'Summer bank holiday' },
    { date: '2027-12-27', title: 'Christmas Day', notes: 'Substitute day' },
    { date: '2027-12-28', title: 'Boxing Day', notes: 'Substitute day' },
    // 2028
    { date: '2028-01-03', title: 'New Year’s Day', notes: 'Substitute day' },
    { date: '2028-04-14', title: 'Good Friday' },
    { date: '2028-04-17', title: 'Easter Monday' },
    { date: '2028-05-01', title: 'Early May bank holiday' },
    { date: '2028-05-29', title: 'Spring bank holiday' },
    { date: '2028-08-28', title: 'Summer bank holiday' },
    { date: '2028-12-25', title: 'Christmas Day' },
    { date: '2028-12-26', title: 'Boxing Day' },
    // 2029
    { date: '2029-01-01', title: 'New Year’s Day' },
    { date: '2029-03-30', title: 'Good Friday' },
    { date: '2029-04-02', title: 'Easter Monday' },
    { date: '2029-05-07', title: 'Early May bank holiday' },
    { date: '2029-05-28', title: 'Spring bank holiday' },
    { date: '2029-08-27', title: 'Summer bank holiday' },
    { date: '2029-12-25', title: 'Christmas Day' },
    { date: '2029-12-26', title: 'Boxing Day' },
    // 2030
    { date: '2030-01-01', title: 'New Year’s Day' },
    { date: '2030-04-19', title: 'Good Friday' },
    { date: '2030-04-22', title: 'Easter Monday' },
    { date: '2030-05-06', title: 'Early May bank holiday' },
    { date: '2030-05-27', title: 'Spring bank holiday' },
    { date: '2030-08-26', title: 'Summer bank holiday' },
    { date: '2030-12-25', title: 'Christmas Day' },
    { date: '2030-12-26', title: 'Boxing Day' },
  ],
})

// Frozen so that a caller cannot change the shared default (calendars are indexed once per object).
function deepFreeze<T extends HolidayCalendar>(calendar: T): T {
  calendar.holidays.forEach((holiday) => Object.freeze(holiday))
  Object.freeze(calendar.holidays)
  calendar.years?.forEach((year) => Object.freeze(year))
  if (calendar.years) Object.freeze(calendar.years)
  Object.freeze(calendar.source)
  return Object.freeze(calendar)
}
