// Words for the figures, shared by the dashboard and the figures pages. Counts, dates and the
// change in words are @csp/domain's (one vocabulary with the API and the widget).

import { trendWords } from '@csp/domain/format'

export { formatCount, formatLongDate as formatDate } from '@csp/domain/format'

export interface TrendLike {
  percent: number | null
  direction: 'increase' | 'decrease' | 'unchanged' | 'unknown'
}

export interface RankLike {
  position: number
  of: number
  joint: boolean
  phrase: string
}

/**
 * The change on the previous period in words, so it never depends on colour or an arrow.
 *
 * @example
 * ```ts
 * trendPhrase({ percent: -6.9, direction: 'decrease' }) //=> 'Fell 6.9%'
 * trendPhrase({ percent: null, direction: 'unknown' }) //=> 'No earlier figure'
 * ```
 */
export function trendPhrase(trend: TrendLike): string {
  const words = trend.direction === 'unknown' ? null : trendWords(trend.percent)
  return words === null ? 'No earlier figure' : words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * The rank among the comparison areas.
 *
 * @example
 * ```ts
 * rankPhrase({ position: 2, of: 9, joint: false, phrase: 'second lowest' }) //=> 'second lowest of 9'
 * ```
 */
export function rankPhrase(rank: RankLike | null): string {
  return rank ? `${rank.phrase} of ${rank.of}` : 'Not ranked'
}
