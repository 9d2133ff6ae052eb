import { IsoDate, PlanAsbCaseReviewReturn, plainText, plainTextPattern } from '@csp/domain'
import { z } from 'zod'

// `schema` or null as `anyOf` (see src/http/nullable-refs.ts, which this folder must not import).
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()])

/**
 * A published ASB Case Review return (the domain's `PlanAsbCaseReviewReturn`) with the day it
 * was published: a date for returns published through the API, null when the source gives none
 * (the seeded South Derbyshire 2024-25 return). ASB-10 counts 12 months from the latest one.
 *
 * @example
 * ```ts
 * PublishedAsbCaseReviewReturn.parse({ ...southDerbyshireAsbCaseReviewReturn, publishedOn: null })
 * ```
 */
export const PublishedAsbCaseReviewReturn = PlanAsbCaseReviewReturn.safeExtend({
  publishedOn: orNull(IsoDate).meta({
    description: 'The day the figures were published; null when not known.',
  }),
}).meta({ id: 'PublishedAsbCaseReviewReturn' })
export type PublishedAsbCaseReviewReturn = z.infer<typeof PublishedAsbCaseReviewReturn>

/**
 * `GET /v1/asb-case-reviews/annual-returns`: every published return, earliest period first.
 *
 * @example
 * ```ts
 * PublishedAsbCaseReviewReturns.parse({ items: [] }).items //=> []
 * ```
 */
export const PublishedAsbCaseReviewReturns = z
  .object({ items: z.array(PublishedAsbCaseReviewReturn) })
  .meta({ id: 'PublishedAsbCaseReviewReturns' })
export type PublishedAsbCaseReviewReturns = z.infer<typeof PublishedAsbCaseReviewReturns>

/**
 * The body of `POST /v1/asb-case-reviews/annual-returns` (admins): the period's label and its
 * first and last days. The figures are counted from case-review records, never typed in.
 * `furtherInformationUrl` is the page where the partnership publishes the figures (http or https).
 *
 * @example
 * ```ts
 * PublishAnnualReturnRequest.parse({ period: '2025/26', from: '2025-04-01', to: '2026-03-31' })
 * ```
 */
export const PublishAnnualReturnRequest = z
  .object({
    period: plainText(40, { min: 1, empty: 'enter the period, such as 2025/26' }).meta({
      example: '2025/26',
    }),
    from: IsoDate.meta({ description: 'First day counted (inclusive).' }),
    to: IsoDate.meta({ description: 'Last day counted (inclusive); before today.' }),
    furtherInformationUrl: z
      .url({ protocol: /^https?$/, error: 'enter a web address starting https:// or http://' })
      .max(2000, 'must be at most 2,000 characters')
      // A URI has no control characters, so the format says it; the check keeps NUL out.
      .refine((url) => plainTextPattern.test(url), {
        error: 'must not contain control characters or unpaired surrogates',
      })
      .optional(),
  })
  .refine((r) => r.from <= r.to, { message: 'must not be before from', path: ['to'] })
  .meta({ id: 'PublishAnnualReturnRequest' })
export type PublishAnnualReturnRequest = z.infer<typeof PublishAnnualReturnRequest>
