import { CaseReviewTimescales, IsoDate, ThresholdPolicy } from '@csp/domain'
import { z } from 'zod'
import { Id, Timestamp } from './people.ts'

/** Personal data of a closed case review is kept this many months unless the settings say otherwise. */
export const defaultRetentionMonths = 24

/**
 * The body of `PUT /v1/settings/case-reviews` (admins): the partnership's threshold policy and
 * local timescales, validated by the domain's schemas (a `statutoryCount` above 3 is refused:
 * s104(4)). `recordsKeptSince` is the first day from which every application is recorded in the
 * toolkit; the annual return counts records from then on (default: the earliest record).
 *
 * @example
 * ```ts
 * CaseReviewSettingsInput.parse({ thresholdPolicy: {}, timescales: defaultTimescales })
 * ```
 */
export const CaseReviewSettingsInput = z
  .object({
    thresholdPolicy: ThresholdPolicy,
    timescales: CaseReviewTimescales,
    recordsKeptSince: IsoDate.nullable().default(null),
    retentionMonths: z.number().int().min(1).max(240).default(defaultRetentionMonths).meta({
      description:
        'How long the personal data of a closed case review is kept, in months after it closed; `csp case-reviews purge` then erases it.',
    }),
  })
  .meta({ id: 'CaseReviewSettingsInput' })
export type CaseReviewSettingsInput = z.input<typeof CaseReviewSettingsInput>
export type CaseReviewSettingsValue = z.infer<typeof CaseReviewSettingsInput>

/**
 * The settings in force. `isDefault` is true until an admin stores some: then the domain's
 * statutory default policy and its typical (not Derbyshire's, which are [UNCONFIRMED]) timescales
 * apply.
 */
export const CaseReviewSettings = z
  .object({
    thresholdPolicy: ThresholdPolicy,
    timescales: CaseReviewTimescales,
    recordsKeptSince: IsoDate.nullable(),
    retentionMonths: z.number().int(),
    isDefault: z.boolean(),
    updatedAt: Timestamp.nullable(),
    updatedBy: Id.nullable(),
  })
  .meta({ id: 'CaseReviewSettings' })
export type CaseReviewSettings = z.infer<typeof CaseReviewSettings>
