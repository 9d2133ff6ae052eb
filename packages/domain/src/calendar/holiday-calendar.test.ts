import { describe, expect, it } from 'vitest'
import { englandAndWalesBankHolidays } from './bank-holidays.ts'
import { OutsideCalendarRangeError } from './errors.ts'
import { BankHoliday, findHoliday, HolidayCalendar } from './holiday-calendar.ts'
import { isWorkingDay } from './working-days.ts'

const local: HolidayCalendar = {
  division: 'example-council',
  source: {
    title: 'Example council closure days',
    url: 'https://example.org/closures',
    retrievedAt: '2025-11-01',
  },
  coversFrom: '2026-01-01',
  coversTo: '2026-12-31',
  holidays: [
    { date: '2026-01-01', title: 'New Year’s Day' },
    { date: '2026-12-24', title: 'Christmas Eve closure' },
  ],
}

const issuesOf = (value: unknown) => {
  const result = HolidayCalendar.safeParse(value)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('HolidayCalendar schema', () => {
  it('accepts a well-formed custom calendar', () => {
    expect(issuesOf(local)).toEqual([])
  })

  it('takes its version from retrievedAt or compiledOn, exactly one of them', () => {
    const { retrievedAt: _retrieved, ...unversioned } = local.source
    expect(issuesOf({ ...local, source: { ...unversioned, compiledOn: '2025-11-01' } })).toEqual([])
    const both = { ...local.source, compiledOn: '2025-11-01' }
    const oneOf =
      'source.retrievedAt: give exactly one of retrievedAt (taken from the source) and compiledOn (compiled)'
    expect(issuesOf({ ...local, source: both })).toEqual([oneOf])
    expect(issuesOf({ ...local, source: unversioned })).toEqual([oneOf])
  })

  it('says how each year was obtained, every year of the range once', () => {
    expect(issuesOf({ ...local, years: [{ year: 2026, obtained: 'retrieved' }] })).toEqual([])
    expect(issuesOf({ ...local, years: [] })).toEqual([
      'years: years must list each year from 2026 to 2026 once, in order',
    ])
    expect(issuesOf({ ...local, years: [{ year: 2026, obtained: 'guessed' }] })).toHaveLength(1)
  })

  it('rejects a range that ends before it starts', () => {
    expect(issuesOf({ ...local, coversFrom: '2027-01-01', holidays: [] })).toEqual([
      'coversTo: coversTo 2026-12-31 is before coversFrom 2027-01-01',
    ])
  })

  it('rejects holidays outside the range and duplicates, naming the index', () => {
    const holidays = [
      { date: '2027-01-01', title: 'x' },
      { date: '2026-05-04', title: 'y' },
      { date: '2026-05-04', title: 'z' },
    ]
    expect(issuesOf({ ...local, holidays })).toEqual([
      'holidays.0.date: 2027-01-01 is outside 2026-01-01..2026-12-31',
      'holidays.2.date: 2026-05-04 is listed twice',
    ])
  })

  it('rejects impossible dates, empty titles and a missing url', () => {
    expect(BankHoliday.safeParse({ date: '2026-02-29', title: 'x' }).success).toBe(false)
    expect(BankHoliday.safeParse({ date: '2026-02-28', title: '' }).success).toBe(false)
    const { url: _url, ...source } = local.source
    expect(issuesOf({ ...local, source })).toHaveLength(1)
  })
})

describe('findHoliday', () => {
  it('returns the listed event or undefined', () => {
    expect(findHoliday('2022-09-19')?.title).toBe(
      'Bank Holiday for the State Funeral of Queen Elizabeth II'
    )
    expect(findHoliday('2022-09-20')).toBeUndefined()
  })

  it('uses a supplied calendar instead of the default', () => {
    expect(findHoliday('2026-12-24', { calendar: local })?.title).toBe('Christmas Eve closure')
    expect(findHoliday('2026-12-25', { calendar: local })).toBeUndefined()
    expect(isWorkingDay('2026-12-24', { calendar: local })).toBe(false)
    expect(isWorkingDay('2026-12-25', { calendar: local })).toBe(true)
  })

  it('fails loudly outside the covered range, with the date and range in the error', () => {
    const error = (() => {
      try {
        findHoliday('2027-01-01', { calendar: local })
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(OutsideCalendarRangeError)
    expect(error).toBeInstanceOf(RangeError)
    expect(error).toMatchObject({
      name: 'OutsideCalendarRangeError',
      date: '2027-01-01',
      division: 'example-council',
      coversFrom: '2026-01-01',
      coversTo: '2026-12-31',
    })
    expect((error as Error).message).toBe(
      '2027-01-01 is outside the example-council holiday calendar, which covers 2026-01-01 to ' +
        '2026-12-31; supply a calendar that covers it'
    )
    expect(() => findHoliday('2017-12-31')).toThrow(/2017-12-31 .* 2018-01-01 to 2030-12-31/)
  })

  it('rejects a bad date string, naming the argument', () => {
    expect(() => findHoliday('2026-13-01')).toThrow('date: "2026-13-01" is not a date')
  })

  it('rejects an invalid supplied calendar with a TypeError explaining why', () => {
    const broken = { ...local, coversTo: 'soon' } as unknown as HolidayCalendar
    expect(() => findHoliday('2026-06-01', { calendar: broken })).toThrow(TypeError)
    expect(() => findHoliday('2026-06-01', { calendar: broken })).toThrow(/coversTo/)
  })

  it('defaults to the bundled England & Wales calendar', () => {
    expect(findHoliday('2026-12-28')).toEqual(
      englandAndWalesBankHolidays.holidays.find((h) => h.date === '2026-12-28')
    )
  })
})
