import { IsoDate } from '@csp/domain'
import { systemClock } from '../clock.ts'
import { purgeClosedCaseReviews } from '../casework/purge.ts'
import { caseReviewSettings } from '../casework/settings.ts'
import { todayInEngland } from '../casework/today.ts'
import { openDb, parse, requireMigrated } from './database.ts'
import { CliError, type CliIo } from './io.ts'

/**
 * `csp case-reviews purge --before DATE`: erases the personal data of case reviews closed
 * before DATE whose retention period (the case-review settings' `retentionMonths`) has ended,
 * keeping the anonymous record the annual return counts; audited. Prints how many were erased.
 *
 * @example
 * ```sh
 * csp case-reviews purge --before 2025-04-01
 * # Erased the personal data of 3 closed case reviews; 1 closed before 2025-04-01 is kept until its retention ends.
 * ```
 */
export async function caseReviewsCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const [sub, ...rest] = argv
  if (sub !== 'purge') {
    throw new CliError(
      `unknown case-reviews command "${sub ?? ''}"; try 'csp case-reviews purge --before DATE'`,
      2
    )
  }
  const { values } = parse(rest, { before: { type: 'string' } })
  const before = IsoDate.safeParse(values.before)
  if (!before.success) {
    throw new CliError('--before must be a date such as 2025-04-01', 2)
  }
  const handle = await openDb(io)
  try {
    await requireMigrated(handle)
    const { retentionMonths } = await caseReviewSettings(handle.db)
    const result = await purgeClosedCaseReviews(handle.db, {
      before: before.data,
      today: todayInEngland(systemClock),
      retentionMonths,
      at: systemClock.now(),
    })
    const plural = (n: number) => (n === 1 ? 'case review' : 'case reviews')
    const kept =
      result.keptForRetention > 0
        ? `; ${result.keptForRetention} closed before ${before.data} ${result.keptForRetention === 1 ? 'is' : 'are'} kept until ${retentionMonths} months after closing`
        : ''
    io.stdout(
      `Erased the personal data of ${result.erased} closed ${plural(result.erased)}${kept}.\n`
    )
  } finally {
    await handle.close()
  }
}
