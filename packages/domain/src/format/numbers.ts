// Built once: constructing an Intl formatter costs far more than using one (a profile of the
// public crime-table route found a per-call formatter taking 9% of its time). Always en-GB,
// whatever the reader's or host page's language: the figures are English statistics.
const countFormat = /* @__PURE__ */ new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })
const percentFormat = /* @__PURE__ */ new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
})

/**
 * A count with en-GB grouping.
 *
 * @example
 * ```ts
 * formatCount(16481) //=> '16,481'
 * ```
 */
export function formatCount(n: number): string {
  return countFormat.format(n)
}

/**
 * A percentage's size with one decimal place (half away from zero) and en-GB grouping; the
 * sign is left to the words.
 *
 * @example
 * ```ts
 * formatPercent(-6.9) //=> '6.9%'
 * formatPercent(25) //=> '25.0%'
 * ```
 */
export function formatPercent(value: number): string {
  return `${percentFormat.format(Math.abs(value))}%`
}

/**
 * A percentage change in words, lower case, for the middle of a sentence or a table cell:
 * `null` when there is no earlier figure (a gap is never a fall).
 *
 * @example
 * ```ts
 * trendWords(-6.9) //=> 'fell 6.9%'
 * trendWords(12) //=> 'rose 12.0%'
 * trendWords(0) //=> 'no change'
 * trendWords(null) //=> null
 * ```
 */
export function trendWords(percent: number | null | undefined): string | null {
  if (percent == null || Number.isNaN(percent)) return null
  if (percent === 0) return 'no change'
  return `${percent < 0 ? 'fell' : 'rose'} ${formatPercent(percent)}`
}
