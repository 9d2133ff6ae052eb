import { describe, expect, it } from 'vitest'
import { isoFromParts, partsFromIso, readDateParts, savedAtText, todayInEngland } from './dates.ts'

describe('isoFromParts', () => {
  it.each([
    [{ day: '3', month: '4', year: '2025' }, '2025-04-03'],
    [{ day: '03', month: '04', year: '2025' }, '2025-04-03'],
    [{ day: '', month: '', year: '' }, ''],
    [{ day: '31', month: '2', year: '2025' }, '2025-02-31'],
    [{ day: '3', month: 'April', year: '2025' }, '2025-April-3'],
    [{ day: '3', month: '4', year: '25' }, '25-4-3'],
  ])('spells %j as %s', (parts, iso) => {
    expect(isoFromParts(parts)).toBe(iso)
  })
})

describe('partsFromIso and readDateParts', () => {
  it('go back and forth', () => {
    expect(partsFromIso('2025-04-03')).toEqual({ day: '3', month: '4', year: '2025' })
    expect(partsFromIso(null)).toEqual({ day: '', month: '', year: '' })
    const form = new URLSearchParams('on-day=%203&on-month=4&on-year=2025')
    expect(readDateParts(form, 'on')).toEqual({ day: '3', month: '4', year: '2025' })
  })
})

describe('todayInEngland', () => {
  it('is the date in London, across midnight UTC in summer', () => {
    expect(todayInEngland(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01')
    expect(todayInEngland(new Date('2025-12-31T23:30:00Z'))).toBe('2025-12-31')
  })
})

describe('savedAtText', () => {
  it('says when settings were saved, in UK time', () => {
    expect(savedAtText('2026-11-26T13:30:00Z')).toBe('26 November 2026 at 13:30')
    expect(savedAtText('2026-07-01T07:05:00Z')).toBe('1 July 2026 at 08:05')
  })
})
