// Where a return's figures come from, in words (s104(10); docs/rules.md#annual-return).

/** What a return's figures were taken from, as the API reports it. */
export interface ReturnBasis {
  basis: 'published-returns' | 'case-review-records' | 'published-returns-and-case-review-records'
  returns: readonly { period: string; publishedOn: string | null }[]
}

/**
 * Where the figures come from, for the line under the table: every figure carries its source.
 *
 * @example
 * ```ts
 * basisText({ basis: 'published-returns', returns: [{ period: '2024/25', publishedOn: null }] })
 * //=> 'the published 2024/25 return'
 * ```
 */
export function basisText({ basis, returns }: ReturnBasis): string {
  const periods = returns.map((r) => r.period)
  const published =
    periods.length === 1
      ? `the published ${periods[0]} return`
      : `the published ${periods.slice(0, -1).join(', ')} and ${periods.at(-1)} returns`
  if (basis === 'published-returns') return published
  if (basis === 'case-review-records') return 'counted from the toolkit’s case-review records'
  return `${published}, and the toolkit’s case-review records for the other days`
}
