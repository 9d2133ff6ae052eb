// Every number and date is written in en-GB whatever the host page's or browser's language:
// the figures are English statistics and must read the same on every site that embeds them.

const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
})
const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/**
 * A count with thousands separators.
 *
 * @example
 * ```ts
 * formatCount(16481) //=> '16,481'
 * ```
 */
export function formatCount(value: number): string {
  return wholeNumber.format(value)
}

/**
 * A percentage size to one decimal place, without its sign (the words carry the direction).
 *
 * @example
 * ```ts
 * formatPercentSize(-25) //=> '25.0%'
 * ```
 */
export function formatPercentSize(value: number): string {
  return `${oneDecimal.format(Math.abs(value))}%`
}

/**
 * An ISO `YYYY-MM-DD` date in words; anything else is returned as it came.
 *
 * @example
 * ```ts
 * formatDate('2023-12-31') //=> '31 December 2023'
 * ```
 */
export function formatDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date)
}

/** The words and arrow of a change, e.g. `{ arrow: '▼', words: 'fell 6.9%' }`. */
export interface TrendText {
  /** Decoration only: screen readers skip it, the words say the same. */
  arrow: string
  words: string
}

/**
 * A percentage change in words, with an arrow for sighted readers.
 *
 * @example
 * ```ts
 * trendText(-6.9) //=> { arrow: '▼', words: 'fell 6.9%' }
 * trendText(null) //=> { arrow: '', words: 'not known' }
 * ```
 */
export function trendText(percent: number | null): TrendText {
  if (percent === null) return { arrow: '', words: 'not known' }
  if (percent < 0) return { arrow: '▼', words: `fell ${formatPercentSize(percent)}` }
  if (percent > 0) return { arrow: '▲', words: `rose ${formatPercentSize(percent)}` }
  return { arrow: '▶', words: 'no change' }
}
