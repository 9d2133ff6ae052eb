import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { Source } from '../source/index.ts'
import { financialYear } from './figure-period.ts'
import { southDerbyshirePlanSource } from './source.ts'
import { deepFreeze } from '../priorities/freeze.ts'

const count = z.number().int().nonnegative()

/**
 * The four ASB Case Review figures a plan publishes for one period (ASB, Crime and Policing Act
 * 2014 s104(10); docs/rules.md#annual-return). Checks the invariant that holds: reviews with
 * recommendations cannot exceed reviews. Refusals may exceed applications: each figure counts
 * what happened in the period, and an application received in one period may be refused in the
 * next (as `annualReturn` counts them); `checkAnnualReturn` flags it for a check.
 * It does not require `reviewsCarriedOut = applications − thresholdNotMet`: applications may be
 * withdrawn or pending, and a review may be held though the threshold was not met.
 *
 * @example
 * ```ts
 * PlanAsbCaseReviewReturn.safeParse({ period: '2024-25', from: '2024-04-01', to: '2025-03-31',
 *   applications: 1, thresholdNotMet: 0, reviewsCarriedOut: 1, reviewsWithRecommendations: 2,
 *   source: { publisher: 'p', title: 't' } }).success
 * //=> false (more reviews with recommendations than reviews)
 * ```
 */
export const PlanAsbCaseReviewReturn = z
  .object({
    period: z.string().min(1),
    from: IsoDate,
    to: IsoDate,
    applications: count,
    thresholdNotMet: count,
    reviewsCarriedOut: count,
    reviewsWithRecommendations: count,
    furtherInformationUrl: z.url().optional(),
    source: Source,
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message })
    if (r.from > r.to) issue('to', `to (${r.to}) is before from (${r.from})`)
    if (r.reviewsWithRecommendations > r.reviewsCarriedOut) {
      issue(
        'reviewsWithRecommendations',
        `${r.reviewsWithRecommendations} reviews with recommendations exceed ${r.reviewsCarriedOut} reviews`
      )
    }
  })
  .meta({ id: 'PlanAsbCaseReviewReturn' })
export type PlanAsbCaseReviewReturn = z.infer<typeof PlanAsbCaseReviewReturn>

/**
 * South Derbyshire's published ASB Case Review figures for 2024/25. The plan prints the period as
 * both "2024-25" and "2024/25"; it is read as the financial year.
 *
 * @example
 * ```ts
 * southDerbyshireAsbCaseReviewReturn.applications //=> 2
 * southDerbyshireAsbCaseReviewReturn.reviewsWithRecommendations //=> 1
 * ```
 */
export const southDerbyshireAsbCaseReviewReturn: PlanAsbCaseReviewReturn = deepFreeze(
  PlanAsbCaseReviewReturn.parse({
    period: '2024-25',
    from: financialYear('2024-25').from,
    to: financialYear('2024-25').to,
    applications: 2,
    thresholdNotMet: 1,
    reviewsCarriedOut: 1,
    reviewsWithRecommendations: 1,
    // Printed as "www.southderbyshire.gov.uk/our-services/crimeand-community-safety/anti-social-behaviour-casereview";
    // kept as printed. The missing hyphens ("crime-and", "case-review") look like line-break
    // losses, but the corrected address has not been checked.
    furtherInformationUrl:
      'https://www.southderbyshire.gov.uk/our-services/crimeand-community-safety/anti-social-behaviour-casereview',
    source: southDerbyshirePlanSource(
      'Anti-social Behaviour (ASB) Case Review',
      'Period printed as "2024-25" and "2024/25"; read as the financial year 1 April 2024 to 31 March 2025.'
    ),
  })
)
