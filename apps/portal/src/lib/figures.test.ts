import { describe, expect, it } from 'vitest'
import { formatCount, formatDate, rankPhrase, trendPhrase } from './figures.ts'

describe('trendPhrase', () => {
  it.each([
    [{ percent: -6.9, direction: 'decrease' as const }, 'Fell 6.9%'],
    [{ percent: 46.4, direction: 'increase' as const }, 'Rose 46.4%'],
    [{ percent: 0, direction: 'unchanged' as const }, 'No change'],
    [{ percent: null, direction: 'unknown' as const }, 'No earlier figure'],
    [{ percent: 12, direction: 'increase' as const }, 'Rose 12.0%'],
  ])('words %j as %s', (trend, words) => {
    expect(trendPhrase(trend)).toBe(words)
  })
})

describe('rankPhrase', () => {
  it('says the rank and how many areas there are', () => {
    expect(rankPhrase({ position: 2, of: 9, joint: false, phrase: 'second lowest' })).toBe(
      'second lowest of 9'
    )
    expect(rankPhrase(null)).toBe('Not ranked')
  })
})

describe('formatCount and formatDate', () => {
  it('write numbers and dates the GOV.UK way', () => {
    expect(formatCount(16481)).toBe('16,481')
    expect(formatDate('2023-12-31')).toBe('31 December 2023')
    expect(formatDate('2024-04-01')).toBe('1 April 2024')
  })
})
