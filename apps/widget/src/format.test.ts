import { expect, test } from 'vitest'
import { formatCount, formatLongDate, formatPercent } from '@csp/domain/format'
import { trendText } from './format.ts'

test('numbers and dates are en-GB', () => {
  expect(formatCount(24344)).toBe('24,344')
  expect(formatPercent(-25)).toBe('25.0%')
  expect(formatLongDate('2023-12-31')).toBe('31 December 2023')
  expect(formatLongDate('2023-02-30x')).toBe('2023-02-30x')
})

test('a change is written in words, the arrow only decorates', () => {
  expect(trendText(-6.9)).toEqual({ arrow: '▼', words: 'fell 6.9%' })
  expect(trendText(3.25)).toEqual({ arrow: '▲', words: 'rose 3.3%' })
  expect(trendText(0)).toEqual({ arrow: '▶', words: 'no change' })
  expect(trendText(null)).toEqual({ arrow: '', words: 'not known' })
})
