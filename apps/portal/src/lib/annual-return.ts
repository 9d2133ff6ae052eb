// The ASB Case Review annual return in words (ASBCPA 2014 s104(10), statutory-rules.md §1.9).

/** The four published figures. */
export interface AnnualReturnFigures {
  applications: number
  thresholdNotMet: number
  reviewsCarriedOut: number
  reviewsWithRecommendations: number
}

const labels: Record<keyof AnnualReturnFigures, string> = {
  applications: 'Applications for an ASB Case Review',
  thresholdNotMet: 'Times the threshold for a review was not met',
  reviewsCarriedOut: 'ASB Case Reviews carried out',
  reviewsWithRecommendations: 'Reviews that led to recommendations',
}

/**
 * The figures in the order the Act lists them, each with its label.
 *
 * @example
 * ```ts
 * annualReturnFigures({ applications: 2, thresholdNotMet: 1, reviewsCarriedOut: 1,
 *   reviewsWithRecommendations: 1 })[0] //=> { key: 'applications', label: 'Applications for an ASB Case Review', value: 2 }
 * ```
 */
export function annualReturnFigures(figures: AnnualReturnFigures) {
  return (Object.keys(labels) as (keyof AnnualReturnFigures)[]).map((key) => ({
    key,
    label: labels[key],
    value: figures[key],
  }))
}

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
