import { z } from 'zod'
import { IsoDate } from '../_lib/iso-date.ts'
import { isWithinPeriodBeginningWith } from '../calendar/index.ts'
import { formatLetterDate, parseOrThrow } from './internal.ts'

/**
 * A report of ASB by a victim, as far as the 2025 guidance prompt needs it. `victimKey`
 * identifies the victim across reports (a person, business or community group).
 *
 * @example
 * ```ts
 * AsbReport.parse({ id: 'P1', victimKey: 'V1', reportedOn: '2025-10-01' }).victimKey //=> 'V1'
 * ```
 */
export const AsbReport = z
  .object({ id: z.string().min(1), victimKey: z.string().min(1), reportedOn: IsoDate })
  .meta({ id: 'AsbReport' })
export type AsbReport = z.infer<typeof AsbReport>

/**
 * A task to explain the ASB Case Review to a victim (G25-1).
 *
 * @example
 * ```ts
 * const p: CaseReviewPrompt = { task: 'explain-case-review', victimKey: 'V1', reportId: 'P2',
 *   previousReportId: 'P1', raisedOn: '2025-12-01', message: '…' }
 * ```
 */
export interface CaseReviewPrompt {
  task: 'explain-case-review'
  victimKey: string
  /** The second report, which raises the task. */
  reportId: string
  previousReportId: string
  raisedOn: string
  message: string
}

/**
 * Raises an "explain the case review" task whenever a victim makes a second report of ASB
 * within six months (2025 statutory guidance, G25-1, `STAT-GUIDANCE` [M]), regardless of the
 * threshold. "Within six months" is read as the period of six calendar months beginning with
 * the earlier report (T-03). Once raised, no further task is raised for the same victim until
 * a report falls outside six months beginning with the last task, so a third report in the same
 * stretch does not repeat it. `months` is configurable in case the guidance changes.
 *
 * @example
 * ```ts
 * caseReviewPrompts([
 *   { id: 'P1', victimKey: 'V1', reportedOn: '2025-10-01' },
 *   { id: 'P2', victimKey: 'V1', reportedOn: '2026-03-31' },
 * ]).map((p) => p.reportId) //=> ['P2']
 * ```
 */
export function caseReviewPrompts(
  reports: readonly AsbReport[],
  options: { months?: number } = {}
): CaseReviewPrompt[] {
  const months = options.months ?? 6
  const rows = parseOrThrow(z.array(AsbReport), reports, 'reports', ['reports'])
  const sorted = rows.sort(
    (a, b) => a.reportedOn.localeCompare(b.reportedOn) || a.id.localeCompare(b.id)
  )
  const previous = new Map<string, AsbReport>()
  const lastPromptOn = new Map<string, string>()
  const prompts: CaseReviewPrompt[] = []
  for (const report of sorted) {
    const { victimKey, reportedOn } = report
    const before = previous.get(victimKey)
    previous.set(victimKey, report)
    if (before === undefined) continue
    if (!isWithinPeriodBeginningWith(before.reportedOn, months, reportedOn)) continue
    const prompted = lastPromptOn.get(victimKey)
    if (prompted !== undefined && isWithinPeriodBeginningWith(prompted, months, reportedOn))
      continue
    lastPromptOn.set(victimKey, reportedOn)
    prompts.push({
      task: 'explain-case-review',
      victimKey,
      reportId: report.id,
      previousReportId: before.id,
      raisedOn: reportedOn,
      message:
        `This is the victim's second report of ASB within ${months} months ` +
        `(${formatLetterDate(before.reportedOn)} and ${formatLetterDate(reportedOn)}): explain ` +
        'the ASB Case Review to them, whether or not the threshold is met.',
    })
  }
  return prompts
}
