import { eq } from 'drizzle-orm'
import { applicantStages, stageExplanations } from '../casework/applicant-status.ts'
import type { Db } from '../db/client.ts'
import { asbCaseReviewApplications, asbCaseReviews } from '../db/schema/index.ts'
import type { Logger } from '../http/logger.ts'
import type { EmailMessage, Notifier } from './notifier.ts'

/** Whether the applicant's email went: `off` when no service is set or they gave no email. */
export type NotificationOutcome = 'sent' | 'off' | 'failed'

/**
 * The applicant's receipt: the reference (never the access code: email is not private enough
 * for it, and the confirmation page shows it once).
 *
 * @example
 * ```ts
 * receiptMessage('jo@example.org', 'ASB-7KQ2-MXW9').subject //=> 'Your ASB Case Review application ASB-7KQ2-MXW9'
 * ```
 */
export function receiptMessage(to: string, reference: string): EmailMessage {
  return {
    to,
    reference,
    subject: `Your ASB Case Review application ${reference}`,
    body: [
      `We received your application for an ASB Case Review. Your reference is ${reference}.`,
      stageExplanations.received,
      'To see how your application is going, use your reference and the access code shown when you applied.',
    ].join('\n\n'),
  }
}

/**
 * The partnership inbox's note of a new application: the reference only, no personal data
 * (officers read the case in the toolkit, where reads are audited).
 *
 * @example
 * ```ts
 * inboxMessage('csp@example.org', 'ASB-7KQ2-MXW9').subject //=> 'New ASB Case Review application ASB-7KQ2-MXW9'
 * ```
 */
export function inboxMessage(to: string, reference: string): EmailMessage {
  return {
    to,
    reference,
    subject: `New ASB Case Review application ${reference}`,
    body: `A new application for an ASB Case Review was made online: ${reference}. Sign in to the toolkit to see it.`,
  }
}

const sendQuietly = async (
  notifier: Notifier,
  message: EmailMessage,
  logger: Logger
): Promise<NotificationOutcome> => {
  try {
    await notifier.send(message)
    return 'sent'
  } catch (error) {
    // No address in the log line: it is personal data.
    logger({
      time: new Date().toISOString(),
      level: 'error',
      msg: 'notification failed',
      reference: message.reference,
      error: (error as Error).message,
    })
    return 'failed'
  }
}

/**
 * Emails the applicant their reference (when they gave an email) and the partnership inbox the
 * new application (when one is set). A failure is logged, not thrown: the application stands.
 *
 * @example
 * ```ts
 * const outcome = await notifyNewApplication(notifier, { email, reference }, logger)
 * ```
 */
export async function notifyNewApplication(
  notifier: Notifier,
  application: { email: string | undefined; reference: string },
  logger: Logger
): Promise<NotificationOutcome> {
  if (notifier.kind === 'off') return 'off'
  if (notifier.inbox) {
    await sendQuietly(notifier, inboxMessage(notifier.inbox, application.reference), logger)
  }
  if (!application.email) return 'off'
  return sendQuietly(notifier, receiptMessage(application.email, application.reference), logger)
}

/**
 * After a case-review write: if the case was applied for online, the applicant gave an email
 * and the write reached a new stage, emails them the stage and its date.
 *
 * @example
 * ```ts
 * await notifyStage(db, notifier, caseReviewId, stagesBefore, logger)
 * ```
 */
export async function notifyStage(
  db: Db,
  notifier: Notifier,
  caseReviewId: string,
  stagesBefore: number,
  logger: Logger
): Promise<void> {
  if (notifier.kind === 'off') return
  const [row] = await db
    .select({ reference: asbCaseReviewApplications.reference, personal: asbCaseReviews.personal })
    .from(asbCaseReviewApplications)
    .innerJoin(asbCaseReviews, eq(asbCaseReviews.id, asbCaseReviewApplications.caseReviewId))
    .where(eq(asbCaseReviewApplications.caseReviewId, caseReviewId))
  const email = row?.personal.applicant?.contact?.email
  if (!row || !email) return
  const stages = await applicantStages(db, caseReviewId)
  for (const stage of stages.slice(stagesBefore)) {
    await sendQuietly(
      notifier,
      {
        to: email,
        reference: row.reference,
        subject: `Your ASB Case Review ${row.reference}: an update`,
        body: `${stage.explanation}\n\nDate: ${stage.on}.`,
      },
      logger
    )
  }
}
