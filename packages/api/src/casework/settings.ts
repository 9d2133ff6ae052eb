import { defaultThresholdPolicy, defaultTimescales } from '@csp/domain'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Db } from '../db/client.ts'
import { findSetting, saveSetting } from '../db/repositories/settings.ts'
import {
  CaseReviewSettingsInput,
  defaultRetentionMonths,
  type CaseReviewSettings,
} from '../schemas/case-review-settings.ts'

const key = 'case-reviews'

/**
 * The case-review settings in force: the stored ones, or the domain's defaults (statutory
 * policy, typical local timescales) until an admin stores some. A stored value that no longer
 * passes the domain's schemas is an error, not a silent fallback to defaults.
 *
 * @example
 * ```ts
 * (await caseReviewSettings(db)).thresholdPolicy.statutoryCount //=> 3
 * ```
 */
export async function caseReviewSettings(db: Db): Promise<CaseReviewSettings> {
  const stored = await findSetting(db, key)
  if (!stored) {
    return {
      thresholdPolicy: defaultThresholdPolicy,
      timescales: defaultTimescales,
      recordsKeptSince: null,
      retentionMonths: defaultRetentionMonths,
      isDefault: true,
      updatedAt: null,
      updatedBy: null,
    }
  }
  const value = CaseReviewSettingsInput.parse(stored.value)
  return {
    ...value,
    isDefault: false,
    updatedAt: stored.updatedAt.toISOString(),
    updatedBy: stored.updatedBy,
  }
}

/**
 * Replaces the case-review settings and audits the change (old and new values: they hold no
 * personal data).
 *
 * @example
 * ```ts
 * await saveCaseReviewSettings(db, { thresholdPolicy: southDerbyshireThresholdPolicy,
 *   timescales: defaultTimescales }, { actorId: admin.id, at: clock.now() })
 * ```
 */
export function saveCaseReviewSettings(
  db: Db,
  input: CaseReviewSettingsInput,
  actor: { actorId: string; at: Date }
): Promise<CaseReviewSettings> {
  const value = CaseReviewSettingsInput.parse(input)
  return auditedTransaction(db, async (tx) => {
    const before = await caseReviewSettings(tx)
    await saveSetting(tx, key, value, { at: actor.at, by: actor.actorId })
    await appendAudit(tx, {
      at: actor.at,
      actorId: actor.actorId,
      action: 'settings.update',
      subject: { type: 'settings', id: key },
      details: {
        before: before.isDefault
          ? 'defaults'
          : {
              thresholdPolicy: before.thresholdPolicy,
              timescales: before.timescales,
              recordsKeptSince: before.recordsKeptSince,
            },
        after: value,
      },
    })
    return caseReviewSettings(tx)
  })
}
