// Counts, percentages and dates come from @csp/domain/format (always en-GB, whatever the host
// page's or browser's language); the arrow is the widget's own decoration.
import { trendWords } from '@csp/domain/format'

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
  const words = trendWords(percent)
  if (words === null) return { arrow: '', words: 'not known' }
  return { arrow: percent! < 0 ? '▼' : percent! > 0 ? '▲' : '▶', words }
}
