import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  formatCount,
  formatDateRange,
  formatDateTime,
  formatLongDate,
  formatPercent,
  trendWords,
} from './index.ts'

describe('trendWords', () => {
  test('says which way a change went with one decimal place; a gap is not a fall', () => {
    expect(trendWords(-6.9)).toBe('fell 6.9%')
    expect(trendWords(25)).toBe('rose 25.0%')
    expect(trendWords(0)).toBe('no change')
    expect(trendWords(null)).toBeNull()
    expect(trendWords(undefined)).toBeNull()
  })

  test('rounds half away from zero', () => {
    expect(formatPercent(0.05)).toBe('0.1%')
    expect(formatPercent(-0.05)).toBe('0.1%')
  })

  test('never writes a sign: the verb carries the direction', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (n) => {
        expect(formatPercent(n)).not.toMatch(/^-/)
      })
    )
  })
})

describe('dates in words', () => {
  test('writes ISO dates the GOV.UK way and leaves anything else as it came', () => {
    expect(formatLongDate('2023-12-31')).toBe('31 December 2023')
    expect(formatLongDate('2024-02-30')).toBe('2024-02-30')
    expect(formatLongDate('not a date')).toBe('not a date')
    expect(formatDateRange('2024-04-01', '2025-03-31')).toBe('1 April 2024 to 31 March 2025')
  })

  test('writes an instant in UK time, with am/pm', () => {
    expect(formatDateTime('2026-11-26T08:14:00Z')).toBe('26 November 2026 at 8:14am')
    expect(formatDateTime('2026-06-26T12:05:00Z')).toBe('26 June 2026 at 1:05pm')
  })

  test('counts have en-GB grouping and no decimals', () => {
    expect(formatCount(16481)).toBe('16,481')
  })
})
