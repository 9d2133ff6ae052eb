import { addDays } from 'date-fns/addDays'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { toIsoDate } from '../_lib/iso-date.ts'
import { parseDateArgument } from '../_lib/iso-date.ts'

/**
 * The last day to appeal a Community Protection Notice to the magistrates' court: 21 days
 * beginning with the day of issue, so the issue day is day 1 (CPN-04, s46, [H]).
 *
 * @example
 * ```ts
 * cpnAppealDeadline('2025-03-01') //=> '2025-03-21'
 * cpnAppealDeadline('2024-02-20') //=> '2024-03-11' (leap year)
 * cpnAppealDeadline('2024-12-20') //=> '2025-01-09'
 * ```
 */
export function cpnAppealDeadline(issuedOn: string): string {
  return toIsoDate(addDays(parseDateArgument(issuedOn, 'issuedOn'), 20))
}

/**
 * Options for {@link checkCpnPreconditions}. `minimumAge` is 16 by statute today (CPN-01, [H]);
 * it is an option only because lowering it to 10 has been proposed (CPN-09, unconfirmed).
 * `minimumDaysAfterWarning` is LOCAL: the statute only requires "enough time" after the CPW
 * (CPN-02) and sets no number, so the default is 0.
 *
 * @example
 * ```ts
 * const options: CpnCheckOptions = { minimumDaysAfterWarning: 14 }
 * ```
 */
export interface CpnCheckOptions {
  minimumAge?: number
  minimumDaysAfterWarning?: number
}

/**
 * A reason a CPN may not be issued yet (`error`), or a matter of judgement to record before it is
 * (`warning`), with the rule it comes from.
 *
 * @example
 * ```ts
 * const issue: CpnPreconditionIssue = { ruleId: 'CPN-02', severity: 'error',
 *   message: 'no written warning (CPW)' }
 * ```
 */
export interface CpnPreconditionIssue {
  ruleId: 'CPN-01' | 'CPN-02'
  severity: 'error' | 'warning'
  message: string
}

/**
 * Checks the statutory preconditions for issuing a CPN: an individual must be 16 or over
 * (CPN-01) and a written warning (CPW) must have been given first (CPN-02). Whether the
 * recipient had "enough time" after the warning is a judgement (s43(5)): a CPN dated the same
 * day as the CPW gets a `warning` (no time can have passed), and a local minimum gap, when
 * configured, is an `error`. Returns an empty list when the preconditions are met; only
 * `error`s stop the CPN.
 *
 * @example
 * ```ts
 * checkCpnPreconditions({ recipient: { kind: 'individual', age: 17 }, cpwIssuedOn: '2025-01-10', cpnIssuedOn: '2025-02-01' })
 * //=> []
 * checkCpnPreconditions({ recipient: { kind: 'body' }, cpnIssuedOn: '2025-02-01' })
 * //=> [{ ruleId: 'CPN-02', severity: 'error', message: 'a written warning (CPW) must be given before a CPN' }]
 * ```
 */
export function checkCpnPreconditions(
  input: {
    recipient: { kind: 'individual'; age: number } | { kind: 'body' }
    cpwIssuedOn?: string
    cpnIssuedOn: string
  },
  { minimumAge = 16, minimumDaysAfterWarning = 0 }: CpnCheckOptions = {}
): CpnPreconditionIssue[] {
  const cpn = parseDateArgument(input.cpnIssuedOn, 'cpnIssuedOn')
  const issues: CpnPreconditionIssue[] = []
  const { recipient } = input
  if (recipient.kind === 'individual' && !(recipient.age >= minimumAge)) {
    issues.push({
      ruleId: 'CPN-01',
      severity: 'error',
      message: `recipient aged ${recipient.age} is under the minimum age of ${minimumAge}`,
    })
  }
  if (input.cpwIssuedOn === undefined) {
    issues.push({
      ruleId: 'CPN-02',
      severity: 'error',
      message: 'a written warning (CPW) must be given before a CPN',
    })
    return issues
  }
  const gap = differenceInCalendarDays(cpn, parseDateArgument(input.cpwIssuedOn, 'cpwIssuedOn'))
  if (gap < 0) {
    issues.push({
      ruleId: 'CPN-02',
      severity: 'error',
      message: `the CPW (${input.cpwIssuedOn}) must come before the CPN (${input.cpnIssuedOn})`,
    })
  } else if (gap < minimumDaysAfterWarning) {
    issues.push({
      ruleId: 'CPN-02',
      severity: 'error',
      message: `only ${gap} day(s) after the CPW; local policy allows at least ${minimumDaysAfterWarning}`,
    })
  } else if (gap === 0) {
    issues.push({
      ruleId: 'CPN-02',
      severity: 'warning',
      message: `the CPN is dated the same day as the CPW (${input.cpwIssuedOn}): the recipient must have had enough time to deal with the matter after the warning (s43(5)); record why the time given was enough`,
    })
  }
  return issues
}
