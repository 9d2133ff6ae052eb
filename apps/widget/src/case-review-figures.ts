import { formatCount, formatLongDate as formatDate } from '@csp/domain/format'

/** One published return, as `GET /v1/asb-case-reviews/annual-returns` lists it. */
export interface PublishedReturn {
  period: string
  from: string
  to: string
  applications: number
  thresholdNotMet: number
  reviewsCarriedOut: number
  reviewsWithRecommendations: number
  source: { title: string }
}

// What each figure counts, in the order s104(10) ASBCPA 2014 lists them (the domain's wording).
const figures = [
  ['applications', 'Applications for an ASB Case Review'],
  ['thresholdNotMet', 'Decisions that the threshold for a review was not met'],
  ['reviewsCarriedOut', 'ASB Case Reviews carried out'],
  ['reviewsWithRecommendations', 'ASB Case Reviews that resulted in recommendations'],
] as const

/** Text made safe to put in HTML. */
export const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The table of one published return (the `period` asked for, or the latest), as HTML: a real
 * table with a caption, its period and source under it. Text is escaped.
 *
 * @example
 * ```ts
 * caseReviewFiguresHtml([return2024], undefined) //=> '<div class="csp"><table class="csp-table">…'
 * ```
 */
export function caseReviewFiguresHtml(
  returns: readonly PublishedReturn[],
  period: string | undefined
): string {
  const chosen = period ? returns.find((r) => r.period === period) : returns.at(-1)
  if (!chosen) {
    return `<div class="csp"><p>${escape(period ? `No ASB Case Review figures are published for ${period}.` : 'No ASB Case Review figures are published yet.')}</p></div>`
  }
  const rows = figures
    .map(
      ([key, label]) => `<tr><th scope="row">${label}</th><td>${formatCount(chosen[key])}</td></tr>`
    )
    .join('')
  return (
    `<div class="csp"><table class="csp-table"><caption>ASB Case Reviews, ${escape(chosen.period)}</caption>` +
    `<thead><tr><th scope="col">What is counted</th><th scope="col">Number</th></tr></thead>` +
    `<tbody>${rows}</tbody></table>` +
    `<p>${escape(`${formatDate(chosen.from)} to ${formatDate(chosen.to)}. Source: ${chosen.source.title}.`)}</p></div>`
  )
}
