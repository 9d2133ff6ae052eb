// Words for the figures, shared by the dashboard and the figures pages.

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

const percent = new Intl.NumberFormat('en-GB', {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
})

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
  if (trend.direction === 'unknown' || trend.percent === null) return 'No earlier figure'
  if (trend.direction === 'unchanged') return 'No change'
  const size = percent.format(Math.abs(trend.percent))
  return `${trend.direction === 'increase' ? 'Rose' : 'Fell'} ${size}%`
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

const count = new Intl.NumberFormat('en-GB')

/** A whole number with thousands separators: `formatCount(16481) //=> '16,481'`. */
export function formatCount(value: number): string {
  return count.format(value)
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** An ISO date as GOV.UK writes dates: `formatDate('2023-12-31') //=> '31 December 2023'`. */
export function formatDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`))
}
