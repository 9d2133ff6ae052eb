import { addDays } from '@csp/domain/dates'
import { annualReturn, PlanAsbCaseReviewReturn } from '@csp/domain'
import { appendAudit, auditedTransaction } from '../audit/append.ts'
import type { Db } from '../db/client.ts'
import {
  listAsbCaseReviewReturns,
  saveAsbCaseReviewReturn,
} from '../db/repositories/plan-figures.ts'
import { partnershipInForce } from '../duties/partnership.ts'
import type {
  PublishAnnualReturnRequest,
  PublishedAsbCaseReviewReturn,
} from '../schemas/annual-returns.ts'
import { caseReviewRecords } from './annual-return-records.ts'
import { invalid, jsonError, type Refusal } from './refusal.ts'
import { caseReviewSettings } from './settings.ts'

/** Who publishes, today in England, and now. */
export interface PublishContext {
  actorId: string
  today: string
  at: Date
}

/** What came of a request to publish: the stored return, field errors, or a conflict. */
export type PublishOutcome =
  | { published: PublishedAsbCaseReviewReturn }
  | Extract<Refusal, { refused: 'invalid' | 'conflict' }>

/**
 * Counts the four s104(10) figures for `from`–`to` from the case-review records alone (domain
 * `annualReturn`) and stores them as a return published today. Refused (never published as if
 * complete) when the window has not ended before today, overlaps a published return, or starts
 * before the day from which the case-review settings say every application is recorded.
 * Audited with the window and the four figures: no personal data.
 *
 * @example
 * ```ts
 * const outcome = await publishAnnualReturn(db, { period: '2025/26', from: '2025-04-01',
 *   to: '2026-03-31' }, { actorId: admin.id, today: '2026-04-10', at: clock.now() })
 * if ('published' in outcome) outcome.published.publishedOn //=> '2026-04-10'
 * ```
 */
export async function publishAnnualReturn(
  db: Db,
  body: PublishAnnualReturnRequest,
  context: PublishContext
): Promise<PublishOutcome> {
  const { period, from, to } = body
  const { today } = context
  if (to >= today) {
    const message = `must be before today (${today}): a return counts only days that have passed`
    return invalid([jsonError('to', message)])
  }
  const window = `${from} to ${to}`
  // The audit lock serialises publications, so two overlapping ones cannot both pass the check.
  return auditedTransaction(db, async (tx): Promise<PublishOutcome> => {
    const clash = (await listAsbCaseReviewReturns(tx)).find((r) => r.from <= to && r.to >= from)
    if (clash) {
      return {
        refused: 'conflict',
        detail: `The ${clash.period} return (${clash.from} to ${clash.to}) is already published and overlaps ${window}; a day may be counted in one return only.`,
      }
    }
    const since = (await caseReviewSettings(tx)).recordsKeptSince
    if (since === null) {
      return {
        refused: 'conflict',
        detail: `The case-review settings do not say from which day every application is recorded (recordsKeptSince), so the records cannot be shown to cover ${window}; set it first.`,
      }
    }
    if (since > from) {
      return {
        refused: 'conflict',
        detail: `Every application is recorded only from ${since}, so the records do not cover ${from} to ${addDays(since, -1)}; the figures would be incomplete.`,
      }
    }
    const figures = annualReturn((await caseReviewRecords(tx, since)).records, { from, to })
    const publisher = (await partnershipInForce(tx))?.partnership.name
    // annualReturn's counts always make a valid return: a failure here is a bug, not a 409.
    const published = PlanAsbCaseReviewReturn.parse({
      period,
      from,
      to,
      ...figures,
      ...(body.furtherInformationUrl ? { furtherInformationUrl: body.furtherInformationUrl } : {}),
      source: {
        publisher: publisher ?? 'Community Safety Partnership',
        title: `ASB Case Review figures ${period}`,
        asAt: today,
        note: `Counted by the CSP Toolkit from its case-review records (every application recorded from ${since}) and published on ${today}.`,
      },
    })
    await saveAsbCaseReviewReturn(tx, published, null, today)
    await appendAudit(tx, {
      at: context.at,
      actorId: context.actorId,
      action: 'annual-return.publish',
      subject: { type: 'asb-case-review-return', id: `${from}/${to}` },
      details: { period, from, to, figures, recordsKeptSince: since, publishedOn: today },
    })
    return { published: { ...published, publishedOn: today } }
  })
}
